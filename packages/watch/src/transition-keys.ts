import type { StepResult, WatchRecord, WorkflowState } from "./watch-record.js";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/** Identifies a step result by its status and timestamps (`-` when absent). */
export const stepKey = (step: unknown): string => {
  if (!isObject(step)) return "-";
  return [
    step["status"],
    step["startedAt"],
    step["endedAt"],
    step["suspendedAt"],
    step["resumedAt"],
  ].join(":");
};

/** Identifies a run state: run status plus each step's status and timestamps (key order ignored). */
export const stateKey = (state: WorkflowState<Record<string, StepResult>>): string => {
  const steps = state.steps as Record<string, unknown>;
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

const TIMES = ["startedAt", "endedAt", "suspendedAt", "resumedAt"] as const;

/** The latest timestamp of a step result, and how many timestamps it carries. */
const progressOf = (step: Record<string, unknown>): [number, number] => {
  let latest = 0;
  let count = 0;
  for (const name of TIMES) {
    const time = step[name];
    if (typeof time !== "number") continue;
    latest = Math.max(latest, time);
    count++;
  }
  return [latest, count];
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
  if (stepKey(a) === stepKey(b)) return 0;
  const [timeA, countA] = progressOf(a);
  const [timeB, countB] = progressOf(b);
  if (timeA !== timeB) return timeA - timeB;
  const rank = (STATUS_RANK[String(a["status"])] ?? 0) - (STATUS_RANK[String(b["status"])] ?? 0);
  return rank !== 0 ? rank : countA - countB;
};
