import { describe, expect, it } from "vitest";
import {
  createRun,
  call,
  decodeWatch,
  openWatch,
  settlesWhileIdle,
  startAsync,
  startServer,
} from "./helpers.js";

describe("fault injection", () => {
  it("fails the next N matching requests with a status and Retry-After, then recovers", async () => {
    const server = await startServer({
      faults: [
        {
          type: "fail",
          times: 2,
          status: 503,
          retryAfter: 2,
          match: { method: "GET", operationId: "listWorkflows" },
        },
      ],
    });
    const first = await call(server, "GET", "");
    expect(first).toMatchObject({ status: 503, body: { error: "Injected fault" } });
    expect(first.headers.get("retry-after")).toBe("2");
    expect((await call(server, "GET", "/testWorkflow")).status).toBe(200); // not matched, not consumed
    expect((await call(server, "GET", "")).status).toBe(503);
    expect((await call(server, "GET", "")).status).toBe(200);
  });

  it("inject() at runtime, matching by route or path, with a custom body; clear() removes it", async () => {
    const server = await startServer();
    const fault = server.inject({
      type: "fail",
      times: Number.POSITIVE_INFINITY,
      status: 429,
      body: { error: "slow down" },
      match: { route: "POST /workflows/{workflowId}/create-run" },
    });
    expect(await call(server, "POST", "/testWorkflow/create-run")).toMatchObject({
      status: 429,
      body: { error: "slow down" },
    });
    expect(fault.fired).toBe(1);
    fault.clear();
    expect((await call(server, "POST", "/testWorkflow/create-run")).status).toBe(200);
    server.inject({ type: "fail", status: 500, match: { path: /\/runs$/ } });
    expect((await call(server, "GET", "/testWorkflow/runs")).status).toBe(500);
    server.inject({ type: "fail", status: 502 });
    server.clearFaults();
    expect((await call(server, "GET", "")).status).toBe(200);
  });

  it("adds latency on the server clock", async () => {
    const server = await startServer({ faults: [{ type: "latency", ms: 200, times: 1 }] });
    let done = false;
    const pending = call(server, "GET", "").then((r) => ((done = true), r));
    await server.clock.advance(199);
    expect(done).toBe(false);
    await server.clock.advance(1);
    expect((await pending).status).toBe(200);
    expect(done).toBe(true);
    expect((await call(server, "GET", "")).status).toBe(200); // used up
  });

  it("drops a watch connection after K records", async () => {
    const server = await startServer({ faults: [{ type: "drop-watch", afterRecords: 2 }] });
    const runId = await createRun(server, "testWorkflow");
    const res = await openWatch(server, "testWorkflow", runId);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = "";
    const reading = (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return "ended";
        text += value;
      }
    })();
    await startAsync(server, "testWorkflow", runId, { city: "Paris" });
    await expect(reading).rejects.toThrow(/dropped/);
    expect(decodeWatch(text)).toHaveLength(2);
  });

  it("stalls a watch: no records after K and the body never ends", async () => {
    const server = await startServer({ faults: [{ type: "stall-watch", afterRecords: 1 }] });
    const runId = await createRun(server, "testWorkflow");
    const controller = new AbortController();
    const res = await openWatch(server, "testWorkflow", runId, { signal: controller.signal });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    await startAsync(server, "testWorkflow", runId, { city: "Paris" });
    const first = await reader.read();
    expect(decodeWatch(first.value ?? "")).toHaveLength(1);
    expect(await settlesWhileIdle(reader.read())).toBe("open");
    controller.abort();
  });

  it("sends a truncated record (cut in half, still terminated), then carries on", async () => {
    const server = await startServer({ faults: [{ type: "truncate-record", record: 1 }] });
    const runId = await createRun(server, "testWorkflow");
    const body = openWatch(server, "testWorkflow", runId).then((r) => r.text());
    await startAsync(server, "testWorkflow", runId, { city: "Paris" });
    const pieces = (await body).split("\u001e").filter(Boolean);
    expect(pieces).toHaveLength(5);
    expect(() => JSON.parse(pieces[1]!)).toThrow(SyntaxError);
    expect(decodeWatch([pieces[0], pieces[2], pieces[3], pieces[4]].join("\u001e"))).toHaveLength(
      4,
    );
  });

  it("truncates a record and closes the body mid-record with thenClose", async () => {
    const server = await startServer({
      faults: [{ type: "truncate-record", record: 0, thenClose: true }],
    });
    const runId = await createRun(server, "testWorkflow");
    const body = openWatch(server, "testWorkflow", runId).then((r) => r.text());
    await startAsync(server, "testWorkflow", runId, { city: "Paris" });
    const text = await body;
    expect(text.length).toBeGreaterThan(10);
    expect(text).not.toContain("\u001e");
  });

  it("buffers all records and sends them in one chunk at the end", async () => {
    const server = await startServer({ faults: [{ type: "buffer-watch" }] });
    const runId = await createRun(server, "testWorkflow");
    const res = await openWatch(server, "testWorkflow", runId);
    const reader = res.body!.getReader();
    const chunks: Uint8Array[] = [];
    const reading = (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        chunks.push(value);
      }
    })();
    await startAsync(server, "testWorkflow", runId, { city: "Paris" });
    await reading;
    expect(chunks).toHaveLength(1);
    expect(decodeWatch(new TextDecoder().decode(chunks[0]))).toHaveLength(5);
  });

  it("watch faults only touch watch requests", async () => {
    const server = await startServer({
      faults: [{ type: "drop-watch", afterRecords: 0, times: 1 }],
    });
    expect((await call(server, "GET", "")).status).toBe(200);
    const runId = await createRun(server, "testWorkflow");
    const res = await openWatch(server, "testWorkflow", runId);
    const reading = res.text();
    await startAsync(server, "testWorkflow", runId, { city: "AUTO" });
    await expect(reading).rejects.toThrow(/dropped/);
  });
});
