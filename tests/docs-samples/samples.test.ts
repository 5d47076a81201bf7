/**
 * Every ```ts block of README.md and packages/*\/README.md, verbatim: each type-checks as its own
 * program, and each marked `<!-- sample: run -->` runs against the fake server (see extract.ts for
 * the markers). A sample that imports `vitest` is a test file: its tests run here.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createFakeServer } from "@wfkit/test-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findSamples, type Sample } from "./extract.js";
import { redirectDefaultServer } from "./redirect.js";
import { createSampleChecker } from "./typecheck.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "../..");
const generated = join(here, ".samples");
const samples = findSamples(root);
const check = createSampleChecker(join(here, "tsconfig.json"), generated);

/** A file name for a sample: `packages-client-README-md-16`. */
const nameOf = (sample: Sample, suffix = ""): string =>
  `${sample.id.replace(/[^A-Za-z0-9]+/g, "-")}${suffix}`;

/** Prefixes a failure of a sample written for a change that has not landed yet. */
const explain = async (sample: Sample, body: () => Promise<void>): Promise<void> => {
  try {
    await body();
  } catch (error) {
    if (sample.needs === undefined) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `${sample.id} is written for "${sample.needs}", which this branch does not have yet: ${reason}`,
      { cause: error },
    );
  }
};

rmSync(generated, { recursive: true, force: true });
mkdirSync(generated, { recursive: true });
afterAll(() => rmSync(generated, { recursive: true, force: true }));

// The first program parses the libraries and every package's sources; the later ones reuse them.
// Doing that here keeps each sample's own check well within the test timeout on a busy machine.
beforeAll(() => {
  const imports = ["@wfkit/client", "@wfkit/watch", "@wfkit/test-utils", "vitest"];
  const warmUp: Sample = {
    id: "warm-up",
    file: "warm-up",
    firstLine: 1,
    code: imports.map((name) => `import "${name}";`).join("\n"),
    kind: "program",
    generations: [],
    prelude: "",
    compileErrorLines: [],
  };
  check(warmUp, "warm-up");
}, 180_000);

it("finds the samples of every README, some of them runnable", () => {
  expect(samples.map((s) => s.file)).toContain("README.md");
  expect(samples.some((s) => s.kind === "run")).toBe(true);
});

describe.each(samples.map((sample) => [sample.id, sample] as const))("%s", (_, sample) => {
  it(`type-checks (${sample.kind}${sample.compileErrorLines.length > 0 ? ", with its compile errors" : ""})`, () =>
    explain(sample, async () => {
      const diagnostics = check(sample, nameOf(sample));
      const where = (d: (typeof diagnostics)[number]) =>
        `${d.readmeLine === undefined ? `${sample.id} (hidden lines)` : `${sample.file}:${d.readmeLine}`} ${d.message}`;
      const unexpected = diagnostics.filter((d) => !sample.compileErrorLines.includes(d.codeLine));
      expect(unexpected.map(where)).toEqual([]);
      // Each line the README says is a compile error is one.
      const failing = new Set(diagnostics.map((d) => d.codeLine));
      const missing = sample.compileErrorLines.filter((line) => !failing.has(line));
      expect(missing.map((line) => `${sample.file}:${sample.firstLine + line} compiles`)).toEqual(
        [],
      );
    }));
});

const isTestFile = (sample: Sample): boolean => /from\s+["']vitest["']/.test(sample.code);
const runnable = samples.filter((sample) => sample.kind === "run");

// A test file: its tests are collected into this suite and run by this runner.
describe.each(runnable.filter(isTestFile).map((s) => [s.id, s] as const))("%s", (_, sample) => {
  describe("runs its tests", async () => {
    const file = join(generated, `${nameOf(sample)}.ts`);
    writeFileSync(file, sample.code);
    await import(/* @vite-ignore */ pathToFileURL(file).href);
  });
});

const scripts = runnable
  .filter((sample) => !isTestFile(sample))
  .flatMap((sample) =>
    sample.generations.map((generation) => [sample.id, generation, sample] as const),
  );

describe.each(scripts)("%s", (_, generation, sample) => {
  it(`runs against the fake ${generation} server (calls to localhost:4111 reach it)`, async () => {
    const file = join(generated, `${nameOf(sample, `-${generation}`)}.ts`);
    writeFileSync(file, sample.code);
    await using server = await createFakeServer({ listen: true, clock: "real", generation });
    const redirect = redirectDefaultServer(server.url);
    try {
      await explain(sample, () => import(/* @vite-ignore */ pathToFileURL(file).href));
    } finally {
      redirect.restore();
    }
    // The sample reached the server, and nothing went wrong in it behind the answers.
    expect(server.requests.length).toBeGreaterThan(0);
    expect(server.backgroundErrors).toEqual([]);
  });
});
