/**
 * Friendly names for the types generated from `openapi/workflows-1.x.yaml`, the Mastra 1.x wire,
 * for the ones wfkit uses (add a name when a module needs one). This is the only module that
 * imports the generated 1.x file; `schema.ts` does the same for 0.x.
 */
import type { components, paths } from "./generated/openapi-1x.gen.js";

export type { paths as paths1x };

type Schemas = components["schemas"];

/** A run's status on 1.x: the 0.x statuses plus `bailed`, `tripwire`, `paused` and `skipped`. */
export type RunStatus1x = Schemas["RunStatus"];
/** The `workflowStatus` of a `workflow-finish` record. */
export type FinishStatus1x = Schemas["FinishStatus"];

/** Running and suspended runs per workflow (`GET /workflows/run-counts`). */
export type WireRunCounts1x = Schemas["RunCounts"];

/** A page of runs and the total count (`GET runs`). */
export type WireWorkflowRuns1x = Schemas["WorkflowRuns"];
/** A stored run's state, flat (`GET runs/{runId}`, narrowed by `fields`). */
export type WireWorkflowRunResult1x = Schemas["WorkflowRunResult"];

/** One step's result in a 1.x run state or result. */
export type WireStepResult1x = Schemas["StepResult"];

/** The answer of `start-async`, `resume-async`, `restart-async` and `time-travel-async`. */
export type WireWorkflowResult1x = Schemas["WorkflowResult"];
/** One record of a 1.x stream body, discriminated on `type`. */
export type StreamEvent1x = Schemas["StreamEvent"];
/** The `type` of every {@link StreamEvent1x} the spec knows. */
export type StreamEventType1x = StreamEvent1x["type"];
