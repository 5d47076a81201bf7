/** How Mastra 0.x accumulates a run's watch state, and when its watch stops. */
import type { EngineEvent } from "./engine.js";

/** The watch state a live run accumulates across its events. */
export interface WatchState {
  currentStep?: unknown;
  workflowState?: Record<string, unknown>;
}

/** Mastra's `deepMergeWorkflowState`, used to accumulate watch state. */
export const deepMerge = (a: unknown, b: unknown): unknown => {
  if (!a || typeof a !== "object") return b;
  if (!b || typeof b !== "object") return a;
  const result: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [key, value] of Object.entries(b as Record<string, unknown>)) {
    if (value === undefined) continue;
    if (value !== null && typeof value === "object") {
      const current = result[key];
      if (Array.isArray(value)) result[key] = value.filter((item) => item !== undefined);
      else if (typeof current === "object" && current !== null)
        result[key] = deepMerge(current, value);
      else result[key] = value;
    } else {
      result[key] = value;
    }
  }
  return result;
};

/**
 * Statuses at which a 0.x watch stops: the run finished (success, failed, canceled) or
 * suspended. Not "terminal": a suspended run goes on when resumed.
 */
export const stopsWatch = (status: string): boolean =>
  status === "success" || status === "failed" || status === "suspended" || status === "canceled";

/**
 * Merges one engine event into the run's accumulated watch state (as Mastra's watch does) and
 * returns the watch record's JSON text.
 */
export const accumulate = (state: WatchState, event: EngineEvent, runId: string): string => {
  const { payload } = event;
  if (payload.currentStep) state.currentStep = payload.currentStep;
  else if (payload.workflowState.status !== "running") delete state.currentStep;
  state.workflowState = deepMerge(state.workflowState ?? {}, payload.workflowState) as Record<
    string,
    unknown
  >;
  return JSON.stringify({
    type: event.type,
    payload: state,
    eventTimestamp: event.eventTimestamp,
    runId,
  });
};
