import type { StepResult, WatchRecord, WorkflowState } from "./watch-record.js";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/** A key part as `Array.prototype.join` writes it: `null` and `undefined` become "". */
const part = (value: unknown): string => (value === undefined || value === null ? "" : `${value}`);

/**
 * Identifies a step result by its status and timestamps (empty when absent). Built by
 * concatenation: it runs for every step of every record, and an array per call was the largest
 * allocation a watch made.
 */
export const stepKey = (step: unknown): string => {
  if (!isObject(step)) return "-";
  return `${part(step["status"])}:${part(step["startedAt"])}:${part(step["endedAt"])}:${part(step["suspendedAt"])}:${part(step["resumedAt"])}`;
};

/** Identifies a run state: run status plus each step's status and timestamps (key order ignored). */
export const stateKey = (state: WorkflowState<Record<string, StepResult>>): string => {
  const steps = state.steps as Record<string, unknown>;
  // One array joined: a flat string (the key memory keeps thousands of keys, and appending in a
  // loop would leave each a rope of its parts). Sorting ids already in order takes one pass.
  const parts = Object.keys(steps)
    .sort()
    .map((id) => `${id}=${stepKey(steps[id])}`);
  return `${state.status}|${parts.join(",")}`;
};

/** Identifies a transition: the state it leads to plus the step the event is about. */
export const transitionKey = (record: WatchRecord): string => {
  const step = record.payload.currentStep;
  return `${stateKey(record.payload.workflowState)}|${step ? `${String(step.id)}:${step.status}` : "-"}`;
};

/** A bounded insertion-ordered set of keys with the value they were first seen with. */
export interface KeyMemory<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
}

export const createKeyMemory = <T>(limit = 10_000): KeyMemory<T> => new BoundedKeys<T>(limit);

/**
 * {@link KeyMemory} as a class: its methods live on the prototype, so a watch's memories cost
 * their `Map` and nothing per method.
 */
class BoundedKeys<T> implements KeyMemory<T> {
  readonly #entries = new Map<string, T>();
  readonly #limit: number;
  constructor(limit: number) {
    this.#limit = limit;
  }
  get(key: string): T | undefined {
    return this.#entries.get(key);
  }
  set(key: string, value: T): void {
    const entries = this.#entries;
    if (entries.has(key)) return;
    entries.set(key, value);
    if (entries.size > this.#limit) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
  }
}

const STATUS_RANK: Readonly<Record<string, number>> = {
  running: 0,
  waiting: 1,
  suspended: 2,
  success: 3,
  failed: 3,
  canceled: 3,
};

/**
 * Orders two results of one step by how far the step had got: by their latest timestamp, then by
 * status (running < waiting < suspended < finished), then by how many timestamps they carry.
 * Positive when `a` is further along than `b`, negative when behind, 0 when neither is. A missing
 * result is behind any result.
 */
export const compareSteps = (a: unknown, b: unknown): number => {
  if (!isObject(b)) return isObject(a) ? 1 : 0;
  if (!isObject(a)) return -1;
  // stepKey(a) === stepKey(b), without building either.
  if (FIELDS.every((name) => a[name] === b[name] || part(a[name]) === part(b[name]))) return 0;
  const timeA = progress(a, true);
  const timeB = progress(b, true);
  if (timeA !== timeB) return timeA - timeB;
  const rank = (STATUS_RANK[String(a["status"])] ?? 0) - (STATUS_RANK[String(b["status"])] ?? 0);
  return rank !== 0 ? rank : progress(a, false) - progress(b, false);
};

const FIELDS = ["status", "startedAt", "endedAt", "suspendedAt", "resumedAt"] as const;
const TIMES = FIELDS.slice(1);

/** A step result's latest numeric timestamp (at least 0), or (`latest` false) how many it carries. */
const progress = (step: Record<string, unknown>, latest: boolean): number => {
  let value = 0;
  for (const name of TIMES) {
    const time = step[name];
    if (typeof time === "number") value = latest ? Math.max(value, time) : value + 1;
  }
  return value;
};
