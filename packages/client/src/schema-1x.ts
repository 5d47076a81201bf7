/**
 * Friendly names for the types generated from `openapi/workflows-1.x.yaml`, the Mastra 1.x wire.
 * This is the only module that imports the generated 1.x file; `schema.ts` does the same for 0.x.
 */
import type { components, paths } from "./generated/openapi-1x.gen.js";

export type { components as components1x, paths as paths1x };

type Schemas = components["schemas"];

/** A run's status on 1.x: the 0.x statuses plus `bailed`, `tripwire`, `paused` and `skipped`. */
export type RunStatus1x = Schemas["RunStatus"];
/** A step result's status on 1.x. */
export type StepStatus1x = Schemas["StepStatus"];
/** The status of a 1.x `*-async` result. */
export type WorkflowResultStatus1x = Schemas["WorkflowResultStatus"];
/** The `workflowStatus` of a `workflow-finish` record. */
export type FinishStatus1x = Schemas["FinishStatus"];

/** A workflow's description on 1.x (`GET /workflows/{workflowId}`, and each value of the list). */
export type WireWorkflowInfo1x = Schemas["WorkflowInfo"];
/** Every workflow by registration key (`GET /workflows`). */
export type WireWorkflowList1x = Schemas["WorkflowList"];
/** Running and suspended runs per workflow (`GET /workflows/run-counts`). */
export type WireRunCounts1x = Schemas["RunCounts"];

/** A stored run with its snapshot, as a row of `GET runs`. */
export type WireWorkflowRun1x = Schemas["WorkflowRun"];
/** A page of runs and the total count (`GET runs`). */
export type WireWorkflowRuns1x = Schemas["WorkflowRuns"];
/** A stored run's state, flat (`GET runs/{runId}`, narrowed by `fields`). */
export type WireWorkflowRunResult1x = Schemas["WorkflowRunResult"];

/** The answer of `start-async`, `resume-async`, `restart-async` and `time-travel-async`. */
export type WireWorkflowResult1x = Schemas["WorkflowResult"];
/** A step result exactly as it is on the 1.x wire (errors are objects). */
export type WireStepResult1x = Schemas["StepResult"];
/** An error inside a 1.x result or record. */
export type WireSerializedError1x = Schemas["SerializedError"];

/** The body of `start` and `start-async`. */
export type StartRunBody1x = Schemas["StartRunBody"];
/** The body of `stream`. */
export type StreamRunBody1x = Schemas["StreamRunBody"];
/** The body of `resume`, `resume-async`, `resume-no-wait` and `resume-stream`. */
export type ResumeRunBody1x = Schemas["ResumeRunBody"];
/** The body of `restart` and `restart-async`. */
export type RestartRunBody1x = Schemas["RestartRunBody"];
/** The body of `time-travel`, `time-travel-async` and `time-travel-stream`. */
export type TimeTravelBody1x = Schemas["TimeTravelBody"];
/** A JSON error body (`{ error, issues? }`). */
export type WireErrorResponse1x = Schemas["ErrorResponse"];

/** One record of a 1.x stream body, discriminated on `type`. */
export type StreamEvent1x = Schemas["StreamEvent"];
/** The `type` of every {@link StreamEvent1x} the spec knows. */
export type StreamEventType1x = StreamEvent1x["type"];
/** `workflow-start`. */
export type WorkflowStartEvent1x = Schemas["WorkflowStartEvent"];
/** `workflow-step-start`. */
export type WorkflowStepStartEvent1x = Schemas["WorkflowStepStartEvent"];
/** `workflow-step-result`. */
export type WorkflowStepResultEvent1x = Schemas["WorkflowStepResultEvent"];
/** `workflow-step-suspended`. */
export type WorkflowStepSuspendedEvent1x = Schemas["WorkflowStepSuspendedEvent"];
/** `workflow-step-waiting` (a sleep step). */
export type WorkflowStepWaitingEvent1x = Schemas["WorkflowStepWaitingEvent"];
/** `workflow-canceled`. */
export type WorkflowCanceledEvent1x = Schemas["WorkflowCanceledEvent"];
/** `workflow-paused` (`perStep`). */
export type WorkflowPausedEvent1x = Schemas["WorkflowPausedEvent"];
/** `workflow-finish`, the last record of a run's stream. */
export type WorkflowFinishEvent1x = Schemas["WorkflowFinishEvent"];
/** The step part of a step record. */
export type StreamStepPayload1x = Schemas["StreamStepPayload"];
