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

export const createKeyMemory = <T>(limit = 10_000): KeyMemory<T> => {
  const entries = new Map<string, T>();
  return {
    get: (key) => entries.get(key),
    set(key, value) {
      if (entries.has(key)) return;
      entries.set(key, value);
      if (entries.size > limit) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
    },
  };
};
