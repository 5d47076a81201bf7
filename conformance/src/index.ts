export { scenarios } from "./scenarios/index.js";
export {
  CITY,
  FAILING,
  PIPELINE,
  UNKNOWN_WORKFLOW,
  allRuns,
  cityRuns,
  sampleRuns,
} from "./scenarios/index.js";
export { knownDifferences, knownDifferences1x, knownDifferencesOf } from "./known-differences.js";
export { createFakeTarget, createRealTarget, createUrlTarget } from "./targets.js";
export { runScenario, runScenarios, scenariosFor } from "./run.js";
export { compareResults, coversObservation, staleKnownDifferences } from "./compare.js";
export { diffValues } from "./diff.js";
export { normalise, normaliseString } from "./normalise.js";
export {
  createScenarioContext,
  decodeWatchBody,
  describeRecord,
  ServerDownError,
} from "./context.js";
export { formatComparison, formatMismatch, formatObservations, formatSummary } from "./report.js";

export type { SampleRun } from "./scenarios/index.js";
export type { KnownDifference } from "./known-differences.js";
export type { NotApplicable, RunScenarioOptions } from "./run.js";
export type { RealTargetOptions } from "./targets.js";
export type { ObservationMismatch, ScenarioComparison } from "./compare.js";
export type { ValueDifference } from "./diff.js";
export type { Normalised, NormaliseOptions } from "./normalise.js";
export type { ScenarioContextOptions, ScenarioRecorder } from "./context.js";
export type {
  Generation,
  Observation,
  RawRequest,
  RawResponse,
  RawStreamOptions,
  Scenario,
  ScenarioContext,
  ScenarioResult,
  Target,
  TargetConnection,
  WatchOutcome,
  WatchScenarioOptions,
} from "./types.js";
