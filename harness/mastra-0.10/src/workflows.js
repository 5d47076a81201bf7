/**
 * The sample workflows served by the harness, built by `buildSampleWorkflows` (in
 * `harness/shared/src/sample-workflows.js`, which spells out their semantics) with Mastra
 * 0.10.15's own `createWorkflow`/`createStep` and zod 3.
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
  anyObject: () => z.object({}).passthrough(),
  approve: async ({ inputData, resumeData, suspend }) => {
    const decided = decideApproval(inputData, resumeData);
    if (decided !== undefined) return decided;
    // `suspend` resolves on 0.10, so the step returns an output after it.
    await suspend(approvalRequest(inputData));
    return { city: inputData.city, approved: false };
  },
});

/**
 * Key `testWorkflow`, id `city-workflow`: validate → approval (suspends) → finalize; key
 * `failingWorkflow`, id `failing-workflow`: prepare → boom (throws `kaboom`); key
 * `pipelineWorkflow`, id `pipeline-workflow`: double → sleep 50 ms → add-one.
 */
export const { testWorkflow: cityWorkflow, failingWorkflow, pipelineWorkflow } = workflows;
