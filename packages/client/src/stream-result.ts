/**
 * The final result of a workflow stream, folded from its events as they are read (no extra
 * request): the steps, the status and output of `workflow-finish`, and the error of the failing
 * step.
 */
import { toWorkflowError } from "./normalize.js";
import type { FinishStatus1x } from "./schema-1x.js";
import type { WorkflowStreamEvent } from "./stream-events.js";
import type { StepResult, StepResults, WorkflowError } from "./types.js";

/** What `stream.result` resolves to once the stream's `workflow-finish` was read. */
export interface WorkflowStreamResult<TResult = unknown> {
  runId: string;
  /** `workflow-finish`'s `workflowStatus` (on 0.x servers, derived from the steps). */
  status: FinishStatus1x;
  /** The run's output (`finalWorkflowResult`), on success. 0.x streams carry none. */
  result?: TResult;
  /** The error of the failing step (or of the finish record's metadata), on failure. */
  error?: WorkflowError;
  /** Each step seen in the stream, by step id, with its latest state. */
  steps: StepResults;
  /** The suspended steps' paths, e.g. `[["approval"]]`, when the run suspended. */
  suspended?: string[][];
}

/** Folds events into a {@link WorkflowStreamResult}; `result()` is `undefined` until a
 * `workflow-finish` was seen (the latest one wins, e.g. in an observe replay of two streams). */
export interface StreamResultFold {
  push(event: WorkflowStreamEvent): void;
  /** The result, once `workflow-finish` was seen. */
  result(): WorkflowStreamResult | undefined;
}

const STEP_KEYS = new Set(["id", "stepName", "stepCallId"]);

/**
 * A step's fields as merged from its events are a step result once an event gave its status
 * (`mergeStep` stores any `error` as a {@link WorkflowError} already).
 */
const isStepResult = (
  step: Record<string, unknown>,
): step is Record<string, unknown> & StepResult => typeof step.status === "string";

/** Creates the fold behind `stream.result`. */
export function createStreamResultFold(runId: string): StreamResultFold {
  const steps: StepResults = Object.create(null) as StepResults;
  let finished: WorkflowStreamResult | undefined;
  let failure: WorkflowError | undefined;

  const mergeStep = (payload: Record<string, unknown>): void => {
    const id = typeof payload.id === "string" ? payload.id : undefined;
    if (id === undefined) return;
    const step: Record<string, unknown> = { ...steps[id] };
    for (const [key, value] of Object.entries(payload)) {
      if (STEP_KEYS.has(key) || value === undefined) continue;
      step[key] = key === "error" ? toWorkflowError(value) : value;
    }
    if (payload.status === "failed" && step.error !== undefined) {
      failure = step.error as WorkflowError;
    }
    if (isStepResult(step)) steps[id] = step;
  };

  return {
    push(event) {
      switch (event.type) {
        case "workflow-step-start":
        case "workflow-step-result":
        case "workflow-step-suspended":
        case "workflow-step-waiting":
          mergeStep(event.payload as Record<string, unknown>);
          return;
        case "workflow-finish": {
          const { workflowStatus, finalWorkflowResult, metadata } = event.payload;
          const suspended = Object.entries(steps)
            .filter(([, step]) => step.status === "suspended")
            .map(([id]) => [id]);
          const error =
            metadata?.error !== undefined
              ? toWorkflowError(metadata.error)
              : typeof metadata?.errorMessage === "string"
                ? { message: metadata.errorMessage }
                : failure;
          finished = {
            runId: event.runId || runId,
            status: workflowStatus,
            steps: { ...steps },
            ...(finalWorkflowResult === undefined ? {} : { result: finalWorkflowResult }),
            ...(workflowStatus === "failed" && error !== undefined ? { error } : {}),
            ...(workflowStatus === "suspended" ? { suspended } : {}),
          };
          return;
        }
        default:
          return;
      }
    },
    result: () => finished,
  };
}
