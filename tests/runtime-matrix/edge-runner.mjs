// Runs the seed flow in Vercel's edge runtime (the npm package edge-runtime), the way it runs an
// Edge Function: the script bundle is the runtime's initial code, and one request is dispatched
// to its `fetch` listener. Usage: node edge-runner.mjs <edge-runtime dir> <bundle> <baseUrl>.
// Prints one line, `SEED_FLOW <json>`, and exits non-zero on failure.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const [packageDir, bundle, baseUrl] = process.argv.slice(2);
const { EdgeRuntime } = createRequire(join(packageDir, "package.json"))("edge-runtime");
const runtime = new EdgeRuntime({ initialCode: readFileSync(bundle, "utf8") });
const url = `http://edge.invalid/?baseUrl=${encodeURIComponent(baseUrl)}`;
const response = await runtime.dispatchFetch(url);
await response.waitUntil();
const outcome = JSON.parse(await response.text());
if ("report" in outcome) console.log(`SEED_FLOW ${JSON.stringify(outcome.report)}`);
else {
  console.error(outcome.error);
  process.exitCode = 1;
}
