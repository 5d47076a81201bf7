import { diffValues, type ValueDifference } from "./diff.js";
import type { KnownDifference } from "./known-differences.js";
import type { Normalised } from "./normalise.js";
import type { ScenarioResult } from "./types.js";

/** One observation that differs between the reference and the other target. */
export interface ObservationMismatch {
  label: string;
  /** The reference target's value (`undefined`: it made no such observation). */
  expected: Normalised | undefined;
  /** The other target's value. */
  actual: Normalised | undefined;
  differences: ValueDifference[];
  /** The reviewed entry that explains this mismatch, if any. */
  known?: KnownDifference;
}

/** How one scenario compared. */
export interface ScenarioComparison {
  scenarioId: string;
  expectedTarget: string;
  actualTarget: string;
  /** Set when either side did not run the scenario. */
  skipped?: string;
  /** Observations both sides agree on. */
  agreed: number;
  mismatches: ObservationMismatch[];
  /** Mismatches no known difference explains: these fail the suite. */
  unexplained: ObservationMismatch[];
}

/** True when `entry` covers observation `label` of scenario `scenarioId`. */
export function coversObservation(
  entry: KnownDifference,
  scenarioId: string,
  label: string,
): boolean {
  if (entry.scenario !== scenarioId) return false;
  return entry.observations.some((pattern) =>
    pattern.endsWith("*") ? label.startsWith(pattern.slice(0, -1)) : pattern === label,
  );
}

/**
 * Compares the observations of one scenario on two targets, label by label.
 *
 * @param expected - the reference (real Mastra)
 * @param actual - the target that must behave like it (the fake)
 */
export function compareResults(
  expected: ScenarioResult,
  actual: ScenarioResult,
  knownDifferences: readonly KnownDifference[] = [],
): ScenarioComparison {
  const base = {
    scenarioId: expected.scenarioId,
    expectedTarget: expected.target,
    actualTarget: actual.target,
  };
  const skipped = expected.skipped ?? actual.skipped;
  if (skipped !== undefined)
    return { ...base, skipped, agreed: 0, mismatches: [], unexplained: [] };

  const byLabel = (result: ScenarioResult) =>
    new Map(result.observations.map((o) => [o.label, o.value] as const));
  const left = byLabel(expected);
  const right = byLabel(actual);
  const labels = [...new Set([...left.keys(), ...right.keys()])];
  const mismatches: ObservationMismatch[] = [];
  let agreed = 0;
  for (const label of labels) {
    const differences = diffValues(left.get(label), right.get(label));
    if (differences.length === 0) {
      agreed++;
      continue;
    }
    const known = knownDifferences.find((entry) =>
      coversObservation(entry, expected.scenarioId, label),
    );
    mismatches.push({
      label,
      expected: left.get(label),
      actual: right.get(label),
      differences,
      ...(known ? { known } : {}),
    });
  }
  return { ...base, agreed, mismatches, unexplained: mismatches.filter((m) => !m.known) };
}

/** Known differences that no comparison needed: the list must stay truthful. */
export function staleKnownDifferences(
  knownDifferences: readonly KnownDifference[],
  comparisons: readonly ScenarioComparison[],
): KnownDifference[] {
  const ran = new Set(comparisons.filter((c) => c.skipped === undefined).map((c) => c.scenarioId));
  const used = new Set(
    comparisons.flatMap((c) => c.mismatches.flatMap((m) => (m.known ? [m.known] : []))),
  );
  return knownDifferences.filter((entry) => ran.has(entry.scenario) && !used.has(entry));
}
