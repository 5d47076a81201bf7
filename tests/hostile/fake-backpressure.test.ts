/**
 * Issue 11, finding 9: stream bodies have bounded per-client buffers. Clients that never read are
 * disconnected once they fall `maxStreamBufferBytes` behind, as a real server's socket would be,
 * and the server's heap stays bounded while they hold their responses.
 */
import { createFakeServer, type Workflow } from "@wfkit/test-utils";
import { describe, expect, it } from "vitest";
import { count, heapUsed } from "./fake-helpers.js";
import { bigWorkflow as bigWorkflowOf } from "./helpers/fake-attacks.js";

const WATCHERS = 40;
const STEPS = count(16, 40);
const BLOB = 32 * 1024;
const BUFFER = 256 * 1024;
const MB = 1024 * 1024;

const bigWorkflow = (measured: number[], gate?: Promise<void>): Workflow =>
  bigWorkflowOf(measured, gate, { steps: STEPS, blobBytes: BLOB });

/** Reads what is left of a body: how it ended. */
const ending = async (response: Response): Promise<string> => {
  try {
    await response.text();
    return "ended";
  } catch (error) {
    return String((error as Error).message);
  }
};

describe("per-client stream buffers", () => {
  it(`disconnects ${WATCHERS} 0.x watchers that never read, and keeps the heap bounded`, async () => {
    const measured: number[] = [];
    await using server = await createFakeServer({
      workflows: { big: bigWorkflow(measured) },
      maxStreamBufferBytes: BUFFER,
    });
    await server.fetch(`${server.url}/api/workflows/big/create-run?runId=r`, { method: "POST" });
    const before = await heapUsed();
    const watchers = await Promise.all(
      Array.from({ length: WATCHERS }, () =>
        server.fetch(`${server.url}/api/workflows/big/watch?runId=r`),
      ),
    );
    const res = await server.fetch(`${server.url}/api/workflows/big/start-async?runId=r`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ inputData: {} }),
    });
    expect((await res.json()).status).toBe("success");
    // Unbounded, the watchers would hold hundreds of MB by the last step (6.9 GB was measured).
    expect(measured[0]! - before).toBeLessThan(WATCHERS * (BUFFER + 2 * MB) * 0.5);
    const endings = await Promise.all(watchers.map(ending));
    expect(new Set(endings)).toEqual(
      new Set([expect.stringMatching(/fell more than 262144 bytes behind/)]),
    );
  });

  it(`disconnects ${WATCHERS} 1.x observers that never read, and keeps the heap bounded`, async () => {
    const measured: number[] = [];
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    await using server = await createFakeServer({
      generation: "1.x",
      workflows: { big: bigWorkflow(measured, gate) },
      maxStreamBufferBytes: BUFFER,
    });
    const base = `${server.url}/api/workflows/big`;
    await server.fetch(`${base}/create-run?runId=r`, { method: "POST" });
    const before = await heapUsed();
    const stream = await server.fetch(`${base}/stream?runId=r`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ inputData: {} }),
    });
    const reader = stream.text(); // one client that reads
    const observers = await Promise.all(
      Array.from({ length: WATCHERS }, () =>
        server.fetch(`${base}/observe?runId=r`, { method: "POST" }),
      ),
    );
    open();
    const text = await reader;
    expect(text).toContain('"workflowStatus":"success"');
    expect(measured[0]! - before).toBeLessThan(WATCHERS * BUFFER * 2);
    const endings = await Promise.all(observers.map(ending));
    expect(new Set(endings)).toEqual(
      new Set([expect.stringMatching(/fell more than 262144 bytes behind/)]),
    );
  });

  it("does not disconnect a client that keeps up", async () => {
    const measured: number[] = [];
    await using server = await createFakeServer({
      workflows: { big: bigWorkflow(measured) },
      maxStreamBufferBytes: BUFFER,
      mode: "sane",
    });
    await server.fetch(`${server.url}/api/workflows/big/create-run?runId=r`, { method: "POST" });
    const watch = await server.fetch(`${server.url}/api/workflows/big/watch?runId=r`);
    const reading = ending(watch);
    await server.fetch(`${server.url}/api/workflows/big/start-async?runId=r`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ inputData: {} }),
    });
    expect(await reading).toBe("ended");
  });
});
