import { defaultPathSerializer } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { MastraClient } from "@wfkit/client";
import { createWireFetch, json } from "./helpers/wire.js";

const info = {
  name: "city-workflow",
  steps: {},
  allSteps: {},
  stepGraph: [],
  inputSchema: '{"json":{"type":"object"}}',
};

function setup(body: unknown = { message: "ok" }, baseUrl = "http://mastra.test:4111/") {
  const wire = createWireFetch(() => json(body));
  // The 0.x wire exactly, without the generation detection (see protocol-v1 and detect tests).
  const client = new MastraClient({
    baseUrl,
    fetch: wire.fetch,
    headers: { "x-app": "demo" },
    protocol: "v0",
  });
  return { wire, client, workflow: client.getWorkflow("testWorkflow") };
}

describe("the wire of every method", () => {
  it("getWorkflows: GET /api/workflows, no body, the map keyed by registration key", async () => {
    const { wire, client } = setup({ testWorkflow: info });
    const workflows = await client.getWorkflows();
    expect(workflows.testWorkflow?.name).toBe("city-workflow");
    expect(wire.calls).toMatchObject([{ method: "GET", path: "/api/workflows", query: {} }]);
    expect(wire.calls[0]!.body).toBeUndefined();
    expect(wire.calls[0]!.headers.get("x-app")).toBe("demo");
  });

  it("details: GET /api/workflows/{key}", async () => {
    const { wire, workflow } = setup(info);
    expect((await workflow.details()).name).toBe("city-workflow");
    expect(wire.calls).toMatchObject([{ method: "GET", path: "/api/workflows/testWorkflow" }]);
  });

  it("createRun: POST create-run with the given runId in the query and no body", async () => {
    const { wire, workflow } = setup({ runId: "r-1" });
    expect(await workflow.createRun({ runId: "r-1" })).toEqual({ runId: "r-1" });
    expect(wire.calls).toMatchObject([
      { method: "POST", path: "/api/workflows/testWorkflow/create-run", query: { runId: "r-1" } },
    ]);
    expect(wire.calls[0]!.body).toBeUndefined();
    expect(wire.calls[0]!.headers.get("content-type")).toBeNull();
  });

  it("createRun without a runId generates a UUID first, so a retry cannot make two runs", async () => {
    const wire = createWireFetch((call) => json({ runId: call.query.runId }));
    const workflow = new MastraClient({ fetch: wire.fetch, protocol: "v0" }).getWorkflow("w");
    const { runId } = await workflow.createRun();
    expect(runId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(wire.calls[0]!.query).toEqual({ runId });
  });

  it("start: POST start?runId with { inputData, runtimeContext } as JSON", async () => {
    const { wire, workflow } = setup({ message: "Workflow run started" });
    const ack = await workflow.start({
      runId: "r-1",
      inputData: { city: "New York" },
      runtimeContext: { user: "ana" },
    });
    expect(ack).toEqual({ message: "Workflow run started" });
    expect(wire.calls).toMatchObject([
      {
        method: "POST",
        path: "/api/workflows/testWorkflow/start",
        query: { runId: "r-1" },
        body: { inputData: { city: "New York" }, runtimeContext: { user: "ana" } },
      },
    ]);
    expect(wire.calls[0]!.headers.get("content-type")).toBe("application/json");
  });

  it("startAsync: POST start-async; the result's input pseudo-step moves to `input`", async () => {
    const { wire, workflow } = setup({
      status: "suspended",
      steps: {
        input: { city: "Paris" },
        approval: { status: "suspended", payload: {}, suspendPayload: { m: 1 }, startedAt: 1 },
      },
      suspended: [["approval"]],
    });
    const result = await workflow.startAsync({ runId: "r-2", inputData: { city: "Paris" } });
    expect(wire.calls).toMatchObject([
      {
        method: "POST",
        path: "/api/workflows/testWorkflow/start-async",
        query: { runId: "r-2" },
        body: { inputData: { city: "Paris" } },
      },
    ]);
    expect(result).toEqual({
      runId: "r-2",
      status: "suspended",
      input: { city: "Paris" },
      steps: {
        approval: { status: "suspended", payload: {}, suspendPayload: { m: 1 }, startedAt: 1 },
      },
      suspended: [["approval"]],
    });
  });

  it("startAsync without runId sends a runId it made (a retry never makes a second run) and returns it", async () => {
    const { wire, workflow } = setup({ status: "success", steps: {}, result: 1 });
    const result = await workflow.startAsync({ inputData: {} });
    const sent = wire.calls[0]!.query.runId;
    expect(sent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(result.runId).toBe(sent);
  });

  it("a failed result's stack string becomes { name, message, stack }", async () => {
    const stack = "Error: City not found: FAIL\n    at execute (/app/workflows.js:10:11)";
    const { workflow } = setup({
      status: "failed",
      steps: { input: {}, "validate-city": { status: "failed", error: stack, payload: {} } },
      error: stack,
    });
    const result = await workflow.startAsync({ runId: "r", inputData: {} });
    expect(result.status).toBe("failed");
    if (result.status !== "failed") return;
    expect(result.error).toEqual({ name: "Error", message: "City not found: FAIL", stack });
    expect(result.steps["validate-city"]?.error?.message).toBe("City not found: FAIL");
  });

  it.each([
    ["resume", { message: "Workflow run resumed" }],
    ["resumeAsync", { status: "success", steps: {}, result: { ok: true } }],
  ] as const)("%s: POST with { step, resumeData } and runId in the query", async (method, body) => {
    const { wire, workflow } = setup(body);
    await workflow[method]({
      runId: "r-3",
      step: "approval",
      resumeData: { approved: true },
      preflight: false,
    });
    expect(wire.calls).toMatchObject([
      {
        method: "POST",
        path: `/api/workflows/testWorkflow/${method === "resume" ? "resume" : "resume-async"}`,
        query: { runId: "r-3" },
        body: { step: "approval", resumeData: { approved: true } },
      },
    ]);
  });

  it("resume resolves to the server's { message }, not a Response", async () => {
    const { workflow } = setup({ message: "Workflow run resumed" });
    const ack = await workflow.resume({ runId: "r", step: ["parent", "child"], preflight: false });
    expect(ack).toEqual({ message: "Workflow run resumed" });
    expect(ack).not.toBeInstanceOf(Response);
  });

  it("a step path travels as an array", async () => {
    const { wire, workflow } = setup({ message: "Workflow run resumed" });
    await workflow.resume({ runId: "r", step: ["parent", "child"], preflight: false });
    expect(wire.calls[0]!.body).toEqual({ step: ["parent", "child"] });
  });

  it("runs: GET runs with filters in the query", async () => {
    const { wire, workflow } = setup({ runs: [], total: 0 });
    await workflow.runs({
      fromDate: new Date("2026-01-01T00:00:00Z"),
      toDate: "2026-02-01T00:00:00.000Z",
      limit: 10,
      offset: 20,
      resourceId: "user-1",
    });
    expect(wire.calls).toMatchObject([
      {
        method: "GET",
        path: "/api/workflows/testWorkflow/runs",
        query: {
          fromDate: "2026-01-01T00:00:00.000Z",
          toDate: "2026-02-01T00:00:00.000Z",
          limit: "10",
          offset: "20",
          resourceId: "user-1",
        },
      },
    ]);
  });

  it("runById: GET runs/{runId}", async () => {
    const { wire, workflow } = setup({ workflowName: "city-workflow", runId: "r", snapshot: "{}" });
    await workflow.runById("r");
    expect(wire.calls).toMatchObject([
      { method: "GET", path: "/api/workflows/testWorkflow/runs/r" },
    ]);
  });

  it("runExecutionResult: GET execution-result; `payload` becomes `input`", async () => {
    const { wire, workflow } = setup({
      status: "success",
      payload: { city: "Oslo" },
      steps: { input: { city: "Oslo" } },
      result: { summary: "x" },
    });
    const result = await workflow.runExecutionResult("r");
    expect(result).toEqual({
      runId: "r",
      status: "success",
      input: { city: "Oslo" },
      steps: {},
      result: { summary: "x" },
    });
    expect(wire.calls).toMatchObject([
      { method: "GET", path: "/api/workflows/testWorkflow/runs/r/execution-result" },
    ]);
  });

  it("cancelRun: POST runs/{runId}/cancel with no body", async () => {
    const { wire, workflow } = setup({ message: "Workflow run cancelled" });
    await workflow.cancelRun("r");
    expect(wire.calls).toMatchObject([
      { method: "POST", path: "/api/workflows/testWorkflow/runs/r/cancel", body: undefined },
    ]);
  });

  it("sendRunEvent: POST runs/{runId}/send-event with { event, data }", async () => {
    const { wire, workflow } = setup({ message: "Workflow run event sent" });
    await workflow.sendRunEvent({ runId: "r", event: "approved", data: { by: "ana" } });
    expect(wire.calls).toMatchObject([
      {
        method: "POST",
        path: "/api/workflows/testWorkflow/runs/r/send-event",
        body: { event: "approved", data: { by: "ana" } },
      },
    ]);
  });

  it("ids are one URL path segment each: a/b?c#d arrives encoded", async () => {
    const wire = createWireFetch(() =>
      json({ runId: "r/1?x#y", workflowName: "w", snapshot: "{}" }),
    );
    const workflow = new MastraClient({ fetch: wire.fetch, protocol: "v0" }).getWorkflow("a/b?c#d");
    await workflow.runById("r/1?x#y");
    expect(wire.calls[0]!.path).toBe("/api/workflows/a%2Fb%3Fc%23d/runs/r%2F1%3Fx%23y");
    expect(wire.calls[0]!.query).toEqual({});
  });
  it("ids go into the path exactly as openapi-fetch's defaultPathSerializer puts them", async () => {
    const ids = ["plain", "a b", "ü/é", "$'x", "$$", "a$&b", "{runId}", "%41", "1e3"];
    for (const id of ids) {
      const urls: string[] = [];
      const fetch = async (request: Request) => {
        urls.push(request.url);
        return json({ runId: id, workflowName: "w", snapshot: "{}" });
      };
      await new MastraClient({ fetch, protocol: "v0" }).getWorkflow(id).runById(id);
      const template = "http://localhost:4111/api/workflows/{workflowId}/runs/{runId}";
      const expected = defaultPathSerializer(template, { workflowId: id, runId: id });
      expect(urls).toEqual([new Request(expected).url]);
    }
  });
});

describe("client options", () => {
  it("defaults to http://localhost:4111/api", async () => {
    const urls: string[] = [];
    const client = new MastraClient({
      fetch: async (request) => {
        urls.push(request.url);
        return json({});
      },
    });
    await client.getWorkflows();
    expect(urls).toEqual(["http://localhost:4111/api/workflows"]);
  });

  it.each([
    ["/custom", "/custom/workflows"],
    ["custom/", "/custom/workflows"],
    ["", "/workflows"],
  ])("apiPrefix %j gives %s", async (apiPrefix, path) => {
    const wire = createWireFetch(() => json({}));
    await new MastraClient({ baseUrl: "http://h", apiPrefix, fetch: wire.fetch }).getWorkflows();
    expect(wire.calls[0]!.path).toBe(path);
  });

  it("headers can be a function, called per request, and per-call headers win", async () => {
    let n = 0;
    const wire = createWireFetch(() => json({}));
    const client = new MastraClient({
      fetch: wire.fetch,
      headers: async () => ({ authorization: `Bearer t${++n}`, "x-a": "client" }),
    });
    await client.getWorkflows();
    await client.getWorkflows({ headers: { "x-a": "call" } });
    expect(wire.calls.map((c) => c.headers.get("authorization"))).toEqual([
      "Bearer t1",
      "Bearer t2",
    ]);
    expect(wire.calls.map((c) => c.headers.get("x-a"))).toEqual(["client", "call"]);
  });
});
