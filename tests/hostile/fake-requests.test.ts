/**
 * Issue 11, finding 10: `server.requests` keeps bodies only up to a bounded size (64 KiB by
 * default), 404s and 413s included.
 */
import { createFakeServer, type FakeServer } from "@wfkit/test-utils";
import { describe, expect, it } from "vitest";
import { heapUsed } from "./fake-helpers.js";

const KB = 1024;
const MB = 1024 * KB;

const post = (server: FakeServer, path: string, body: string) =>
  server.fetch(`${server.url}/api/workflows${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });

describe("server.requests", () => {
  it("keeps bodies up to 64 KiB by default and marks longer ones, 404s and 413s included", async () => {
    await using server = await createFakeServer({ bodyLimit: 512 * KB });
    const big = JSON.stringify({ inputData: { city: "é".repeat(300 * KB) } });
    expect((await post(server, "/testWorkflow/start-async", big)).status).toBe(413);
    const medium = JSON.stringify({ inputData: { city: "é".repeat(100 * KB) } });
    expect((await post(server, "/nowhere", medium)).status).toBe(404);
    expect((await post(server, "/testWorkflow/create-run", "{}")).status).toBe(200);
    const [tooLarge, notFound, small] = server.requests;
    for (const request of [tooLarge!, notFound!]) {
      expect(request.bodyTruncated).toBe(true);
      expect(new TextEncoder().encode(request.body).byteLength).toBeLessThanOrEqual(64 * KB);
      expect(request.body.startsWith('{"inputData":{"city":"éé')).toBe(true);
      // A character cut by the limit is left out, not garbled.
      expect(request.body).not.toContain("\uFFFD");
    }
    expect(notFound!.bodyBytes).toBe(new TextEncoder().encode(medium).byteLength);
    expect(tooLarge!.bodyBytes).toBeGreaterThan(512 * KB);
    expect(small).toMatchObject({ body: "{}", bodyTruncated: false, bodyBytes: 2 });
  });

  it("takes the kept size as an option, and records nothing with recordRequests: false", async () => {
    await using server = await createFakeServer({ recordRequests: { maxBodyBytes: 10 } });
    await post(server, "/testWorkflow/create-run", JSON.stringify({ resourceId: "abcdefghij" }));
    expect(server.requests[0]).toMatchObject({ body: '{"resource', bodyTruncated: true });
    await using quiet = await createFakeServer({ recordRequests: false });
    await post(quiet, "/testWorkflow/create-run", "{}");
    expect(quiet.requests).toEqual([]);
  });

  it("holds about 2 MB for thirty 2 MB bodies, not 60 MB", async () => {
    await using server = await createFakeServer({ bodyLimit: 4 * MB });
    const before = await heapUsed();
    const body = JSON.stringify({ inputData: "x".repeat(2 * MB) });
    for (let i = 0; i < 30; i++) await post(server, "/nowhere", body);
    expect(server.requests).toHaveLength(30);
    expect((await heapUsed()) - before).toBeLessThan(16 * MB);
  });
});
