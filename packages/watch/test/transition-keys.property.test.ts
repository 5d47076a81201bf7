import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareSteps, stateKey, stepKey } from "../src/transition-keys.js";
import type { StepResult, WorkflowState } from "../src/watch-record.js";

// The rules the keys follow, written the plain way: the fields joined with `join` (which writes
// `null` and `undefined` as ""), the step ids sorted, and steps ordered by their latest timestamp,
// then their status rank, then how many timestamps they carry.
const FIELDS = ["status", "startedAt", "endedAt", "suspendedAt", "resumedAt"] as const;
const TIMES = ["startedAt", "endedAt", "suspendedAt", "resumedAt"] as const;
const RANK: Record<string, number> = {
  running: 0,
  waiting: 1,
  suspended: 2,
  success: 3,
  failed: 3,
  canceled: 3,
};
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;
const plainStepKey = (step: unknown): string =>
  isObject(step) ? FIELDS.map((name) => step[name]).join(":") : "-";
const plainStateKey = (state: { status: string; steps: Record<string, unknown> }): string =>
  `${state.status}|${Object.keys(state.steps)
    .sort()
    .map((id) => `${id}=${plainStepKey(state.steps[id])}`)
    .join(",")}`;
const plainCompare = (a: unknown, b: unknown): number => {
  if (!isObject(b)) return isObject(a) ? 1 : 0;
  if (!isObject(a)) return -1;
  if (plainStepKey(a) === plainStepKey(b)) return 0;
  const times = (step: Record<string, unknown>) =>
    TIMES.map((name) => step[name]).filter((time): time is number => typeof time === "number");
  const latest = (step: Record<string, unknown>) => times(step).reduce((x, y) => Math.max(x, y), 0);
  if (latest(a) !== latest(b)) return latest(a) - latest(b);
  const rank = (RANK[String(a["status"])] ?? 0) - (RANK[String(b["status"])] ?? 0);
  return rank !== 0 ? rank : times(a).length - times(b).length;
};

/** A timestamp as servers send it, or something odd in its place. */
const time = fc.oneof(
  fc.integer({ min: 0, max: 5 }),
  fc.integer({ min: 1_700_000_000_000, max: 1_700_000_000_005 }),
  fc.constantFrom(undefined, null, "12", -3, 1.5),
);
const step = fc.oneof(
  fc.record(
    {
      status: fc.constantFrom("running", "waiting", "suspended", "success", "failed", "odd", 7),
      startedAt: time,
      endedAt: time,
      suspendedAt: time,
      resumedAt: time,
    },
    { requiredKeys: [] },
  ),
  fc.constantFrom(undefined, null, "not a step"),
);
const stepId = fc.constantFrom(
  "input",
  "validate-city",
  "approval",
  "finalize",
  "a",
  "B",
  "ä",
  "a,b",
);

describe("transition keys", () => {
  it("stepKey joins the status and timestamps, null and undefined as empty", () => {
    fc.assert(
      fc.property(step, (s) => {
        expect(stepKey(s)).toBe(plainStepKey(s));
      }),
    );
  });

  it("compareSteps orders two results the way the plain rule does, in both directions", () => {
    fc.assert(
      fc.property(step, step, (a, b) => {
        expect(Math.sign(compareSteps(a, b))).toBe(Math.sign(plainCompare(a, b)));
        expect(Math.sign(compareSteps(b, a))).toBe(Math.sign(plainCompare(b, a)));
        expect(compareSteps(a, a)).toBe(0);
      }),
    );
  });

  it("stateKey is the status and every step's key by sorted id, whatever the key order", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("running", "success", "suspended"),
        fc.uniqueArray(fc.tuple(stepId, step.filter(isObject)), { selector: ([id]) => id }),
        (status, entries) => {
          const forward = { status, steps: Object.fromEntries(entries) };
          const backward = { status, steps: Object.fromEntries([...entries].reverse()) };
          const key = stateKey(forward as unknown as WorkflowState<Record<string, StepResult>>);
          expect(key).toBe(plainStateKey(forward));
          expect(stateKey(backward as unknown as WorkflowState<Record<string, StepResult>>)).toBe(
            key,
          );
        },
      ),
    );
  });
});
