/**
 * One suite, four servers: every scenario runs through @wfkit/client against real Mastra 0.10.15
 * and the fake in 0.x mode, and against real Mastra 1.x (on Node 22) and the fake in 1.x mode. The
 * fake's normalised observations must equal real Mastra's, except for the reviewed entries of its
 * generation in `known-differences.ts`. The two generations run side by side; within one, the
 * scenarios run one after another (a real 0.10 server restarts after the scenarios that crash it).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareResults, staleKnownDifferences, type ScenarioComparison } from "../src/compare.js";
import { knownDifferencesOf } from "../src/known-differences.js";
import { formatComparison, formatSummary } from "../src/report.js";
import { runScenario, scenariosFor } from "../src/run.js";
import { scenarios } from "../src/scenarios/index.js";
import { createFakeTarget, createRealTarget } from "../src/targets.js";
import type { Generation, TargetConnection } from "../src/types.js";

/** Real Mastra 1.x may first fetch Node 22 from the npm registry (once per machine). */
const START_TIMEOUT_MS = 180_000;

const generations: { generation: Generation; real: string }[] = [
  { generation: "0.x", real: "real Mastra 0.10.15" },
  { generation: "1.x", real: "real Mastra 1.x" },
];

for (const { generation, real: realName } of generations) {
  // The two generations' suites run concurrently; the tests inside each run in sequence.
  describe(`the fake (${generation}) behaves like ${realName}`, { concurrent: true }, () => {
    const known = knownDifferencesOf(generation);
    const { applicable, notApplicable } = scenariosFor(scenarios, generation);
    let real: TargetConnection | undefined;
    let fake: TargetConnection | undefined;
    const comparisons: ScenarioComparison[] = [];

    beforeAll(async () => {
      // Started once per generation; both are closed even when the other failed to start.
      const started = await Promise.allSettled([
        createRealTarget({ generation }).start(),
        createFakeTarget({ generation }).start(),
      ]);
      real = started[0].status === "fulfilled" ? started[0].value : undefined;
      fake = started[1].status === "fulfilled" ? started[1].value : undefined;
      for (const outcome of started) if (outcome.status === "rejected") throw outcome.reason;
    }, START_TIMEOUT_MS);

    afterAll(async () => {
      await Promise.allSettled([real?.close(), fake?.close()]);
    });

    for (const scenario of applicable) {
      it.sequential(
        `${scenario.id}`,
        async () => {
          const options = { generation };
          const [expected, actual] = await Promise.all([
            runScenario(scenario, { name: "real", connection: real! }, options),
            runScenario(scenario, { name: "fake", connection: fake! }, options),
          ]);
          const comparison = compareResults(expected, actual, known);
          comparisons.push(comparison);
          expect(comparison.skipped, "both targets can run every scenario").toBeUndefined();
          expect(expected.observations.length, "the scenario observed something").toBeGreaterThan(
            0,
          );
          expect(comparison.unexplained.length, formatComparison(comparison)).toBe(0);
        },
        30_000,
      );
    }

    // Reported, with the reason, as not applicable to this generation.
    for (const { scenario, why } of notApplicable) {
      // oxlint-disable-next-line vitest/no-disabled-tests -- listed as skipped on purpose, with the reason
      it.skip(`${scenario.id} — not on ${generation}: ${why}`, () => {});
    }

    it.sequential("every known difference still occurs", () => {
      const stale = staleKnownDifferences(known, comparisons);
      // The counts and any TEMPORARY differences, in the test output.
      console.info(
        [
          `${generation}: ${applicable.length} of ${scenarios.length} scenarios apply ` +
            `(${notApplicable.length} not on ${generation}); ${formatSummary(comparisons, stale)}`,
          ...notApplicable.map(
            ({ scenario, why }) => `  not on ${generation}: ${scenario.id} — ${why}`,
          ),
        ].join("\n"),
      );
      expect(
        stale.map((entry) => `${entry.scenario}: ${entry.differs}`),
        "remove known differences that no longer differ",
      ).toEqual([]);
    });
  });
}
