import { describe, expect, it } from "vitest";
import { createRun, call, resumeAsync, startAsync, startServer } from "./helpers.js";

const CORS = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "Content-Length,X-Requested-With",
};

describe("workflow routes", () => {
  it("GET /workflows lists workflows by registration key, with the workflow id as name", async () => {
    const server = await startServer();
    const res = await call(server, "GET", "");
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(["testWorkflow", "failingWorkflow", "pipelineWorkflow"]);
    expect(res.body.testWorkflow.name).toBe("city-workflow");
    expect(res.headers.get("content-type")).toBe("application/json");
  });

  it("GET /workflows/{id} reports schemas as superjson strings, stepGraph and allSteps", async () => {
    const server = await startServer();
    const { status, body } = await call(server, "GET", "/testWorkflow");
    expect(status).toBe(200);
    expect(body.name).toBe("city-workflow");
    expect(JSON.parse(body.inputSchema)).toEqual({
      json: {
        type: "object",
        properties: { city: { type: "string" } },
        required: ["city"],
        additionalProperties: false,
        $schema: "http://json-schema.org/draft-07/schema#",
      },
    });
    expect(body.stepGraph).toEqual([
      {
        type: "step",
        step: {
          id: "validate-city",
          description: "Checks the city exists and normalizes its name",
        },
      },
      {
        type: "step",
        step: { id: "approval", description: "Waits for a human to approve the trip" },
      },
      { type: "step", step: { id: "finalize", description: "Writes the trip summary" } },
    ]);
    expect(Object.keys(body.steps)).toEqual(["validate-city", "approval", "finalize"]);
    expect(body.steps.approval.isWorkflow).toBeUndefined();
    expect(body.allSteps.approval.isWorkflow).toBe(false);
    expect(JSON.parse(body.steps.approval.resumeSchema).json.required).toEqual(["approved"]);
    expect(JSON.parse(body.steps.approval.suspendSchema).json.required).toEqual([
      "message",
      "city",
    ]);
  });

  it("serialises details with steps first and list values with name first, like Mastra", async () => {
    const server = await startServer();
    expect(Object.keys((await call(server, "GET", "/testWorkflow")).body)).toEqual([
      "steps",
      "allSteps",
      "name",
      "description",
      "stepGraph",
      "inputSchema",
      "outputSchema",
    ]);
    expect(Object.keys((await call(server, "GET", "")).body.testWorkflow).slice(0, 3)).toEqual([
      "name",
      "description",
      "steps",
    ]);
  });

  it("GET /api answers Mastra's greeting", async () => {
    const server = await startServer();
    const res = await server.fetch(`${server.url}/api`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("Hello to the Mastra API!");
    expect((await server.fetch(`${server.url}/api/`)).status).toBe(404);
  });

  it("GET /workflows/{id} of an unknown workflow answers 404 Workflow not found", async () => {
    const server = await startServer();
    const res = await call(server, "GET", "/nope");
    expect(res).toMatchObject({ status: 404, body: { error: "Workflow not found" } });
  });

  it("reports a .sleep() entry as a sleep_<uuid> step and a sleep graph entry", async () => {
    const server = await startServer();
    const { body } = await call(server, "GET", "/pipelineWorkflow");
    const sleep = body.stepGraph[1];
    expect(sleep).toEqual({
      type: "sleep",
      id: expect.stringMatching(/^sleep_[0-9a-f-]{36}$/),
      duration: 50,
    });
    expect(Object.keys(body.steps)).toEqual(["double", sleep.id, "add-one"]);
    expect(body.steps[sleep.id].description).toBeUndefined();
  });

  it("create-run echoes a given runId, generates a UUID otherwise, and is idempotent", async () => {
    const server = await startServer();
    expect(await createRun(server, "testWorkflow", "run-1")).toBe("run-1");
    expect(await createRun(server, "testWorkflow", "run-1")).toBe("run-1");
    expect(await createRun(server, "testWorkflow")).toMatch(/^[0-9a-f-]{36}$/);
    expect((await call(server, "GET", "/testWorkflow/runs")).body.total).toBe(2);
    expect(await call(server, "POST", "/nope/create-run")).toMatchObject({
      status: 404,
      body: { error: "Workflow not found" },
    });
  });

  it("a created run has a pending snapshot and execution result", async () => {
    const server = await startServer();
    await createRun(server, "testWorkflow", "run-1");
    const result = await call(server, "GET", "/testWorkflow/runs/run-1/execution-result");
    expect(result).toMatchObject({ status: 200 });
    expect(result.body).toEqual({ status: "pending", steps: {} });
    const run = await call(server, "GET", "/testWorkflow/runs/run-1");
    expect(run.body).toMatchObject({
      workflowName: "city-workflow",
      workflow_name: "city-workflow",
      runId: "run-1",
      run_id: "run-1",
      snapshot: {
        runId: "run-1",
        status: "pending",
        value: {},
        context: {},
        activePaths: [],
        suspendedPaths: {},
      },
    });
    expect(run.body.snapshot.serializedStepGraph).toHaveLength(3);
    expect(new Date(run.body.createdAt).toISOString()).toBe(run.body.createdAt);
  });

  it("start-async runs to suspension, with steps.input holding the run input", async () => {
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    const { status, body } = await startAsync(server, "testWorkflow", runId, { city: "Paris" });
    expect(status).toBe(200);
    expect(body.status).toBe("suspended");
    expect(body.suspended).toEqual([["approval"]]);
    expect(body.steps.input).toEqual({ city: "Paris" });
    expect(body.steps["validate-city"]).toMatchObject({
      status: "success",
      payload: { city: "Paris" },
      output: { city: "Paris", normalized: "PARIS" },
    });
    expect(body.steps.approval).toMatchObject({
      status: "suspended",
      suspendPayload: { message: "Approve trip to Paris?", city: "Paris" },
    });
    expect(Object.keys(body)).toEqual(["status", "steps", "suspended"]);
  });

  it("start-async without runId starts a new run", async () => {
    const server = await startServer();
    const { body } = await call(server, "POST", "/testWorkflow/start-async", {
      inputData: { city: "AUTO" },
    });
    expect(body).toMatchObject({
      status: "success",
      result: { summary: "AUTO: approved", approved: true },
    });
    expect((await call(server, "GET", "/testWorkflow/runs")).body.total).toBe(1);
  });

  it("a failed run carries the error as a stack string", async () => {
    const server = await startServer();
    const { body } = await call(server, "POST", "/testWorkflow/start-async", {
      inputData: { city: "FAIL" },
    });
    expect(body.status).toBe("failed");
    expect(body.error).toMatch(/^Error: City not found: FAIL\n {4}at /);
    expect(body.steps["validate-city"].error).toBe(body.error);
    const failing = await call(server, "POST", "/failingWorkflow/start-async", { inputData: {} });
    expect(failing.body.error).toMatch(/^Error: kaboom\n/);
    expect(failing.body.steps.prepare).toMatchObject({
      status: "success",
      output: { ready: true },
    });
  });

  it("resume-async resumes the suspended step and runs to success", async () => {
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    await startAsync(server, "testWorkflow", runId, { city: "Oslo" });
    const { status, body } = await resumeAsync(server, "testWorkflow", runId, "approval", {
      approved: true,
      approver: "Ann",
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: "success",
      result: { summary: "Oslo: approved by Ann", approved: true },
    });
    expect(body.steps.approval).toMatchObject({
      status: "success",
      resumePayload: { approved: true, approver: "Ann" },
      suspendPayload: { city: "Oslo" },
    });
    const exec = await call(server, "GET", `/testWorkflow/runs/${runId}/execution-result`);
    expect(exec.body).toMatchObject({
      status: "success",
      payload: { city: "Oslo" },
      result: { summary: "Oslo: approved by Ann" },
    });
  });

  it("resume-async accepts the step as a path array", async () => {
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    await startAsync(server, "testWorkflow", runId, { city: "Rome" });
    const { body } = await resumeAsync(server, "testWorkflow", runId, ["approval"], {
      approved: false,
    });
    expect(body.result).toEqual({ summary: "Rome: rejected", approved: false });
  });

  it("resume-async errors: 400s, 404s and the not-suspended 500s", async () => {
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    expect(
      await call(server, "POST", "/testWorkflow/resume-async", { step: "approval" }),
    ).toMatchObject({
      status: 400,
      body: { error: "runId required to resume workflow" },
    });
    expect(
      await call(server, "POST", `/testWorkflow/resume-async?runId=${runId}`, {}),
    ).toMatchObject({
      status: 400,
      body: { error: "step required to resume workflow" },
    });
    expect(await resumeAsync(server, "nope", runId, "approval")).toMatchObject({
      status: 404,
      body: { error: "Workflow not found" },
    });
    expect(await resumeAsync(server, "testWorkflow", "zzz", "approval")).toMatchObject({
      status: 404,
      body: { error: "Workflow run not found" },
    });
    expect(await resumeAsync(server, "testWorkflow", runId, "approval")).toMatchObject({
      status: 500,
      body: { error: "This workflow run was not suspended" },
    });
    await startAsync(server, "testWorkflow", runId, { city: "Paris" });
    expect(await resumeAsync(server, "testWorkflow", runId, "finalize")).toMatchObject({
      status: 500,
      body: { error: "This workflow step was not suspended" },
    });
  });

  it("with compat 0.14 the wrong-step message names the step and the suspended ones", async () => {
    const server = await startServer({ compat: "0.14" });
    const runId = await createRun(server, "testWorkflow");
    await startAsync(server, "testWorkflow", runId, { city: "Paris" });
    expect((await resumeAsync(server, "testWorkflow", runId, "x")).body).toEqual({
      error: 'This workflow step "x" was not suspended. Available suspended steps: [approval]',
    });
  });

  it("start (fire-and-forget) needs an existing run and answers at once", async () => {
    const server = await startServer();
    expect(await call(server, "POST", "/testWorkflow/start", { inputData: {} })).toMatchObject({
      status: 400,
      body: { error: "runId required to start run" },
    });
    expect(
      await call(server, "POST", "/testWorkflow/start?runId=zzz", { inputData: {} }),
    ).toMatchObject({
      status: 404,
      body: { error: "Workflow run not found" },
    });
    expect(await call(server, "POST", "/nope/start?runId=zzz", { inputData: {} })).toMatchObject({
      status: 404,
      body: { error: "Workflow not found" },
    });
    const runId = await createRun(server, "testWorkflow");
    const res = await call(server, "POST", `/testWorkflow/start?runId=${runId}`, {
      inputData: { city: "SLOW" },
    });
    expect(res).toMatchObject({ status: 200, body: { message: "Workflow run started" } });
    expect(server.runs.get("testWorkflow", runId)?.snapshot.status).toBe("pending");
    await server.clock.advance(1_000);
    expect((await server.runs.settled("testWorkflow", runId))?.status).toBe("suspended");
  });

  it("start with an empty or invalid body answers 500 like Mastra", async () => {
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    expect(await call(server, "POST", `/testWorkflow/start?runId=${runId}`, "")).toMatchObject({
      status: 500,
      body: { error: "Unexpected end of JSON input" },
    });
    expect(
      await call(server, "POST", `/testWorkflow/start-async?runId=${runId}`, "{bad"),
    ).toMatchObject({
      status: 500,
      body: { error: "Expected property name or '}' in JSON at position 1" },
    });
  });

  it("stream with an empty, invalid or null body answers a documented 500 like Mastra", async () => {
    const server = await startServer();
    const path = "/testWorkflow/stream?runId=r1";
    expect(await call(server, "POST", path, "")).toMatchObject({
      status: 500,
      body: { error: "Unexpected end of JSON input" },
    });
    expect(await call(server, "POST", path, "not json")).toMatchObject({
      status: 500,
      body: { error: expect.stringContaining("is not valid JSON") },
    });
    expect(await call(server, "POST", path, null)).toMatchObject({ status: 500 });
    expect(server.runs.get("testWorkflow", "r1")).toBeUndefined();
    expect(server.violations).toEqual([]);
  });

  it("resume (fire-and-forget) answers 200 and resumes in the background", async () => {
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    await startAsync(server, "testWorkflow", runId, { city: "Paris" });
    const res = await call(server, "POST", `/testWorkflow/resume?runId=${runId}`, {
      step: "approval",
      resumeData: { approved: true },
    });
    expect(res).toMatchObject({ status: 200, body: { message: "Workflow run resumed" } });
    expect((await server.runs.settled("testWorkflow", runId))?.status).toBe("success");
    expect(await call(server, "POST", "/testWorkflow/resume", { step: "approval" })).toMatchObject({
      status: 400,
    });
    expect(await call(server, "POST", `/testWorkflow/resume?runId=${runId}`, {})).toMatchObject({
      status: 400,
      body: { error: "step required to resume workflow" },
    });
    expect(
      await call(server, "POST", "/testWorkflow/resume?runId=zzz", { step: "a" }),
    ).toMatchObject({ status: 404 });
  });

  it("resume of a run that is not suspended answers 200 and records the error instead of crashing", async () => {
    const server = await startServer({ allowBackgroundErrors: true });
    const runId = await createRun(server, "testWorkflow");
    const res = await call(server, "POST", `/testWorkflow/resume?runId=${runId}`, {
      step: "approval",
    });
    expect(res).toMatchObject({ status: 200, body: { message: "Workflow run resumed" } });
    await new Promise((r) => setImmediate(r));
    expect(server.backgroundErrors.map((e) => e.message)).toEqual([
      "This workflow run was not suspended",
    ]);
    expect((await call(server, "GET", "")).status).toBe(200);
  });

  it("execution-result: 404 messages for unknown run and unknown workflow", async () => {
    const server = await startServer();
    expect(await call(server, "GET", "/testWorkflow/runs/zzz/execution-result")).toMatchObject({
      status: 404,
      body: { error: "Workflow run execution result not found" },
    });
    expect(await call(server, "GET", "/nope/runs/zzz/execution-result")).toMatchObject({
      status: 404,
      body: { error: "Workflow with ID nope not found" },
    });
  });

  it("runs/{runId}: 404 Workflow run not found", async () => {
    const server = await startServer();
    expect(await call(server, "GET", "/testWorkflow/runs/zzz")).toMatchObject({
      status: 404,
      body: { error: "Workflow run not found" },
    });
    expect(await call(server, "GET", "/nope/runs")).toMatchObject({
      status: 404,
      body: { error: "Workflow not found" },
    });
  });

  it("runs list: newest first, limit/offset only together, total counts all, date and resource filters", async () => {
    const server = await startServer({ startTime: Date.parse("2030-01-01T00:00:00.000Z") });
    await createRun(server, "testWorkflow", "a");
    await server.clock.advance(1_000);
    await createRun(server, "testWorkflow", "b");
    await server.clock.advance(1_000);
    await createRun(server, "testWorkflow", "c");
    const ids = async (query: string) => {
      const { body } = await call(server, "GET", `/testWorkflow/runs${query}`);
      return { ids: body.runs.map((r: { runId: string }) => r.runId), total: body.total };
    };
    expect(await ids("")).toEqual({ ids: ["c", "b", "a"], total: 3 });
    expect(await ids("?limit=1")).toEqual({ ids: ["c", "b", "a"], total: 3 });
    expect(await ids("?offset=1")).toEqual({ ids: ["c", "b", "a"], total: 3 });
    expect(await ids("?limit=1&offset=1")).toEqual({ ids: ["b"], total: 3 });
    expect(await ids("?limit=5&offset=0")).toEqual({ ids: ["c", "b", "a"], total: 3 });
    expect(await ids("?fromDate=2030-01-01T00:00:01.000Z")).toEqual({ ids: ["c", "b"], total: 2 });
    expect(await ids("?toDate=2030-01-01T00:00:01.000Z")).toEqual({ ids: ["b", "a"], total: 2 });
    expect(await ids("?fromDate=garbage")).toEqual({ ids: [], total: 0 });
    expect(await ids("?resourceId=user-1")).toEqual({ ids: [], total: 0 });
    // Each snapshot write refreshes createdAt (the in-memory store rewrites the row).
    await startAsync(server, "testWorkflow", "a", { city: "AUTO" });
    expect((await ids("")).ids).toEqual(["a", "c", "b"]);
  });

  it("cancel: 200 for any stored run (finished too), 404 otherwise; a running run ends canceled", async () => {
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    const pending = startAsync(server, "testWorkflow", runId, { city: "SLOW" });
    await new Promise((r) => setImmediate(r));
    expect(await call(server, "POST", `/testWorkflow/runs/${runId}/cancel`)).toMatchObject({
      status: 200,
      body: { message: "Workflow run cancelled" },
    });
    await server.clock.advance(1_000);
    const { body } = await pending;
    expect(body.status).toBe("canceled");
    expect(server.runs.get("testWorkflow", runId)?.snapshot.status).toBe("canceled");
    expect(await call(server, "POST", `/testWorkflow/runs/${runId}/cancel`)).toMatchObject({
      status: 200,
    });
    expect(await call(server, "POST", "/testWorkflow/runs/zzz/cancel")).toMatchObject({
      status: 404,
      body: { error: "Workflow run not found" },
    });
  });

  it("send-event: 200 {message} for a stored run, 404 otherwise", async () => {
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    expect(
      await call(server, "POST", `/testWorkflow/runs/${runId}/send-event`, {
        event: "go",
        data: { x: 1 },
      }),
    ).toMatchObject({
      status: 200,
      body: { message: "Workflow run event sent" },
    });
    expect(server.runs.get("testWorkflow", runId)?.events).toEqual([
      { event: "go", data: { x: 1 } },
    ]);
    expect(
      await call(server, "POST", "/testWorkflow/runs/zzz/send-event", { event: "go" }),
    ).toMatchObject({ status: 404 });
  });

  it("runtimeContext from a JSON body reaches steps and the snapshot", async () => {
    const { createStep, createWorkflow } = await import("../src/index.js");
    const seen: unknown[] = [];
    const workflow = createWorkflow({ id: "ctx" })
      .then(
        createStep({
          id: "read",
          execute: ({ runtimeContext }) => (seen.push(runtimeContext.get("userId")), { ok: true }),
        }),
      )
      .commit();
    const server = await startServer({ workflows: { ctx: workflow } });
    const res = await call(server, "POST", "/ctx/start-async?runId=r", {
      inputData: {},
      runtimeContext: { userId: "u-1" },
    });
    expect(res.body.status).toBe("success");
    expect(seen).toEqual(["u-1"]);
    expect(server.runs.get("ctx", "r")?.snapshot.runtimeContext).toEqual({ userId: "u-1" });
    // Without a JSON content type Mastra ignores runtimeContext.
    await call(
      server,
      "POST",
      "/ctx/start-async?runId=s",
      { inputData: {}, runtimeContext: { userId: "u-2" } },
      { "content-type": "text/plain" },
    );
    expect(seen).toEqual(["u-1", undefined]);
  });
});

describe("cross-cutting HTTP behaviour", () => {
  it("unknown routes answer 404 text/plain `404 Not Found`", async () => {
    const server = await startServer();
    for (const [method, path] of [
      ["GET", "/api/nothing"],
      ["DELETE", "/api/workflows/testWorkflow"],
      ["GET", "/workflows"],
      ["GET", "/api/workflows/testWorkflow/runs/a/b/c"],
    ] as const) {
      const res = await server.fetch(`${server.url}${path}`, { method });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.headers.get("content-type")).toBe("text/plain; charset=UTF-8");
      expect(await res.text()).toBe("404 Not Found");
    }
  });

  it("sends Mastra's CORS headers on every response and answers preflights with 204", async () => {
    const server = await startServer();
    const res = await server.fetch(`${server.url}/api/workflows`);
    for (const [name, value] of Object.entries(CORS)) expect(res.headers.get(name)).toBe(value);
    const preflight = await server.fetch(`${server.url}/api/workflows/testWorkflow/start-async`, {
      method: "OPTIONS",
      headers: { origin: "http://example.com", "access-control-request-method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(Object.fromEntries(preflight.headers)).toMatchObject({
      ...CORS,
      "access-control-allow-headers": "Content-Type,Authorization,x-mastra-client-type",
      "access-control-allow-methods": "GET,POST,PUT,DELETE,OPTIONS",
      "access-control-max-age": "3600",
      vary: "Access-Control-Request-Headers",
    });
  });

  it("answers 413 Request body too large on every route (Mastra limits three; the fake all)", async () => {
    const server = await startServer({ bodyLimit: 100 });
    const big = { inputData: { city: "x".repeat(200) } };
    expect(await call(server, "POST", "/testWorkflow/start-async", big)).toMatchObject({
      status: 413,
      body: { error: "Request body too large" },
    });
    expect(
      await call(server, "POST", "/testWorkflow/resume-async?runId=r", { step: "x".repeat(200) }),
    ).toMatchObject({ status: 413 });
    expect(await call(server, "POST", "/testWorkflow/create-run", "x".repeat(200))).toMatchObject({
      status: 413,
    });
    const runId = await createRun(server, "testWorkflow");
    expect(await call(server, "POST", `/testWorkflow/start?runId=${runId}`, big)).toMatchObject({
      status: 413,
    });
    expect(await call(server, "POST", "/no-such-route", big)).toMatchObject({ status: 413 });
    expect(server.runs.get("testWorkflow", runId)?.snapshot.status).toBe("pending");
    const small = { inputData: { city: "x" } };
    expect(await call(server, "POST", `/testWorkflow/start?runId=${runId}`, small)).toMatchObject({
      status: 200,
    });
  });

  it("answers 504 Gateway Timeout when a waiting call outlasts timeoutMs", async () => {
    const server = await startServer({ timeoutMs: 500 });
    const pending = call(server, "POST", "/testWorkflow/start-async", {
      inputData: { city: "SLOW" },
    });
    await server.clock.advance(500);
    expect(await pending).toMatchObject({ status: 504, body: { error: "Gateway Timeout" } });
  });

  it("serves under a custom API prefix", async () => {
    const server = await startServer({ apiPrefix: "/custom/" });
    expect((await server.fetch(`${server.url}/custom/workflows`)).status).toBe(200);
    expect((await server.fetch(`${server.url}/api/workflows`)).status).toBe(404);
  });

  it("records every request for wire assertions", async () => {
    const server = await startServer();
    await call(server, "POST", "/testWorkflow/create-run?runId=abc", undefined, {});
    expect(server.requests).toEqual([
      expect.objectContaining({
        method: "POST",
        path: "/api/workflows/testWorkflow/create-run",
        query: { runId: "abc" },
        body: "",
      }),
    ]);
  });
});
