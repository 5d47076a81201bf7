/**
 * Starts every server the seed-flow suite runs against ONCE per test run: real Mastra 0.10.15,
 * real Mastra 1.x, and the fake in both generations (listening, on a real clock, with the sample
 * workflows), and hands their base URLs to the tests through `inject("targets")`.
 */
import type { TestProject } from "vitest/node";
import { startMastra } from "../../harness/mastra-0.10/src/index.js";
import { startMastra1 } from "../../harness/mastra-1.x/src/index.js";
import { createFakeServer } from "@wfkit/test-utils";

/** The four targets: name → base URL. */
export type SeedTargets = Record<"fake 0.x" | "fake 1.x" | "real 0.10.15" | "real 1.x", string>;

declare module "vitest" {
  export interface ProvidedContext {
    targets: SeedTargets;
    /** Where bench/contenders.mjs installed `@mastra/client-js` 0.10.23 (on demand). */
    contendersDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // One after another: two real servers starting at once on a loaded 2-core machine are slow.
  const real0 = await startMastra({ timeoutMs: 120_000 });
  const real1 = await startMastra1({ timeoutMs: 120_000 });
  const fake0 = await createFakeServer({
    listen: true,
    clock: "real",
    mode: "mastra",
    compat: "0.10",
  });
  const fake1 = await createFakeServer({ listen: true, clock: "real", generation: "1.x" });
  const { installContenders } = await import("../../bench/contenders.mjs");
  project.provide("contendersDir", installContenders());
  project.provide("targets", {
    "fake 0.x": fake0.url,
    "fake 1.x": fake1.url,
    "real 0.10.15": real0.url,
    "real 1.x": real1.url,
  });
  return async () => {
    await Promise.all([real0.close(), real1.close(), fake0.close(), fake1.close()]);
  };
}
