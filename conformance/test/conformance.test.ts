/**
 * One suite, two servers: every scenario runs through @wfkit/client against real Mastra 0.10.15
 * (the harness) and the fake server, and the fake's normalised observations must equal real
 * Mastra's, except for the reviewed entries in `known-differences.ts`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareResults, staleKnownDifferences, type ScenarioComparison } from "../src/compare.js";
import { knownDifferences } from "../src/known-differences.js";
import { formatComparison, formatSummary } from "../src/report.js";
import { runScenario } from "../src/run.js";
import { scenarios } from "../src/scenarios/index.js";
import { createFakeTarget, createRealTarget } from "../src/targets.js";
import type { TargetConnection } from "../src/types.js";

let real: TargetConnection | undefined;
let fake: TargetConnection | undefined;
const comparisons: ScenarioComparison[] = [];

beforeAll(async () => {
  // Started once for the whole suite; both are closed even when the other failed to start.
  const started = await Promise.allSettled([
    createRealTarget().start(),
    createFakeTarget().start(),
  ]);
  real = started[0].status === "fulfilled" ? started[0].value : undefined;
  fake = started[1].status === "fulfilled" ? started[1].value : undefined;
  for (const outcome of started) if (outcome.status === "rejected") throw outcome.reason;
}, 60_000);

afterAll(async () => {
  await Promise.allSettled([real?.close(), fake?.close()]);
});

describe("the fake server behaves like real Mastra 0.10.15", () => {
  for (const scenario of scenarios) {
    it(
      scenario.id,
      async () => {
        const [expected, actual] = await Promise.all([
          runScenario(scenario, { name: "real", connection: real! }),
          runScenario(scenario, { name: "fake", connection: fake! }),
        ]);
        const comparison = compareResults(expected, actual, knownDifferences);
        comparisons.push(comparison);
        expect(comparison.skipped, "both targets can run every scenario").toBeUndefined();
        expect(expected.observations.length, "the scenario observed something").toBeGreaterThan(0);
        expect(comparison.unexplained.length, formatComparison(comparison)).toBe(0);
      },
      30_000,
    );
  }

  it("every known difference still occurs", () => {
    const stale = staleKnownDifferences(knownDifferences, comparisons);
    // The totals and any TEMPORARY differences, in the test output.
    console.info(formatSummary(comparisons, stale));
    expect(
      stale.map((entry) => `${entry.scenario}: ${entry.differs}`),
      "remove known differences that no longer differ",
    ).toEqual([]);
  });
});
