export { createFakeServer } from "./fake-server.js";
export type {
  FakeRuns,
  FakeServer,
  FakeServerOptions,
  ReceivedRequest,
  ServerGeneration,
} from "./fake-server.js";
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
  FaultMatch,
  InjectedFault,
  LatencyFault,
  FaultTarget,
  StallWatchFault,
  TruncateRecordFault,
} from "./faults.js";
export type { ServerMode, SpecViolation } from "./handler.js";
export type { RouteKey } from "./wire-types.js";
export type { EngineResult } from "./engine.js";
export type { SampleWorkflowRegistry } from "./registry-entry.js";
export type { MastraCompat, StoredRun } from "./runtime.js";
export { FakeServerError, isFakeServerError } from "./errors.js";
export type { FakeServerErrorCode } from "./errors.js";
export { encodeWatchRecord, RECORD_SEPARATOR } from "./watch-encoding.js";
