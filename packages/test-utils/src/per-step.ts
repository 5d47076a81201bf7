/**
 * Mastra 1.x `perStep: true` (on `start`, `start-async` and `stream`): the run executes one step,
 * then stops with status `paused` (the stream ends with `workflow-paused` and a `workflow-finish`
 * whose `workflowStatus` is `paused`). Resuming a paused run is refused (it is not suspended);
 * what else continues one is not modelled.
 */
import type { EngineResult, ExecuteOptions, StepResults } from "./engine.js";

const marked = new WeakSet<object>();

/** Marks `run` so that its next execution pauses after one step, when `body.perStep` is `true`. */
export const markPerStep = (run: object | undefined, body: Record<string, unknown>): void => {
  if (run && body["perStep"] === true) marked.add(run);
};

/** Whether `run` was marked by {@link markPerStep}; clears the mark. */
export const takePerStep = (run: object): boolean => marked.delete(run);

/** Stores the run as `paused` and returns the `paused` result. */
export const pauseRun = (options: ExecuteOptions, stepResults: StepResults): EngineResult => {
  options.persist({ status: "paused", stepResults, suspendedPaths: {} });
  return { status: "paused", steps: stepResults };
};
