/**
 * Issue 11, finding 11: the in-process fake does not keep memory per request. Flat over 50,000
 * requests under `pnpm test:soak` (8,000 in `pnpm check`), measured after forced collections.
 */
import { createFakeServer, type ServerGeneration } from "@wfkit/test-utils";
import { describe, expect, it } from "vitest";
import { count, heapUsed } from "./fake-helpers.js";
import { post, requestBatch } from "./helpers/fake-attacks.js";

/** Requests per measured half: 2 × 4,000 in `pnpm check`, 2 × 25,000 under `pnpm test:soak`. */
const HALF = count(4_000, 25_000);

describe.each<ServerGeneration>(["0.x", "1.x"])("the in-process fake (%s)", (generation) => {
  it(`keeps memory flat over ${2 * HALF} requests: the second ${HALF} add under 256 KB`, async () => {
    await using server = await createFakeServer({ generation, recordRequests: false });
    await post(server, "/testWorkflow/create-run?runId=kept", "{}");
    const batch = (n: number) => requestBatch(server, n);
    await batch(1_000); // warm up: compiled code, caches, validators
    await batch(HALF);
    const middle = await heapUsed();
    await batch(HALF);
    const grown = (await heapUsed()) - middle;
    // Measured here: about 40 KB per 4,000 requests (noise). A per-request leak of the size the
    // issue reports (3.2 KB) would add 12.8 MB.
    expect(grown).toBeLessThan(256 * 1024);
  });
});
