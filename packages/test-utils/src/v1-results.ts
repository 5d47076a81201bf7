/** The 1.x shapes of step records and of what the waiting calls answer. */
import type { EngineResult, StepResults } from "./engine.js";
import type { StoredRun } from "./stored-run.js";
import type { StepResult1x, WorkflowResult1x } from "./v1-reply.js";

type StepStatus1x = StepResult1x["status"];
type SerializedError1x = NonNullable<StepResult1x["error"]>;

/** A JSON object. */
export type Json = Record<string, unknown>;

/** One 1.x stream record. */
export interface V1Record {
  type: string;
  runId: string;
  from: "WORKFLOW";
  payload: Json;
}

/** Receives the records of a run as they happen. */
export type V1Subscriber = (record: V1Record) => void;

/** The token usage every `workflow-finish` reports (all zeros for a workflow without agents). */
export const ZERO_USAGE = {
  inputTokens: 0,
  outputTokens: 0,
  totalTokens: 0,
  cachedInputTokens: 0,
  cacheCreationInputTokens: 0,
  reasoningTokens: 0,
};

/**
 * Stored statuses whose snapshot carries `tracingContext: {}` in a 1.x run row (observed: a
 * suspended, failed or canceled run has it; a running or successful one does not).
 */
export const WITH_TRACING_CONTEXT: ReadonlySet<string> = new Set([
  "suspended",
  "failed",
  "canceled",
]);

/** The fields `GET runs/{runId}?fields=` accepts. */
export const RUN_RESULT_FIELDS = [
  "result",
  "error",
  "payload",
  "steps",
  "activeStepsPath",
  "serializedStepGraph",
] as const;

export const omit = (record: Json, keys: readonly string[]): Json =>
  Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));

/** A step record as 1.x keeps it: a resumed step no longer carries its suspension. */
export const toV1StepRecord = (record: Json): Json =>
  "resumedAt" in record ? omit(record, ["suspendPayload", "suspendedAt"]) : record;

/** Every step status of the 1.x spec (a status the spec adds or drops fails to compile here). */
export const STEP_STATUSES: { readonly [S in StepStatus1x]: true } = {
  running: true,
  success: true,
  failed: true,
  suspended: true,
  waiting: true,
  canceled: true,
  paused: true,
  skipped: true,
};

/** Whether `value` is a step status of the 1.x spec. */
export const isStepStatus1x = (value: unknown): value is StepStatus1x =>
  typeof value === "string" && Object.hasOwn(STEP_STATUSES, value);

/** Whether `value` is an error as 1.x serialises it (`message`, usually `name`, …). */
export const isSerializedError1x = (value: unknown): value is SerializedError1x =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { message?: unknown }).message === "string";

/**
 * A step record of the engine as the 1.x spec's `StepResult`. The engine writes only the 1.x step
 * statuses and serialised errors; anything else is a bug of the fake, and fails loudly.
 */
export const toStepResult1x = (record: Json): StepResult1x => {
  const { status, error } = record;
  if (!isStepStatus1x(status)) throw new Error(`a step record with status ${String(status)}`);
  if (error !== undefined && !isSerializedError1x(error))
    throw new Error("a step record whose error has no message");
  // Spread first: the keys keep the engine's order.
  return { ...record, status, ...(error === undefined ? {} : { error }) };
};

/** The stored view of a step error: Mastra 1.x's in-memory store keeps only the message. */
export const storedStepRecord = (record: Json): StepResult1x => {
  const v1 = toStepResult1x(toV1StepRecord(record));
  return v1.error ? { ...v1, error: { message: v1.error.message } } : v1;
};

export const stepEntries = (context: StepResults): [string, Json][] =>
  Object.entries(context).filter(([key]) => key !== "input") as [string, Json][];

/** The `keys` of `record` that it has. */
export const pick = (record: Json, keys: readonly string[]): Json =>
  Object.fromEntries(keys.filter((key) => key in record).map((key) => [key, record[key]]));

/** What `start-async`, `resume-async`, `restart-async` and `time-travel-async` answer on 1.x. */
export const v1Result = (run: StoredRun, result: EngineResult): WorkflowResult1x => {
  const steps: WorkflowResult1x["steps"] = {};
  steps.input = result.steps["input"];
  for (const [id, value] of stepEntries(result.steps))
    steps[id] = toStepResult1x(omit(toV1StepRecord(value), ["payload"]));
  const base = {
    steps,
    input: result.steps["input"],
    stepExecutionPath: stepEntries(result.steps).map(([id]) => id),
  };
  switch (result.status) {
    case "success":
      return { status: "success", ...base, result: result.result, runId: run.runId };
    case "failed": {
      const failed = stepEntries(result.steps).find(([, r]) => r["status"] === "failed");
      const error = failed?.[1]["error"];
      return {
        status: "failed",
        ...base,
        error: isSerializedError1x(error) ? error : { message: result.error },
        runId: run.runId,
      };
    }
    case "suspended":
      return {
        status: "suspended",
        ...base,
        suspended: result.suspended,
        suspendPayload: Object.fromEntries(
          result.suspended.map(([id]) => [id, (result.steps[id!] as Json)["suspendPayload"]]),
        ),
        runId: run.runId,
      };
    default:
      return { status: result.status, ...base, runId: run.runId };
  }
};

/** One 1.x stream record of `run`. */
export const record = (run: StoredRun, type: string, payload: Json): V1Record => ({
  type,
  runId: run.runId,
  from: "WORKFLOW",
  payload,
});

/** A `workflow-finish` record (1.x reports zero token usage for plain workflows). */
export const finishRecord = (
  run: StoredRun,
  status: string,
  metadata: Json = {},
  extra: Json = {},
) =>
  record(run, "workflow-finish", {
    workflowStatus: status,
    metadata,
    output: { usage: { ...ZERO_USAGE } },
    ...extra,
  });
