import { RecordParseError } from "./errors.js";
import { RUN_STATUSES, type RunStatus, type StepStatus } from "./run-status.js";

/**
 * One step's result as the server reports it. Times are epoch milliseconds, as on the wire.
 * `error` is a string (the stack) on Mastra 0.x.
 */
export interface StepResult<TOutput = unknown, TPayload = unknown> {
  status: StepStatus;
  /** The step's input. */
  payload?: TPayload;
  /** Present once the step succeeded. */
  output?: TOutput;
  error?: unknown;
  suspendPayload?: unknown;
  resumePayload?: unknown;
  startedAt?: number;
  endedAt?: number;
  suspendedAt?: number;
  resumedAt?: number;
}

/** The step an event is about: a {@link StepResult} plus the step's id. */
export type StepRecord<TSteps extends Record<string, StepResult> = Record<string, StepResult>> = {
  [K in keyof TSteps & string]: TSteps[K] & { id: K };
}[keyof TSteps & string];

/**
 * The run's accumulated state carried by every record.
 *
 * The wire puts the run's input under `steps.input` (it is not a step result); here it is moved to
 * `input` and removed from `steps`, so `steps` holds real steps only. Steps that have not started
 * yet are absent from `steps`.
 */
export interface WorkflowState<
  TSteps extends Record<string, StepResult> = Record<string, StepResult>,
> {
  status: RunStatus;
  steps: Partial<TSteps>;
  /** The run's input (the wire's `steps.input`). */
  input?: unknown;
  /** The workflow's result; `null` on wire records until the run succeeds. */
  result?: unknown;
  /** The failure (a string on Mastra 0.x); `null` on wire records unless the run failed. */
  error?: unknown;
}

/**
 * A watch record: one event of a run, with the run's full state so far.
 * `eventTimestamp` is converted from the wire's epoch milliseconds to a `Date`.
 * `synthetic` marks records the watcher built from the run's execution result because the server
 * did not send them (the run moved on while no connection was open).
 */
export interface WatchRecord<
  TSteps extends Record<string, StepResult> = Record<string, StepResult>,
> {
  type: "watch";
  runId: string;
  eventTimestamp: Date;
  payload: {
    /** The step this event is about; absent on a run's final record. */
    currentStep?: StepRecord<TSteps>;
    workflowState: WorkflowState<TSteps>;
  };
  synthetic?: true;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The wire's `currentStep`: an object naming its step; the rest is that step's result as sent. */
const isStepRecord = <TSteps extends Record<string, StepResult>>(
  value: unknown,
): value is StepRecord<TSteps> => isObject(value) && typeof value["id"] === "string";

const invalid = (raw: unknown, reason: string): RecordParseError => {
  let text: string;
  try {
    text = JSON.stringify(raw) ?? String(raw);
  } catch {
    text = String(raw);
  }
  return new RecordParseError(text, undefined, reason);
};

/** Splits the wire's `steps` into real steps and the `input` pseudo-step. */
export const splitInput = (
  steps: Record<string, unknown>,
): { steps: Record<string, StepResult>; input?: unknown } => {
  if (!Object.hasOwn(steps, "input")) return { steps: steps as Record<string, StepResult> };
  const { input, ...rest } = steps;
  return { steps: rest as Record<string, StepResult>, input };
};

/**
 * Validates a parsed record minimally and converts it to a {@link WatchRecord}: checks `type`,
 * `runId`, `payload.workflowState.status` and `.steps`, converts `eventTimestamp` to a `Date`,
 * and moves `steps.input` to `workflowState.input`.
 *
 * @example
 * ```ts
 * for await (const raw of parseRecordStream(body)) console.log(toWatchRecord(raw).payload.workflowState.status);
 * ```
 * @throws {@link RecordParseError} when `raw` is not a watch record.
 */
export function toWatchRecord<
  TSteps extends Record<string, StepResult> = Record<string, StepResult>,
>(raw: unknown): WatchRecord<TSteps> {
  if (!isObject(raw)) throw invalid(raw, "is not an object");
  if (raw["type"] !== undefined && raw["type"] !== "watch")
    throw invalid(raw, 'has a type other than "watch"');
  const { runId, payload, eventTimestamp } = raw;
  if (typeof runId !== "string") throw invalid(raw, "has no runId");
  if (!isObject(payload) || !isObject(payload["workflowState"])) {
    throw invalid(raw, "has no payload.workflowState");
  }
  const state = payload["workflowState"];
  const status = state["status"];
  if (typeof status !== "string" || !RUN_STATUSES.includes(status as RunStatus)) {
    throw invalid(raw, "has an unknown workflow status");
  }
  if (!isObject(state["steps"])) throw invalid(raw, "has no workflowState.steps");
  const timestamp =
    typeof eventTimestamp === "number" || typeof eventTimestamp === "string"
      ? new Date(eventTimestamp)
      : undefined;
  if (timestamp === undefined || Number.isNaN(timestamp.getTime())) {
    throw invalid(raw, "has no valid eventTimestamp");
  }
  const { steps, input } = splitInput(state["steps"]);
  const { steps: _steps, status: _status, ...rest } = state;
  const workflowState = { ...rest, status, steps } as WorkflowState<TSteps>;
  if (input !== undefined) workflowState.input = input;
  const currentStep = payload["currentStep"];
  const record: WatchRecord<TSteps> = {
    type: "watch",
    runId,
    eventTimestamp: timestamp,
    payload: isStepRecord<TSteps>(currentStep) ? { currentStep, workflowState } : { workflowState },
  };
  return record;
}
