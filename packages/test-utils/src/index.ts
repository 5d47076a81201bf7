export { createFakeServer } from "./fake-server.js";
export type { FakeRuns, FakeServer } from "./fake-server.js";
export type {
  FakeServerCommonOptions,
  FakeServerOptions,
  FakeServerOptions0x,
  FakeServerOptions1x,
  FakeServerOptionsFor,
  RecordRequestsOptions,
  ServerGeneration,
} from "./server-options.js";
export type { ReceivedRequest } from "./request-log.js";
export type { FakeRun, FakeRunResult, FakeRunSnapshot } from "./fake-run.js";
export type { OperationId, OperationId0x, OperationId1x } from "./operation-ids.js";
export { createRealClock, createVirtualClock } from "./clock.js";
export type { Clock } from "./clock.js";
export { createStep, createWorkflow, isWorkflow } from "./workflow.js";
export type {
  JsonSchema,
  Step,
  StepContext,
  StepOptions,
  Workflow,
  WorkflowBuilder,
  WorkflowEntry,
  WorkflowOptions,
} from "./workflow.js";
export {
  cityWorkflow,
  failingWorkflow,
  pipelineWorkflow,
  sampleWorkflows,
  PIPELINE_SLEEP_MS,
  SLOW_STEP_MS,
  UNKNOWN_CITIES,
} from "./sample-workflows.js";
export type {
  BufferWatchFault,
  DropWatchFault,
  FailFault,
  Fault,
  FaultFor,
  FaultMatch,
  InjectedFault,
  LatencyFault,
  FaultTarget,
  StallWatchFault,
  TruncateRecordFault,
} from "./faults.js";
export type { ServerMode, SpecViolation } from "./handler.js";
export type { SampleWorkflowRegistry } from "./registry-entry.js";
export {
  BackgroundErrorsError,
  FakeServerError,
  isBackgroundErrorsError,
  isFakeServerError,
} from "./errors.js";
export type { FakeServerErrorCode } from "./errors.js";
export { encodeWatchRecord } from "./watch-encoding.js";
export { typedSchema } from "./typed-schema.js";
export type { TypedJsonSchema } from "./typed-schema.js";
export type { RegistryOf, WorkflowRegistryEntry } from "./workflow-registry.js";
