/** The 1.x shapes of step records and of what the waiting calls answer. */
import type { EngineResult, StepResults } from "./engine.js";
import type { StoredRun } from "./stored-run.js";

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

/** The stored view of a step error: Mastra 1.x's in-memory store keeps only the message. */
export const storedStepRecord = (record: Json): Json => {
  const v1 = toV1StepRecord(record);
  const error = v1["error"] as Json | undefined;
  return error && typeof error === "object" ? { ...v1, error: { message: error["message"] } } : v1;
};

export const stepEntries = (context: StepResults): [string, Json][] =>
  Object.entries(context).filter(([key]) => key !== "input") as [string, Json][];

/** The `keys` of `record` that it has. */
export const pick = (record: Json, keys: readonly string[]): Json =>
  Object.fromEntries(keys.filter((key) => key in record).map((key) => [key, record[key]]));

/** What `start-async` and `resume-async` answer on 1.x. */
export const v1Result = (run: StoredRun, result: EngineResult): Json => {
  const steps: Json = { input: result.steps["input"] };
  for (const [id, value] of stepEntries(result.steps))
    steps[id] = omit(toV1StepRecord(value), ["payload"]);
  const base: Json = {
    status: result.status,
    steps,
    input: result.steps["input"],
    stepExecutionPath: stepEntries(result.steps).map(([id]) => id),
  };
  switch (result.status) {
    case "success":
      return { ...base, result: result.result, runId: run.runId };
    case "failed": {
      const failed = stepEntries(result.steps).find(([, r]) => r["status"] === "failed");
      return { ...base, error: failed?.[1]["error"], runId: run.runId };
    }
    case "suspended":
      return {
        ...base,
        suspended: result.suspended,
        suspendPayload: Object.fromEntries(
          result.suspended.map(([id]) => [id, (result.steps[id!] as Json)["suspendPayload"]]),
        ),
        runId: run.runId,
      };
    default:
      return { ...base, runId: run.runId };
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
