// Bundled by pack-check.mjs into a scratch project where only the packed tarballs are installed
// (@wfkit/* stay imports, resolved from the scratch project's node_modules): the runtime matrix's
// seed flow, run against the installed fake server over real HTTP, with the installed client.
import { deepStrictEqual } from "node:assert";
import { createFakeServer } from "@wfkit/test-utils";
import { EXPECTED_SEED_FLOW, runSeedFlow } from "../tests/runtime-matrix/seed-flow.ts";

const server = await createFakeServer({ listen: true, clock: "real" });
try {
  const report = await runSeedFlow(server.url);
  deepStrictEqual(report, EXPECTED_SEED_FLOW);
  console.log(`smoke (ESM): the seed flow passes (${report.followedStatuses.join(" → ")})`);
} finally {
  await server.close();
}
