/**
 * The sample workflows every harness serves. Each harness hands {@link buildSampleWorkflows} its
 * own Mastra generation's `createStep`/`createWorkflow` and zod, and the way its `approval` step
 * suspends; the rest (ids, descriptions, schemas, step logic, the order of the steps) is one
 * piece of code. A second implementation (the fake server's workflow DSL in `@wfkit/test-utils`)
 * mirrors them exactly, so their semantics are spelled out here:
 *
 * `testWorkflow` — id `city-workflow`, input `{ city: string }`:
 *   1. `validate-city` (input `{ city }`): throws `Error("City not found: <city>")` when `city` is
 *      `"FAIL"` or `"Atlantis"`; otherwise returns `{ city, normalized }` where `normalized` is
 *      `city.trim().toUpperCase()`. With `city === "SLOW"` it first waits 1000 ms.
 *   2. `approval` (input `{ city, normalized }`): with `city === "AUTO"` returns
 *      `{ city, approved: true }` without suspending. Otherwise, when not resumed, suspends with
 *      `{ message: "Approve trip to <city>?", city }`; resumed with `{ approved: boolean,
 *      approver?: string }` it returns `{ city, approved, approver? }` (`approver` only when given).
 *   3. `finalize` (input `{ city, approved, approver? }`): returns
 *      `{ summary: "<city>: approved" | "<city>: rejected", approved }`, with `" by <approver>"`
 *      appended when an approver was given. `<city>` is the input city exactly as given (not
 *      normalized). With `city === "SLOW"` it first waits 1000 ms.
 *   Workflow output = `finalize`'s output.
 *
 * `failingWorkflow` — id `failing-workflow`, input `{}` (any object):
 *   1. `prepare` returns `{ ready: true }`.
 *   2. `boom` always throws `Error("kaboom")`.
 *
 * `pipelineWorkflow` — id `pipeline-workflow`, input `{ value: number }`:
 *   1. `double` returns `{ value: value * 2 }`.
 *   2. a Mastra `.sleep(50)` entry (step id `sleep_<n>` on 0.10, `sleep_<uuid>` on 1.x, generated
 *      by Mastra; it passes its input through unchanged).
 *   3. `add-one` returns `{ value: value + 1 }`.
 *   Workflow output = `{ value: input * 2 + 1 }`.
 */

/** Input cities that make `validate-city` throw. */
export const UNKNOWN_CITIES = ["FAIL", "Atlantis"];

/** Milliseconds the `SLOW` city spends in its first and last step. */
export const SLOW_STEP_MS = 1000;

/** Milliseconds the pipeline workflow sleeps between its steps. */
export const PIPELINE_SLEEP_MS = 50;

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What `approval` answers without suspending: the output for `AUTO` or for resume data, else
 * `undefined`, when the step must suspend with {@link approvalRequest}.
 */
export const decideApproval = ({ city }, resumeData) => {
  if (city === "AUTO") return { city, approved: true };
  if (resumeData === undefined) return undefined;
  const { approved, approver } = resumeData;
  return approver === undefined
    ? { city, approved: Boolean(approved) }
    : { city, approved: Boolean(approved), approver };
};

/** The payload `approval` suspends with. */
export const approvalRequest = ({ city }) => ({ message: `Approve trip to ${city}?`, city });

/**
 * The options of each step and workflow for Mastra's `createStep` and `createWorkflow`. Every use
 * gets a schema object of its own, as when each step spells out its schemas.
 */
