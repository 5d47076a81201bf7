import type { RunStatus } from "@wfkit/watch";
import { setField } from "./normalize.js";

/**
 * A watch record in the 0.x wire shape (`eventTimestamp` in epoch ms, the run input under
 * `steps.input`), which the watcher turns into a public `WatchRecord`.
 */
export interface RawWatchRecord {
  type: "watch";
  runId: string;
  eventTimestamp: number;
  payload: {
    currentStep?: Record<string, unknown> & { id: string };
    workflowState: {
      status: RunStatus;
      steps: Record<string, unknown>;
      result: unknown;
      error: unknown;
    };
  };
}

/** Turns the events of a Mastra 1.x run stream into 0.x-shaped watch records. */
export interface V1RecordAccumulator {
  /**
   * Takes one decoded event of `/stream`, `/resume-stream` or `/observe` and returns the records
   * it produces: one per step event, one for `workflow-finish`, none for anything else. Events
   * seen before (an `/observe` replay) produce nothing.
   */
  push(event: unknown): RawWatchRecord[];
  /** Sets the run input carried by later records (1.x events do not carry it). */
  setInput(input: unknown): void;
}

/** Options of {@link createV1RecordAccumulator}. */
export interface V1RecordAccumulatorOptions {
  /** The run; events of other runs are ignored. */
  runId: string;
  /** The clock for records whose event carries no time. @defaultValue Date.now */
  now?: () => number;
  /** How many events are remembered to drop replays. @defaultValue 10000 */
  memory?: number;
}

type Step = Record<string, unknown>;

const STEP_EVENTS: Record<string, "running" | "suspended" | "waiting" | undefined> = {
  "workflow-step-start": "running",
  "workflow-step-result": undefined,
  "workflow-step-suspended": "suspended",
  "workflow-step-waiting": "waiting",
};

/** Fields of a 1.x step event that are not part of the step's result. */
const EVENT_ONLY_FIELDS = ["id", "stepName", "stepCallId"];

