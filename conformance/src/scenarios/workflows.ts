/**
 * The sample workflows every target serves under the same registration keys: defined with Mastra's
 * `createWorkflow`/`createStep` in `harness/shared/src/sample-workflows.js` and with the wfkit DSL in
 * `@wfkit/test-utils` (`sampleWorkflows`).
 */

/** `city-workflow`: validate-city → approval (suspends) → finalize. */
export const CITY = "testWorkflow";
/** `failing-workflow`: prepare → boom (throws `kaboom`). */
export const FAILING = "failingWorkflow";
/** `pipeline-workflow`: double → sleep 50 ms → add-one. */
export const PIPELINE = "pipelineWorkflow";

/** A registration key that no server knows. */
export const UNKNOWN_WORKFLOW = "noSuchWorkflow";

/** One way to run a sample workflow from start to its first stop. */
export interface SampleRun {
  /** Short name used in scenario ids. */
  name: string;
  workflow: string;
  inputData: Record<string, unknown>;
  /** The status `startAsync` reaches. */
  stops: "suspended" | "success" | "failed";
}

/** A run of each workflow, covering suspension, success after a sleep step, and failure. */
export const sampleRuns: readonly SampleRun[] = [
  { name: "city", workflow: CITY, inputData: { city: "Paris" }, stops: "suspended" },
  { name: "failing", workflow: FAILING, inputData: {}, stops: "failed" },
  { name: "pipeline", workflow: PIPELINE, inputData: { value: 20 }, stops: "success" },
];

/** More ways to run the city workflow. */
export const cityRuns = {
  /** Skips the approval: straight to success. */
  auto: { name: "city-auto", workflow: CITY, inputData: { city: "AUTO" }, stops: "success" },
  /** Fails in the first step: `City not found: Atlantis`. */
  unknownCity: {
    name: "city-atlantis",
    workflow: CITY,
    inputData: { city: "Atlantis" },
    stops: "failed",
  },
} as const satisfies Record<string, SampleRun>;

/** Every sample run, for scenarios that cover each outcome. */
export const allRuns: readonly SampleRun[] = [...sampleRuns, cityRuns.auto, cityRuns.unknownCity];
