/**
 * The sample workflows, identical in behaviour to the ones the real-Mastra harness serves
 * (`harness/mastra-0.10/src/workflows.js`), with the JSON Schemas Mastra derives from their zod
 * schemas, so `details()` answers the same text.
 */
import type { JsonSchema, TypedJsonSchema } from "./typed-schema.js";
import { createStep, createWorkflow } from "./workflow.js";

const DRAFT_07 = "http://json-schema.org/draft-07/schema#";

/** A closed object schema in the form zod-to-json-schema writes it, typed with the `T` it describes. */
const object = <T>(
  properties: Record<string, JsonSchema>,
  required: string[],
  additionalProperties = false,
): TypedJsonSchema<T> => ({
  type: "object",
  properties,
  ...(required.length > 0 ? { required } : {}),
  additionalProperties,
  $schema: DRAFT_07,
});
const string: JsonSchema = { type: "string" };
const number: JsonSchema = { type: "number" };
const boolean: JsonSchema = { type: "boolean" };

/** Input cities that make `validate-city` throw `City not found: <city>`. */
export const UNKNOWN_CITIES: readonly string[] = ["FAIL", "Atlantis"];

/** Milliseconds the `SLOW` city spends in its first and last step. */
export const SLOW_STEP_MS = 1000;

/** Milliseconds the pipeline workflow sleeps between its steps. */
export const PIPELINE_SLEEP_MS = 50;

type CityInput = { city: string };
type ApprovalInput = { city: string; normalized: string };
type Resume = { approved: boolean; approver?: string };
type Ask = { message: string; city: string };
type Decision = { city: string; approved: boolean; approver?: string };
type Summary = { summary: string; approved: boolean };
type Value = { value: number };

const validateCity = createStep({
  id: "validate-city",
  description: "Checks the city exists and normalizes its name",
  inputSchema: object<CityInput>({ city: string }, ["city"]),
  outputSchema: object<ApprovalInput>({ city: string, normalized: string }, ["city", "normalized"]),
  execute: async ({ inputData, sleep }) => {
    const { city } = inputData;
    if (city === "SLOW") await sleep(SLOW_STEP_MS);
    if (UNKNOWN_CITIES.includes(city)) throw new Error(`City not found: ${city}`);
    return { city, normalized: city.trim().toUpperCase() };
  },
});

const approval = createStep({
  id: "approval",
  description: "Waits for a human to approve the trip",
  inputSchema: object<ApprovalInput>({ city: string, normalized: string }, ["city", "normalized"]),
  outputSchema: object<Decision>({ city: string, approved: boolean, approver: string }, [
    "city",
    "approved",
  ]),
  resumeSchema: object<Resume>({ approved: boolean, approver: string }, ["approved"]),
  suspendSchema: object<Ask>({ message: string, city: string }, ["message", "city"]),
  execute: async ({ inputData, resumeData, suspend }) => {
    const { city } = inputData;
    if (city === "AUTO") return { city, approved: true };
    if (resumeData === undefined) {
      await suspend({ message: `Approve trip to ${city}?`, city });
      return { city, approved: false };
    }
    const { approved, approver } = resumeData;
    return approver === undefined
      ? { city, approved: Boolean(approved) }
      : { city, approved: Boolean(approved), approver };
  },
});

const finalize = createStep({
  id: "finalize",
  description: "Writes the trip summary",
  inputSchema: object<Decision>({ city: string, approved: boolean, approver: string }, [
    "city",
    "approved",
  ]),
  outputSchema: object<Summary>({ summary: string, approved: boolean }, ["summary", "approved"]),
  execute: async ({ inputData, sleep }) => {
    const { city, approved, approver } = inputData;
    if (city === "SLOW") await sleep(SLOW_STEP_MS);
    const verdict = approved ? "approved" : "rejected";
    const by = approver === undefined ? "" : ` by ${approver}`;
    return { summary: `${city}: ${verdict}${by}`, approved };
  },
});

/**
 * `city-workflow` (registered as `testWorkflow` by convention), input `{ city }`:
 * `validate-city` (throws `City not found: <city>` for `FAIL`/`Atlantis`) → `approval` (suspends
 * with `{ message, city }` unless the city is `AUTO`; resumed with `{ approved, approver? }`) →
 * `finalize` (`{ summary: "<city>: approved|rejected[ by <approver>]", approved }`). The city
 * `SLOW` spends 1 s (on the server clock) in the first and last step.
 */
export const cityWorkflow = createWorkflow({
  id: "city-workflow",
  description: "Plans a trip to a city after a human approves it",
  inputSchema: object<CityInput>({ city: string }, ["city"]),
  outputSchema: object<Summary>({ summary: string, approved: boolean }, ["summary", "approved"]),
})
  .then(validateCity)
  .then(approval)
  .then(finalize)
  .commit();

const prepare = createStep({
  id: "prepare",
  description: "Always succeeds",
  inputSchema: object<{ [k: string]: unknown }>({}, [], true),
  outputSchema: object<{ ready: boolean }>({ ready: boolean }, ["ready"]),
  execute: async () => ({ ready: true }),
});

const boom = createStep({
  id: "boom",
  description: "Always throws",
  inputSchema: object<{ ready: boolean }>({ ready: boolean }, ["ready"]),
  outputSchema: object<{}>({}, []),
  execute: async (): Promise<never> => {
    throw new Error("kaboom");
  },
});

/** `failing-workflow`: `prepare` (returns `{ ready: true }`) → `boom` (throws `Error("kaboom")`). */
export const failingWorkflow = createWorkflow({
  id: "failing-workflow",
  description: "Fails in its second step",
  inputSchema: object<{ [k: string]: unknown }>({}, [], true),
  outputSchema: object<{}>({}, []),
})
  .then(prepare)
  .then(boom)
  .commit();

const double = createStep({
  id: "double",
  description: "Doubles the value",
  inputSchema: object<Value>({ value: number }, ["value"]),
  outputSchema: object<Value>({ value: number }, ["value"]),
  execute: async ({ inputData }) => ({ value: inputData.value * 2 }),
});

const addOne = createStep({
  id: "add-one",
  description: "Adds one to the value",
  inputSchema: object<Value>({ value: number }, ["value"]),
  outputSchema: object<Value>({ value: number }, ["value"]),
  execute: async ({ inputData }) => ({ value: inputData.value + 1 }),
});

/**
 * `pipeline-workflow`, input `{ value: number }`: `double` → a 50 ms `.sleep()` entry (id
 * `sleep_<uuid>`, reported `waiting`) → `add-one`. Output `{ value: input * 2 + 1 }`.
 */
export const pipelineWorkflow = createWorkflow({
  id: "pipeline-workflow",
  description: "Doubles a value, sleeps, then adds one",
  inputSchema: object<Value>({ value: number }, ["value"]),
  outputSchema: object<Value>({ value: number }, ["value"]),
})
  .then(double)
  .sleep(PIPELINE_SLEEP_MS)
  .then(addOne)
  .commit();

/** The sample workflows keyed as the harness registers them. */
export const sampleWorkflows = {
  testWorkflow: cityWorkflow,
  failingWorkflow,
  pipelineWorkflow,
} as const;
