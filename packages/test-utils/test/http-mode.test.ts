import { describe, expect, it, vi } from "vitest";
import { createFakeServer } from "../src/index.js";
import {
  createRun,
  call,
  decodeWatch,
  openWatch,
  settlesWhileIdle,
  startAsync,
  startServer,
} from "./helpers.js";

describe("real HTTP mode", () => {
  it("listens on 127.0.0.1 on a free port and serves the same routes", async () => {
    const server = await startServer({ listen: true });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/api/workflows/testWorkflow`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { name: string }).name).toBe("city-workflow");
    const notFound = await fetch(`${server.url}/api/nothing`);
    expect(notFound.status).toBe(404);
    expect(await notFound.text()).toBe("404 Not Found");
  });

  it("streams watch records over the socket as they happen (chunked)", async () => {
    const server = await startServer({ listen: true });
    const runId = await createRun(server, "testWorkflow");
    const res = await fetch(`${server.url}/api/workflows/testWorkflow/watch?runId=${runId}`);
    expect(res.headers.get("transfer-encoding")).toBe("chunked");
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    const started = fetch(`${server.url}/api/workflows/testWorkflow/start-async?runId=${runId}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ inputData: { city: "SLOW" } }),
    });
    const first = await reader.read();
    expect(decodeWatch(first.value!)[0].payload.currentStep).toMatchObject({
      id: "validate-city",
      status: "running",
    });
    await server.clock.advance(1_000);
    expect(((await (await started).json()) as { status: string }).status).toBe("suspended");
    let rest = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      rest += value;
    }
    expect(decodeWatch(rest).at(-1).payload.workflowState.status).toBe("suspended");
  });

  it("reads request bodies over the socket, and server.fetch works in this mode", async () => {
    const server = await startServer({ listen: true });
    const runId = await createRun(server, "testWorkflow");
    const res = await startAsync(server, "testWorkflow", runId, { city: "AUTO" });
    expect(res.body.result).toEqual({ summary: "AUTO: approved", approved: true });
  });

  it("unsubscribes a watch when the client disconnects", async () => {
    const server = await startServer({ listen: true });
    const runId = await createRun(server, "testWorkflow");
    await startAsync(server, "testWorkflow", runId, { city: "Paris" });
    const controller = new AbortController();
    const res = await fetch(`${server.url}/api/workflows/testWorkflow/watch?runId=${runId}`, {
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    expect(await settlesWhileIdle(res.body!.getReader().read())).toBe("open");
    expect(server.runs.watchers("testWorkflow", runId)).toBe(1);
    controller.abort();
    // The socket's close reaches the server in its own time: wait for that event, not a delay.
    await vi.waitFor(() => expect(server.runs.watchers("testWorkflow", runId)).toBe(0));
    // The server keeps serving after the disconnect.
    expect((await call(server, "GET", "")).status).toBe(200);
  });

  it("cuts the socket on an injected dropped watch", async () => {
    const server = await startServer({
      listen: true,
      faults: [{ type: "drop-watch", afterRecords: 1 }],
    });
    const runId = await createRun(server, "testWorkflow");
    const res = await openWatch(server, "testWorkflow", runId);
    const body = res.text();
    await startAsync(server, "testWorkflow", runId, { city: "Paris" });
    await expect(body).rejects.toThrow(TypeError);
  });

  it("binds a given port and frees it on close (await using)", async () => {
    let port: number;
    {
      await using first = await createFakeServer({ listen: true });
      port = Number(new URL(first.url).port);
    }
    await using second = await createFakeServer({ listen: true, port });
    expect(second.url).toBe(`http://127.0.0.1:${port}`);
    expect((await fetch(`${second.url}/api/workflows`)).status).toBe(200);
  });

  it("in-process mode needs no socket and refuses requests after close", async () => {
    const server = await createFakeServer();
    expect(server.url).toBe("http://fake.mastra");
    expect((await server.fetch("/api/workflows")).status).toBe(200);
    expect((await server.fetch(new URL("http://fake.mastra/api/workflows"))).status).toBe(200);
    expect((await server.fetch(new Request("http://fake.mastra/api/workflows"))).status).toBe(200);
    await server.close();
    await expect(server.fetch("/api/workflows")).rejects.toThrow(TypeError);
  });

  it("close() ends open in-process watches", async () => {
    const server = await createFakeServer();
    const runId = await createRun(server, "testWorkflow");
    const body = openWatch(server, "testWorkflow", runId).then((r) => r.text());
    await server.close();
    await expect(body).rejects.toThrow("The client disconnected");
  });
});
