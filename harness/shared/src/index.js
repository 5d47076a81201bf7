/**
 * What the real-Mastra harnesses of every generation share. Test cases live in
 * `@wfkit/harness-shared/testing`, which needs vitest.
 */
export { createFixtureWriter, headersFixture } from "./fixtures.js";
export { launch, runInForeground, startHarness } from "./launch.js";
export { RECORD_SEPARATOR, splitRecords } from "./records.js";
export {
  PIPELINE_SLEEP_MS,
  SLOW_STEP_MS,
  UNKNOWN_CITIES,
  approvalRequest,
  buildSampleWorkflows,
  decideApproval,
} from "./sample-workflows.js";
export { READY_PREFIX, runHarnessServer } from "./server.js";
export { createWireProbe, short, show, sleep } from "./wire-probe.js";
