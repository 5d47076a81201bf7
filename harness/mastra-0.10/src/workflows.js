/**
 * The sample workflows served by the harness, built with Mastra 0.10.15's own
 * `createWorkflow`/`createStep` and zod 3 from the definitions in `@wfkit/harness-shared`
 * (`harness/shared/src/sample-workflows.js`), which spell out their semantics.
 */
import { createStep, createWorkflow } from "@mastra/core/workflows";
import {
  PIPELINE_SLEEP_MS,
  approvalRequest,
  decideApproval,
  sampleDefinitions,
} from "@wfkit/harness-shared";
import { z } from "zod";

export { PIPELINE_SLEEP_MS, SLOW_STEP_MS, UNKNOWN_CITIES } from "@wfkit/harness-shared";

const { steps, workflows: options } = sampleDefinitions(z, () => z.object({}).passthrough());

const validateCity = createStep(steps.validateCity);

const approval = createStep({
  ...steps.approval,
  execute: async ({ inputData, resumeData, suspend }) => {
    const decided = decideApproval(inputData, resumeData);
    if (decided !== undefined) return decided;
    // `suspend` resolves on 0.10, so the step returns an output after it.
    await suspend(approvalRequest(inputData));
    return { city: inputData.city, approved: false };
  },
});

const finalize = createStep(steps.finalize);

/** Key `testWorkflow`, id `city-workflow`: validate → approval (suspends) → finalize. */
export const cityWorkflow = createWorkflow({
  ...options.city,
  steps: [validateCity, approval, finalize],
})
  .then(validateCity)
  .then(approval)
  .then(finalize)
  .commit();

const prepare = createStep(steps.prepare);
const boom = createStep(steps.boom);

/** Key `failingWorkflow`, id `failing-workflow`: prepare → boom (throws `kaboom`). */
export const failingWorkflow = createWorkflow({ ...options.failing, steps: [prepare, boom] })
  .then(prepare)
  .then(boom)
  .commit();

const double = createStep(steps.double);
const addOne = createStep(steps.addOne);

/** Key `pipelineWorkflow`, id `pipeline-workflow`: double → sleep 50 ms → add-one. */
export const pipelineWorkflow = createWorkflow({ ...options.pipeline, steps: [double, addOne] })
  .then(double)
  .sleep(PIPELINE_SLEEP_MS)
  .then(addOne)
  .commit();

/** The workflows keyed as they are registered with `Mastra`. */
export const workflows = {
  testWorkflow: cityWorkflow,
  failingWorkflow,
  pipelineWorkflow,
};
