export { createFixtureWriter, headersFixture } from "./fixtures.js";
export { launch, runInForeground, startHarness } from "./launch.js";
export type {
  LaunchOptions,
  MastraHarness,
  RunInForegroundOptions,
  StartHarnessOptions,
} from "./launch.js";
export { RECORD_SEPARATOR, splitRecords } from "./records.js";
export {
  PIPELINE_SLEEP_MS,
  SLOW_STEP_MS,
  UNKNOWN_CITIES,
  approvalRequest,
  buildSampleWorkflows,
  decideApproval,
} from "./sample-workflows.js";
export type {
  ApprovalContext,
  ApprovalInput,
  ApprovalOutput,
  ApprovalResume,
  BuildSampleWorkflowsOptions,
  SampleWorkflows,
  WorkflowBuilder,
  ZodSubset,
} from "./sample-workflows.js";
export { READY_PREFIX, runHarnessServer } from "./server.js";
export type { RunHarnessServerOptions, ServeOptions } from "./server.js";
export { createWireProbe, short, show, sleep } from "./wire-probe.js";
export type { CallOptions, CallResult, WireProbe, WireProbeOptions } from "./wire-probe.js";
