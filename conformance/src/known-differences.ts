/**
 * The reviewed lists of places where the fake server may observably differ from real Mastra: one
 * per server generation (0.10.15 for 0.x, 1.x).
 * Every other difference fails the suite, and an entry that no longer matches any difference fails
 * it too, so this list stays truthful. Change it only with a reason a reviewer can check.
 */

import type { Generation } from "./types.js";

/** One reviewed difference between real Mastra and the fake server. */
export interface KnownDifference {
  /** The scenario id. */
  scenario: string;
  /** Observation labels it covers; a trailing `*` matches a prefix. */
  observations: readonly string[];
  /** What differs, concretely (real vs fake). */
  differs: string;
  /** Why the difference is accepted. */
  why: string;
  /**
   * A fake-server bug waiting for a fix, listed so the suite can run meanwhile. Temporary entries
   * are reported separately and should disappear.
   */
  temporary?: boolean;
}

/**
 * Real Mastra 0.10 answers `POST /resume` of a run that is not suspended with 200 and then dies of
 * an unhandled rejection (mastra-ai/mastra#20914, fixed in later releases), sometimes before the
 * answer is out (the client then sees a reset connection). The harness restarts it, which loses
 * every run, so nothing after the crash can be compared. The fake answers the same 200, keeps
 * running and reports the engine's error in `server.backgroundErrors`: tests need a server that
 * survives.
 */
const resumeCrash = (scenario: string, afterCrash: readonly string[]): KnownDifference => ({
  scenario,
  observations: ["server after resume()", "resume(*", ...afterCrash],
  differs:
    "real Mastra 0.10.15 dies after POST /resume of a run that is not suspended (serverAlive false, " +
    "and now and then a reset connection instead of the 200); the fake stays up",
  why:
    "a crash is a bug of Mastra 0.10 (mastra-ai/mastra#20914), not behaviour to copy: a fake that " +
    "exits would take the tests using it down; the fake records the error in backgroundErrors instead",
});

/** Every accepted difference between Mastra 0.10.15 and the fake (generation 0.x), by scenario. */
export const knownDifferences: readonly KnownDifference[] = [
  resumeCrash("resume/finished/city", ["runExecutionResult"]),
  resumeCrash("resume/finished/failing", ["runExecutionResult"]),
  resumeCrash("resume/finished/pipeline", ["runExecutionResult"]),
  resumeCrash("resume/wrong-step", ["runExecutionResult"]),
  resumeCrash("resume/not-started", []),
  {
    scenario: "runs/shared-run-id",
    observations: ["failing workflow's runById of the shared id"],
    differs:
      "after failingWorkflow/create-run?runId=X and testWorkflow/start-async?runId=X the stored row " +
      "of X is the city run's (one row per run id, on both). For failingWorkflow's runs/X real " +
      "Mastra then falls back to its live Run object and answers 200 with the object's internals " +
      "(workflowId, executionEngine, executionGraph with zod schemas, emitter, abortController, " +
      "retryConfig, serializedStepGraph) instead of a WorkflowRun; the fake has no row of X for " +
      "failingWorkflow and answers 404 'Workflow run not found'",
    why:
      "Mastra leaking its in-memory objects is a bug, not a wire contract: the body is no " +
      "WorkflowRun, differs with every Mastra internals change and cannot be reproduced faithfully; " +
      "the fake answers what it answers for any run it has no row of",
  },
];

/**
 * Every accepted difference between Mastra 1.x (core 1.71.0, server 1.69.0) and the fake's
 * generation "1.x", by scenario. Timing is not compared (e.g. 1.x takes about 2 s to refuse
 * `resume-async` of a run that never started, the fake answers at once; see the test-utils README).
 */
export const knownDifferences1x: readonly KnownDifference[] = [
  {
    scenario: "v1/time-travel-async",
    observations: [
      "timeTravelAsync to validate-city",
      "timeTravelAsync to approval with resumeData",
      "timeTravelAsync to add-one (after the sleep)",
    ],
    differs:
      "in a time-travel result some step records carry `payload` on real Mastra 1.x (the target " +
      "step when it succeeds on a run that had a record of it, and steps before the target whose " +
      "record came from an earlier time travel); the fake's results never carry `payload`, as in " +
      "every other 1.x result. Statuses, outputs, suspensions, results and errors agree",
    why:
      "the presence follows how Mastra merges its time-travel step preparation into the executed " +
      "record (harness/mastra-1.x/WIRE-NOTES.md, restart and time travel), which is not a " +
      "contract a client can rely on: the same step has it or not depending on the run's history; " +
      "`payload` is the step's input, which the caller of a time travel sent itself",
  },
];

/** The known differences of a server generation. */
export function knownDifferencesOf(generation: Generation): readonly KnownDifference[] {
  return generation === "1.x" ? knownDifferences1x : knownDifferences;
}
