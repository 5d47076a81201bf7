/**
 * Friendly names for the types generated from `openapi/workflows.yaml`. This is the only module that
 * imports the generated file.
 */
import type { components, paths } from "./generated/openapi.gen.js";

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
/** A stored run with its snapshot. */
export type WorkflowRun = Schemas["WorkflowRun"];
/** A run's stored snapshot (or, when the store could not parse it, its raw text). */
export type WorkflowRunSnapshot = Schemas["WorkflowRunSnapshot"];
/** A page of runs and the total count. */
export type WorkflowRuns = Schemas["WorkflowRuns"];
/** A `start-async` / `resume-async` body exactly as it is on the wire. */
export type WireWorkflowResult = Schemas["WorkflowResult"];
/** An `execution-result` body exactly as it is on the wire. */
export type WireExecutionResult = Schemas["ExecutionResult"];
/** A step result exactly as it is on the wire. */
export type WireStepResult = Schemas["StepResult"];
/** One event of the `/stream` route. */
export type StreamEvent = Schemas["StreamEvent"];
