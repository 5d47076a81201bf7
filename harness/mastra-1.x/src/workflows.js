/**
 * The sample workflows served by the 1.x harness, built with Mastra 1.x's own
 * `createWorkflow`/`createStep` (`@mastra/core` 1.71.0) and zod 4 from the definitions in
 * `@wfkit/harness-shared` (`harness/shared/src/sample-workflows.js`), which spell out their
 * semantics; the 0.10 harness builds the same workflows.
 *
 * Unlike 0.10, Mastra 1.x validates workflow input and resume data against these schemas by
 * default (`validateInputs: true`), so e.g. `{ value: "x" }` is rejected with 400.
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

const { steps, workflows: options } = sampleDefinitions(z, () => z.looseObject({}));

const validateCity = createStep(steps.validateCity);

const approval = createStep({
  ...steps.approval,
  // On 1.x the step returns what `suspend` returns.
  execute: async ({ inputData, resumeData, suspend }) =>
    decideApproval(inputData, resumeData) ?? suspend(approvalRequest(inputData)),
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
