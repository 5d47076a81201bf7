/**
 * Node and Bun entry of the seed flow: `<runtime> seed-flow.mjs <baseUrl>`. Prints one line,
 * `SEED_FLOW <json>`, and exits non-zero on failure.
 */
import { runSeedFlow } from "./seed-flow.js";

declare const process: { argv: string[]; exitCode?: number };

const baseUrl = process.argv[2];
try {
  if (baseUrl === undefined) throw new Error("usage: seed-flow.mjs <baseUrl>");
  const report = await runSeedFlow(baseUrl);
  console.log(`SEED_FLOW ${JSON.stringify(report)}`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