const FINISH_STATUSES: Record<string, RunStatus> = {
  success: "success",
  failed: "failed",
  suspended: "suspended",
  canceled: "canceled",
  waiting: "waiting",
  tripwire: "failed",
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A 53-bit hash of an event's text (cyrb53): the accumulator remembers events by it, so a long
 * stream costs a number per event, not its text.
 */
export function hashText(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const time = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isFinite(value) ? value : undefined;

/**
 * Creates the pure translator from Mastra 1.x stream events to watch records, so the 0.x watcher
 * (reconnects, reconciliation with the run state, `follow`) works unchanged on 1.x.
 *
 * - Each step event (`workflow-step-start`, `-result`, `-suspended`, `-waiting`) updates that
 *   step's result and yields a `running` record with the step as `currentStep`.
 * - `workflow-finish` yields the final record with `workflowStatus` (`tripwire` counts as
 *   `failed`), the result (`finalWorkflowResult`) or the failed step's error.
 * - A step event seen before is dropped, and so is a `workflow-finish` that follows the same step
 *   event as one already reported: `/observe` replays its cache, sometimes twice.
 * - `eventTimestamp` is the step's own time (`startedAt`, `endedAt`, `suspendedAt`), since 1.x
 *   events carry none.
 *
 * @example
 * ```ts
 * const accumulator = createV1RecordAccumulator({ runId });
 * for (const event of events) for (const record of accumulator.push(event)) console.log(record);
 * ```
 */
export function createV1RecordAccumulator(
  options: V1RecordAccumulatorOptions,
): V1RecordAccumulator {
  const { runId } = options;
  const now = options.now ?? Date.now;
  const limit = options.memory ?? 10_000;
  // Keyed by the server's step ids, so without a prototype (a `"__proto__"` id stays a step).
  const steps: Record<string, Step> = Object.create(null);
  let input: unknown;
  /** Hashes of the events seen (never their texts), oldest first. */
  const seen = new Set<string>();
  /** The hash of the last step event pushed, replayed or not: what a `workflow-finish` concludes. */
  let lastStepEvent = 0;

  const remember = (key: string): boolean => {
    if (seen.has(key)) return false;
    seen.add(key);
    if (seen.size > limit) seen.delete(seen.values().next().value as string);
    return true;
  };

  const stateSteps = (): Record<string, unknown> => {
    const copy: Record<string, unknown> = Object.create(null);
    if (input !== undefined) copy.input = input;
    for (const [id, step] of Object.entries(steps)) setField(copy, id, { ...step });
    return copy;
  };

  const latestTime = (): number | undefined => {
    let latest: number | undefined;
    for (const step of Object.values(steps)) {
      for (const key of ["startedAt", "endedAt", "suspendedAt", "resumedAt"]) {
        const t = time(step[key]);
        if (t !== undefined && (latest === undefined || t > latest)) latest = t;
      }
    }
    return latest;
  };

  const onStep = (type: string, payload: Record<string, unknown>): RawWatchRecord[] => {
    const id = typeof payload.id === "string" ? payload.id : payload.stepName;
    if (typeof id !== "string" || id === "") return [];
    const update: Step = Object.create(null);
    for (const [key, value] of Object.entries(payload)) {
      if (!EVENT_ONLY_FIELDS.includes(key)) setField(update, key, value);
    }
    const implied = STEP_EVENTS[type];
    if (typeof update.status !== "string" && implied !== undefined) update.status = implied;
    if (typeof update.status !== "string") return [];
    // A start carries the step's whole result so far (1.x drops a resumed step's suspend
    // fields); the other events carry what changed.
    const step = type === "workflow-step-start" ? update : { ...steps[id], ...update };
    setField(steps, id, step);
    const at =
      type === "workflow-step-start"
        ? (time(step.resumedAt) ?? time(step.startedAt))
        : type === "workflow-step-suspended"
          ? time(step.suspendedAt)
          : type === "workflow-step-waiting"
            ? time(step.startedAt)
            : time(step.endedAt);
    return [
      {
        type: "watch",
        runId,
        eventTimestamp: at ?? latestTime() ?? now(),
        payload: {
          currentStep: { ...step, id },
          workflowState: { status: "running", steps: stateSteps(), result: null, error: null },
        },
      },
    ];
  };

  const onFinish = (payload: Record<string, unknown>): RawWatchRecord[] => {
    const status = FINISH_STATUSES[String(payload.workflowStatus)];
    if (status === undefined) return [];
    // A replayed finish follows the same step event as the first time; a later, byte-identical
    // finish (a second suspension) follows a new one.
    if (!remember(`finish|${status}|${lastStepEvent}`)) return [];
    let result: unknown = null;
    let error: unknown = null;
    if (status === "success" && payload.finalWorkflowResult !== undefined) {
      result = payload.finalWorkflowResult;
    }
    if (status === "failed") {
      const metadata = isObject(payload.metadata) ? payload.metadata : {};
      const failedStep = Object.values(steps).find((s) => s.status === "failed");
      error = failedStep?.error ?? metadata.errorMessage ?? null;
    }
    return [
      {
        type: "watch",
        runId,
        eventTimestamp: latestTime() ?? now(),
        payload: { workflowState: { status, steps: stateSteps(), result, error } },
      },
    ];
  };

  return {
    push(event) {
      if (!isObject(event) || typeof event.type !== "string") return [];
      if (event.runId !== undefined && event.runId !== runId) return [];
      const payload = isObject(event.payload) ? event.payload : {};
      if (event.type === "workflow-finish") return onFinish(payload);
      if (!(event.type in STEP_EVENTS)) return [];
      // Step events carry a stepCallId and times, so an exact repeat is a replay. Only a hash of
      // the text is kept.
      const hash = hashText(JSON.stringify(event));
      lastStepEvent = hash;
      if (!remember(`step|${hash}`)) return [];
      return onStep(event.type, payload);
    },
    setInput(value) {
      if (input === undefined && value !== undefined) input = value;
    },
  };
}
