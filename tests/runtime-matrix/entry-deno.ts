/**
 * Deno entry of the seed flow: `deno run --allow-net=127.0.0.1 seed-flow.mjs <baseUrl>`. Prints
 * one line, `SEED_FLOW <json>`, and exits non-zero on failure. Only `Deno.args` and
 * `Deno.exitCode`: no Node compatibility layer.
 */
import { runSeedFlow } from "./seed-flow.js";

declare const Deno: { args: string[]; exitCode: number };

const baseUrl = Deno.args[0];
try {
  if (baseUrl === undefined) throw new Error("usage: seed-flow.deno.mjs <baseUrl>");
  const report = await runSeedFlow(baseUrl);
  console.log(`SEED_FLOW ${JSON.stringify(report)}`);
} catch (error) {
  console.error(error);
  Deno.exitCode = 1;
}
