import { InvalidResponseError } from "./errors.js";
import type {
  ExecutionResult,
  StepResult,
  StepResults,
  WorkflowError,
  WorkflowResult,
} from "./types.js";

/**
 * Turns the wire's error (a stack string on Mastra 0.x, an `{ message, name, stack? }` object on
 * 1.x, or anything else) into one {@link WorkflowError}.
 */
export function toWorkflowError(error: unknown): WorkflowError {
  if (typeof error === "string") {
    const firstLine = error.split("\n", 1)[0] ?? "";
    const named = /^([A-Za-z_$][\w$]*(?:Error|Exception)?): (.*)$/.exec(firstLine);
    const hasStack = error.includes("\n    at ");
    if (named && (hasStack || /Error$/.test(named[1]!))) {
      return { message: named[2]!, name: named[1]!, ...(hasStack ? { stack: error } : {}) };
    }
    return { message: firstLine, ...(hasStack ? { stack: error } : {}) };
  }
  if (error && typeof error === "object") {
    const { message, name, stack } = error as Record<string, unknown>;
    return {
      message: typeof message === "string" ? message : JSON.stringify(error),
      ...(typeof name === "string" ? { name } : {}),
      ...(typeof stack === "string" ? { stack } : {}),
    };
  }
  return { message: String(error) };
}

function toStepResult(raw: unknown): StepResult {
  const step = { ...(raw as Record<string, unknown>) };
  if (step.error !== undefined && step.error !== null) step.error = toWorkflowError(step.error);
  else delete step.error;
  return step as unknown as StepResult;
}

/** Splits the wire's steps map into real steps and the run input (the `input` pseudo-step). */
export function splitSteps(steps: unknown): { steps: StepResults; input: unknown } {
  const out: StepResults = {};
  let input: unknown;
  if (steps && typeof steps === "object") {
    for (const [id, value] of Object.entries(steps)) {
      if (id === "input") input = value;
      else out[id] = toStepResult(value);
    }
  }
  return { steps: out, input };
}

/** The public shape of a `start-async` / `resume-async` body. */
export function toWorkflowResult(raw: Record<string, unknown>): WorkflowResult {
  const { steps, input } = splitSteps(raw.steps);
  const base = { steps, input: raw.input !== undefined ? raw.input : input };
  switch (raw.status) {
    case "success":
      return { ...base, status: "success", result: raw.result };
    case "failed":
      return { ...base, status: "failed", error: toWorkflowError(raw.error) };
    case "suspended":
      return {
        ...base,
        status: "suspended",
        suspended: Array.isArray(raw.suspended) ? (raw.suspended as string[][]) : [],
      };
    case "canceled":
      return { ...base, status: "canceled" };
    default:
      throw new InvalidResponseError(
        `The server answered with a run status wfkit does not know: ${JSON.stringify(raw.status)}.`,
      );
  }
}

/** The public shape of an `execution-result` body. */
export function toExecutionResult(raw: Record<string, unknown>): ExecutionResult {
  const { steps, input } = splitSteps(raw.steps);
  const result: ExecutionResult = {
    status: raw.status as ExecutionResult["status"],
    steps,
    input: raw.payload !== undefined ? raw.payload : input,
  };
  if (raw.result !== undefined && raw.result !== null) result.result = raw.result;
  if (raw.error !== undefined && raw.error !== null) result.error = toWorkflowError(raw.error);
  return result;
}
