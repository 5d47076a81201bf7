/**
 * The sample workflows served by the 1.x harness, built by `buildSampleWorkflows` (in
 * `harness/shared/src/sample-workflows.js`, which spells out their semantics) with Mastra 1.x's
 * own `createWorkflow`/`createStep` (`@mastra/core` 1.71.0) and zod 4.
 *
 * Unlike 0.10, Mastra 1.x validates workflow input and resume data against these schemas by
 * default (`validateInputs: true`), so e.g. `{ value: "x" }` is rejected with 400.
 */
import { createStep, createWorkflow } from "@mastra/core/workflows";
import { approvalRequest, buildSampleWorkflows, decideApproval } from "@wfkit/harness-shared";
import { z } from "zod";

export { PIPELINE_SLEEP_MS, SLOW_STEP_MS, UNKNOWN_CITIES } from "@wfkit/harness-shared";

/** The workflows keyed as they are registered with `Mastra`. */
export const workflows = buildSampleWorkflows({
  createStep,
  createWorkflow,
  z,
  anyObject: () => z.looseObject({}),
  // On 1.x the step returns what `suspend` returns.
  approve: async ({ inputData, resumeData, suspend }) =>
    decideApproval(inputData, resumeData) ?? suspend(approvalRequest(inputData)),
});

/**
 * Key `testWorkflow`, id `city-workflow`: validate → approval (suspends) → finalize; key
 * `failingWorkflow`, id `failing-workflow`: prepare → boom (throws `kaboom`); key
 * `pipelineWorkflow`, id `pipeline-workflow`: double → sleep 50 ms → add-one.
 */
export const { testWorkflow: cityWorkflow, failingWorkflow, pipelineWorkflow } = workflows;
