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
  const ids = Object.keys(steps);
  if (ids.length > 1 && !isSorted(ids)) ids.sort();
  // One array joined: a flat string. Appending in a loop would leave a rope of every part, and
  // the key memory keeps thousands of keys.
  const parts: string[] = [];
  for (const id of ids) parts.push(`${id}=${stepKey(steps[id])}`);
  return `${state.status}|${parts.join(",")}`;
};

/** `true` when `ids` are already in the order `Array.prototype.sort` would put them in. */
const isSorted = (ids: readonly string[]): boolean => {
  for (let i = 1; i < ids.length; i++) if (ids[i - 1]! > ids[i]!) return false;
  return true;
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
  if (sameKey(a, b)) return 0;
  const timeA = latestTime(a);
  const timeB = latestTime(b);
  if (timeA !== timeB) return timeA - timeB;
  const rank = (STATUS_RANK[String(a["status"])] ?? 0) - (STATUS_RANK[String(b["status"])] ?? 0);
  return rank !== 0 ? rank : timeCount(a) - timeCount(b);
};

/** `stepKey(a) === stepKey(b)`, without building either key. */
const sameKey = (a: Record<string, unknown>, b: Record<string, unknown>): boolean =>
  samePart(a["status"], b["status"]) &&
  samePart(a["startedAt"], b["startedAt"]) &&
  samePart(a["endedAt"], b["endedAt"]) &&
  samePart(a["suspendedAt"], b["suspendedAt"]) &&
  samePart(a["resumedAt"], b["resumedAt"]);

const samePart = (a: unknown, b: unknown): boolean => a === b || part(a) === part(b);

/** The latest numeric timestamp of a step result, at least 0. */
const latestTime = (step: Record<string, unknown>): number =>
  Math.max(
    0,
    numberOr0(step["startedAt"]),
    numberOr0(step["endedAt"]),
    numberOr0(step["suspendedAt"]),
    numberOr0(step["resumedAt"]),
  );

/** How many numeric timestamps a step result carries. */
const timeCount = (step: Record<string, unknown>): number =>
  +(typeof step["startedAt"] === "number") +
  +(typeof step["endedAt"] === "number") +
  +(typeof step["suspendedAt"] === "number") +
  +(typeof step["resumedAt"] === "number");

const numberOr0 = (value: unknown): number => (typeof value === "number" ? value : 0);