const definitions = (z, anyObject) => {
  const city = () => z.object({ city: z.string() });
  const validated = () => z.object({ city: z.string(), normalized: z.string() });
  const decision = () =>
    z.object({ city: z.string(), approved: z.boolean(), approver: z.string().optional() });
  const summary = () => z.object({ summary: z.string(), approved: z.boolean() });
  const value = () => z.object({ value: z.number() });

  return {
    steps: {
      validateCity: {
        id: "validate-city",
        description: "Checks the city exists and normalizes its name",
        inputSchema: city(),
        outputSchema: validated(),
        execute: async ({ inputData }) => {
          const { city } = inputData;
          if (city === "SLOW") await delay(SLOW_STEP_MS);
          if (UNKNOWN_CITIES.includes(city)) throw new Error(`City not found: ${city}`);
          return { city, normalized: city.trim().toUpperCase() };
        },
      },
      approval: {
        id: "approval",
        description: "Waits for a human to approve the trip",
        inputSchema: validated(),
        outputSchema: decision(),
        suspendSchema: z.object({ message: z.string(), city: z.string() }),
        resumeSchema: z.object({ approved: z.boolean(), approver: z.string().optional() }),
      },
      finalize: {
        id: "finalize",
        description: "Writes the trip summary",
        inputSchema: decision(),
        outputSchema: summary(),
        execute: async ({ inputData }) => {
          const { city, approved, approver } = inputData;
          if (city === "SLOW") await delay(SLOW_STEP_MS);
          const verdict = approved ? "approved" : "rejected";
          const by = approver === undefined ? "" : ` by ${approver}`;
          return { summary: `${city}: ${verdict}${by}`, approved };
        },
      },
      prepare: {
        id: "prepare",
        description: "Always succeeds",
        inputSchema: anyObject(),
        outputSchema: z.object({ ready: z.boolean() }),
        execute: async () => ({ ready: true }),
      },
      boom: {
        id: "boom",
        description: "Always throws",
        inputSchema: z.object({ ready: z.boolean() }),
        outputSchema: z.object({}),
        execute: async () => {
          throw new Error("kaboom");
        },
      },
      double: {
        id: "double",
        description: "Doubles the value",
        inputSchema: value(),
        outputSchema: value(),
        execute: async ({ inputData }) => ({ value: inputData.value * 2 }),
      },
      addOne: {
        id: "add-one",
        description: "Adds one to the value",
        inputSchema: value(),
        outputSchema: value(),
        execute: async ({ inputData }) => ({ value: inputData.value + 1 }),
      },
    },
    workflows: {
      city: {
        id: "city-workflow",
        description: "Plans a trip to a city after a human approves it",
        inputSchema: city(),
        outputSchema: summary(),
      },
      failing: {
        id: "failing-workflow",
        description: "Fails in its second step",
        inputSchema: anyObject(),
        outputSchema: z.object({}),
      },
      pipeline: {
        id: "pipeline-workflow",
        description: "Doubles a value, sleeps, then adds one",
        inputSchema: value(),
        outputSchema: value(),
      },
    },
  };
};

/**
 * Builds the sample workflows with one Mastra generation's builders: `createStep` and
 * `createWorkflow` from its `@mastra/core/workflows`, its zod (`z.object`, `z.string`, `z.number`,
 * `z.boolean` and `.optional()` mean the same in zod 3 and 4), `anyObject()` for an object schema
 * that lets any property through (zod 3 `z.object({}).passthrough()`, zod 4 `z.looseObject({})`),
 * and `approve`, the `approval` step's `execute`, written with {@link decideApproval} and
 * {@link approvalRequest} because suspending differs between generations. Resolves with the
 * workflows keyed as they are registered with `Mastra`.
 */
export const buildSampleWorkflows = ({ createStep, createWorkflow, z, anyObject, approve }) => {
  const { steps, workflows } = definitions(z, anyObject);

  const validateCity = createStep(steps.validateCity);
  const approval = createStep({ ...steps.approval, execute: approve });
  const finalize = createStep(steps.finalize);
  const cityWorkflow = createWorkflow({
    ...workflows.city,
    steps: [validateCity, approval, finalize],
  })
    .then(validateCity)
    .then(approval)
    .then(finalize)
    .commit();

  const prepare = createStep(steps.prepare);
  const boom = createStep(steps.boom);
  const failingWorkflow = createWorkflow({ ...workflows.failing, steps: [prepare, boom] })
    .then(prepare)
    .then(boom)
    .commit();

  const double = createStep(steps.double);
  const addOne = createStep(steps.addOne);
  const pipelineWorkflow = createWorkflow({ ...workflows.pipeline, steps: [double, addOne] })
    .then(double)
    .sleep(PIPELINE_SLEEP_MS)
    .then(addOne)
    .commit();

  return { testWorkflow: cityWorkflow, failingWorkflow, pipelineWorkflow };
};
