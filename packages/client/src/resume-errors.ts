import { WfkitError, type WfkitErrorOptions } from "@wfkit/watch";
import { codeGuard } from "@wfkit/watch/internal";
import type { RunStatus1x } from "./schema-1x.js";
import type { RunStatus } from "./types.js";

/** What a resume preflight found: the run's status and its suspended steps. */
export interface ResumeStateDetails {
  /** The run. */
  runId: string;
  /** The run's status when it was read. */
  runStatus: RunStatus | RunStatus1x;
  /** The suspended steps' paths, e.g. `[["approval"]]`; empty unless the run is suspended. */
  suspendedSteps: string[][];
}

const list = (steps: string[][]): string =>
  steps.length === 0 ? "none" : steps.map((path) => JSON.stringify(path.join("."))).join(", ");

/**
 * Base of the errors a resume preflight throws before anything is sent; they name the run's
 * status and its suspended steps.
 */
export abstract class ResumeStateError extends WfkitError implements ResumeStateDetails {
  readonly runId: string;
  readonly runStatus: RunStatus | RunStatus1x;
  readonly suspendedSteps: string[][];
  constructor(
    code: "run_not_suspended" | "step_not_suspended" | "step_ambiguous",
    message: string,
    details: ResumeStateDetails & WfkitErrorOptions,
  ) {
    const { runId, runStatus, suspendedSteps, ...options } = details;
    super(code, message, options);
    this.runId = runId;
    this.runStatus = runStatus;
    this.suspendedSteps = suspendedSteps;
  }
}

/** `resume` of a run that is not suspended (it is running, finished, or never started). */
export class RunNotSuspendedError extends ResumeStateError {
  override readonly name = "RunNotSuspendedError";
  constructor(method: string, details: ResumeStateDetails & WfkitErrorOptions) {
    super(
      "run_not_suspended",
      `${method}: run ${details.runId} is ${details.runStatus}, not suspended, so there is nothing to resume. Nothing was sent.`,
      details,
    );
  }
}

/** `resume` of a step that is not one of the run's suspended steps (or with none to pick). */
export class StepNotSuspendedError extends ResumeStateError {
  override readonly name = "StepNotSuspendedError";
  constructor(method: string, step: readonly string[], details: ResumeStateDetails) {
    super(
      "step_not_suspended",
      `${method}: step ${JSON.stringify(step.join("."))} of run ${details.runId} is not suspended. Suspended steps: ${list(details.suspendedSteps)}. Nothing was sent.`,
      details,
    );
  }
}

/** `resume` without `step` of a run with several suspended steps: name one of them. */
export class StepAmbiguousError extends ResumeStateError {
  override readonly name = "StepAmbiguousError";
  constructor(method: string, details: ResumeStateDetails & WfkitErrorOptions) {
    super(
      "step_ambiguous",
      `${method}: run ${details.runId} has several suspended steps (${list(details.suspendedSteps)}); pass \`step\` to choose one. Nothing was sent.`,
      details,
    );
  }
}

/** True for a resume of a run that is not suspended. */
export const isRunNotSuspendedError = codeGuard<RunNotSuspendedError>("run_not_suspended");
/** True for a resume of a step that is not suspended. */
export const isStepNotSuspendedError = codeGuard<StepNotSuspendedError>("step_not_suspended");
/** True for a resume without `step` when several steps are suspended. */
export const isStepAmbiguousError = codeGuard<StepAmbiguousError>("step_ambiguous");
