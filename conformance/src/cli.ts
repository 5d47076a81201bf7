#!/usr/bin/env node
/**
 * Runs the conformance scenarios from the command line.
 *
 *   pnpm conformance --target=real|fake [--generation=0.x|1.x] [--url <baseUrl>] [--only <id-prefix>]...
 *
 * The target is started here (real: the Mastra 0.10.15 or 1.x harness; fake: @wfkit/test-utils), or, with
 * `--url`, a server that already runs is used (it must serve the sample workflows under their keys).
 * The other kind of server is started here as the reference, every scenario runs on both, and the
 * differences are printed. Exit code 1 when a difference is not in `known-differences.ts`.
 */
import { parseArgs } from "node:util";
import { compareResults, staleKnownDifferences, type ScenarioComparison } from "./compare.js";
import { knownDifferencesOf } from "./known-differences.js";
import { formatComparison, formatObservations, formatSummary } from "./report.js";
import { runScenario, scenariosFor } from "./run.js";
import { scenarios } from "./scenarios/index.js";
import { createFakeTarget, createRealTarget, createUrlTarget } from "./targets.js";
import type { Generation, ScenarioResult, Target, TargetConnection } from "./types.js";

const USAGE = `Usage: pnpm conformance --target=real|fake [options]

Runs every conformance scenario through @wfkit/client against the target and against the other
kind of server (started here), and prints where they differ.

Options:
  --target real|fake     the server under test (required)
  --generation 0.x|1.x   the server generation: Mastra 0.10.15 (default) or Mastra 1.x (the real
                         1.x server runs on Node 22, found in .matrix/node22 or fetched once)
  --url <baseUrl>        use a server that already runs instead of starting one, e.g.
                         http://localhost:4111 (it must serve testWorkflow, failingWorkflow and
                         pipelineWorkflow; scenarios that crash Mastra 0.10 are skipped)
  --only <prefix>        run only scenarios whose id starts with <prefix> (repeatable)
  --allow-destructive    with --url: also run the scenarios that kill a Mastra 0.10 server
  --verbose, -v          print every observation of the target
  --json                 print the observations and comparisons as JSON
  --log                  copy the real server's output to stderr
  --list                 list the scenarios and exit
  --help, -h             show this help
`;

const fail = (message: string): never => {
  process.stderr.write(`${message}\n\n${USAGE}`);
  process.exit(2);
};

const parsed = (() => {
  try {
    return parseArgs({
      options: {
        target: { type: "string" },
        generation: { type: "string", default: "0.x" },
        url: { type: "string" },
        only: { type: "string", multiple: true },
        "allow-destructive": { type: "boolean", default: false },
        verbose: { type: "boolean", short: "v", default: false },
        json: { type: "boolean", default: false },
        log: { type: "boolean", default: false },
        list: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();

if (parsed.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

const selected = scenarios.filter(
  (s) => !parsed.only || parsed.only.some((prefix) => s.id.startsWith(prefix)),
);
if (parsed.list) {
  for (const s of selected) {
    const notIn = Object.entries(s.notIn ?? {}).map(([g, why]) => `  [not on ${g}: ${why}]`);
    process.stdout.write(`${s.id}  ${s.title}${notIn.join("")}\n`);
  }
  process.exit(0);
}
if (parsed.target !== "real" && parsed.target !== "fake") {
  fail(`--target must be "real" or "fake", got ${JSON.stringify(parsed.target)}.`);
}
if (parsed.generation !== "0.x" && parsed.generation !== "1.x") {
  fail(`--generation must be "0.x" or "1.x", got ${JSON.stringify(parsed.generation)}.`);
}
if (parsed.url !== undefined && !URL.canParse(parsed.url)) {
  fail(
    `--url must be an absolute URL such as http://localhost:4111, got ${JSON.stringify(parsed.url)}.`,
  );
}
if (selected.length === 0) fail(`No scenario id starts with ${parsed.only?.join(" or ")}.`);

const targetName = parsed.target as "real" | "fake";
const generation = parsed.generation as Generation;
const { applicable, notApplicable } = scenariosFor(selected, generation);
const known = knownDifferencesOf(generation);
const local = (name: "real" | "fake"): Target =>
  name === "real"
    ? createRealTarget({ generation, log: parsed.log })
    : createFakeTarget({ generation });
const subject =
  parsed.url === undefined ? local(targetName) : createUrlTarget(targetName, parsed.url);
const reference = local(targetName === "real" ? "fake" : "real");

const connections: TargetConnection[] = [];
const closeAll = () => Promise.allSettled(connections.map((c) => c.close()));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void closeAll().then(() => process.exit(130));
  });
}

const main = async (): Promise<number> => {
  const started = await Promise.allSettled([subject.start(), reference.start()]);
  for (const outcome of started)
    if (outcome.status === "fulfilled") connections.push(outcome.value);
  for (const outcome of started) if (outcome.status === "rejected") throw outcome.reason;
  const [subjectConnection, referenceConnection] = connections as [
    TargetConnection,
    TargetConnection,
  ];
  const sides = {
    [subject.name]: { name: subject.name, connection: subjectConnection },
    [reference.name]: { name: reference.name, connection: referenceConnection },
  };
  const options = { generation, allowDestructive: parsed["allow-destructive"] };

  const results: { real: ScenarioResult; fake: ScenarioResult }[] = [];
  const comparisons: ScenarioComparison[] = [];
  const begin = Date.now();
  if (!parsed.json) {
    process.stdout.write(
      `${applicable.length} of ${selected.length} scenarios apply to ${generation}` +
        (notApplicable.length > 0 ? `; not on ${generation}:` : "") +
        "\n",
    );
    for (const { scenario, why } of notApplicable)
      process.stdout.write(`- ${scenario.id}: ${why}\n`);
  }
  for (const scenario of applicable) {
    const [real, fake] = await Promise.all([
      runScenario(scenario, sides.real!, options),
      runScenario(scenario, sides.fake!, options),
    ]);
    const comparison = compareResults(real, fake, known);
    results.push({ real, fake });
    comparisons.push(comparison);
    if (!parsed.json) {
      if (parsed.verbose)
        process.stdout.write(`${formatObservations(targetName === "real" ? real : fake)}\n`);
      process.stdout.write(`${formatComparison(comparison)}\n`);
    }
  }
  const stale = staleKnownDifferences(known, comparisons);
  if (parsed.json) {
    process.stdout.write(
      `${JSON.stringify(
        {
          target: targetName,
          generation,
          url: parsed.url,
          notApplicable: notApplicable.map(({ scenario, why }) => ({ scenario: scenario.id, why })),
          results,
          comparisons,
          stale,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    process.stdout.write(
      `\n${generation}: ${formatSummary(comparisons, stale)} in ${Date.now() - begin} ms\n`,
    );
  }
  return comparisons.some((c) => c.unexplained.length > 0) ? 1 : 0;
};

main().then(
  async (code) => {
    await closeAll();
    process.exit(code);
  },
  async (error: unknown) => {
    await closeAll();
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(2);
  },
);
