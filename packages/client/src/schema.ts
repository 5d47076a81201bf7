/**
 * Friendly names for the types generated from `openapi/workflows.yaml`. This is the only module that
 * imports the generated file.
 */
import type { components, paths } from "./generated/openapi.gen.js";
import type { RunStatus1x } from "./schema-1x.js";

export type { components, paths };

type Schemas = components["schemas"];

/** A workflow's description, as `details()` and `getWorkflows()` return it. */
export type WorkflowInfo = Schemas["WorkflowInfo"];
/** One step's description inside {@link WorkflowInfo}. */
export type WorkflowStepInfo = Schemas["WorkflowStepInfo"];
/** One entry of a workflow's step graph. */
export type StepGraphEntry = Schemas["StepGraphEntry"];
/** Every workflow by registration key. */
export type WorkflowList = Schemas["WorkflowList"];
/** `T` with the fields of `U` in place of its own (index signatures kept). */
type Override<T, U> = { [K in keyof T as K extends keyof U ? never : K]: T[K] } & U;

/**
 * A run's stored snapshot. Its `status` is a 0.x status or, on 1.x servers, one of 1.x's (`paused`
 * after a `perStep` step, `bailed`, `tripwire`, `skipped`).
 */
export type WorkflowRunSnapshot = Override<Schemas["WorkflowRunSnapshot"], { status: RunStatus1x }>;
/** A stored run with its snapshot (or, when the store could not parse it, its raw text). */
export type WorkflowRun = Override<
  Schemas["WorkflowRun"],
  { snapshot: WorkflowRunSnapshot | string }
>;
/** A page of runs and the total count. */
export type WorkflowRuns = Override<Schemas["WorkflowRuns"], { runs: WorkflowRun[] }>;
/** A watch record exactly as it is on the wire (`eventTimestamp` in epoch ms). */
export type WireWatchRecord = Schemas["WatchRecord"];
/** A `start-async` / `resume-async` body exactly as it is on the wire. */
export type WireWorkflowResult = Schemas["WorkflowResult"];
/** An `execution-result` body exactly as it is on the wire. */
export type WireExecutionResult = Schemas["ExecutionResult"];
/** A step result exactly as it is on the wire. */
export type WireStepResult = Schemas["StepResult"];
/** One event of the `/stream` route. */
export type StreamEvent = Schemas["StreamEvent"];
