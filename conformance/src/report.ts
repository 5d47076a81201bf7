import type { ObservationMismatch, ScenarioComparison } from "./compare.js";
import type { KnownDifference } from "./known-differences.js";
import type { Normalised } from "./normalise.js";
import type { ScenarioResult } from "./types.js";

const MAX_VALUE_CHARS = 400;
const MAX_DIFFERENCES = 12;

const show = (value: Normalised | undefined) => {
  if (value === undefined) return "(absent)";
  const text = JSON.stringify(value);
  return text.length > MAX_VALUE_CHARS
    ? `${text.slice(0, MAX_VALUE_CHARS)}… (${text.length} chars)`
    : text;
};

/** One mismatch as text: the label, then each differing path with both values. */
export function formatMismatch(
  mismatch: ObservationMismatch,
  names: { expected: string; actual: string },
): string {
  const lines = [`  ✗ ${mismatch.label}${mismatch.known ? " (known difference)" : ""}`];
  const width = Math.max(names.expected.length, names.actual.length);
  for (const difference of mismatch.differences.slice(0, MAX_DIFFERENCES)) {
    lines.push(`      at ${difference.path}`);
    lines.push(`        ${names.expected.padEnd(width)}: ${show(difference.expected)}`);
    lines.push(`        ${names.actual.padEnd(width)}: ${show(difference.actual)}`);
  }
  if (mismatch.differences.length > MAX_DIFFERENCES) {
    lines.push(`      … and ${mismatch.differences.length - MAX_DIFFERENCES} more differences`);
  }
  if (mismatch.known) {
    lines.push(`      known: ${mismatch.known.differs}`);
    lines.push(
      `      why:   ${mismatch.known.why}${mismatch.known.temporary ? " [TEMPORARY]" : ""}`,
    );
  }
  return lines.join("\n");
}

/** One scenario's comparison as text. */
export function formatComparison(comparison: ScenarioComparison): string {
  const names = { expected: comparison.expectedTarget, actual: comparison.actualTarget };
  if (comparison.skipped !== undefined)
    return `- ${comparison.scenarioId}: skipped (${comparison.skipped})`;
  const head =
    comparison.unexplained.length > 0
      ? `✗ ${comparison.scenarioId}: ${comparison.unexplained.length} of ${comparison.agreed + comparison.mismatches.length} observations differ`
      : `✓ ${comparison.scenarioId}: ${comparison.agreed} observations agree${comparison.mismatches.length > 0 ? `, ${comparison.mismatches.length} known difference(s)` : ""}`;
  return [head, ...comparison.mismatches.map((m) => formatMismatch(m, names))].join("\n");
}

/** Every observation of one scenario on one target, as text. */
export function formatObservations(result: ScenarioResult): string {
  if (result.skipped !== undefined) return `## ${result.scenarioId}: skipped (${result.skipped})`;
  return [
    `## ${result.scenarioId} (${result.durationMs} ms)`,
    ...result.observations.map((o) => `  ${o.label}: ${JSON.stringify(o.value)}`),
  ].join("\n");
}

/** The closing summary: totals, temporary differences and stale entries. */
export function formatSummary(
  comparisons: readonly ScenarioComparison[],
  stale: readonly KnownDifference[],
): string {
  const ran = comparisons.filter((c) => c.skipped === undefined);
  const failed = ran.filter((c) => c.unexplained.length > 0);
  const observations = ran.reduce((n, c) => n + c.agreed + c.mismatches.length, 0);
  const known = ran.reduce((n, c) => n + c.mismatches.filter((m) => m.known).length, 0);
  const temporary = ran.flatMap((c) => c.mismatches.filter((m) => m.known?.temporary));
  const lines = [
    `${ran.length} scenarios compared (${comparisons.length - ran.length} skipped), ${observations} observations: ` +
      `${failed.length} scenarios with unexplained differences, ${known} known differences` +
      (temporary.length > 0 ? ` (${temporary.length} TEMPORARY)` : ""),
  ];
  for (const entry of stale) {
    lines.push(`stale known difference (no longer differs): ${entry.scenario} — ${entry.differs}`);
  }
  return lines.join("\n");
}
