import { MastraClient } from "@wfkit/client";
import { describe, expect, it } from "vitest";
import { SLOW_STEP_MS } from "../src/index.js";
import { call, startV1 } from "./v1-helpers.js";

/** Behaviours recorded in harness/mastra-1.x/WIRE-NOTES.md (Mastra core 1.71, server 1.69). */

const INFO_KEYS = [
  "name",
  "description",
  "origin",
  "steps",
  "allSteps",
  "stepGraph",
  "inputSchema",
  "outputSchema",
  "options",
  "isProcessorWorkflow",
];

const INVALID_RUN_ID = {
  error: "Invalid query parameters",
  issues: [{ field: "runId", message: "Invalid input: expected string, received undefined" }],
};

const suspendedRun = async (
  server: Awaited<ReturnType<typeof startV1>>,
  runId: string,
  city = "Paris",
) => {
  await call(server, "POST", `/testWorkflow/create-run?runId=${runId}`);
  const started = await call(server, "POST", `/testWorkflow/start-async?runId=${runId}`, {
    inputData: { city },
  });
  expect(started.body.status).toBe("suspended");
};

describe("1.x workflows and probes", () => {
  it("lists and details workflows with origin, options, isProcessorWorkflow and canSuspend", async () => {
    const server = await startV1();
    const list = await call(server, "GET", "");
    expect(list.status).toBe(200);
    expect(Object.keys(list.body)).toEqual(["testWorkflow", "failingWorkflow", "pipelineWorkflow"]);
    expect(Object.keys(list.body.testWorkflow)).toEqual(INFO_KEYS);
    const details = (await call(server, "GET", "/testWorkflow")).body;
    expect(details).toEqual(list.body.testWorkflow);
    expect(details.origin).toBe("code");
    expect(details.options).toEqual({ validateInputs: true, emitStepEvents: true });
    expect(details.isProcessorWorkflow).toBe(false);
    expect(details.stepGraph.map((e: any) => e.step.canSuspend)).toEqual([false, true, false]);
    expect(details.inputSchema).toBe(
      '{"json":{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false}}',
    );
    expect(JSON.parse(details.steps.approval.resumeSchema).json.required).toEqual(["approved"]);
  });

  it("finds a workflow by its id too; an unknown one is 404 JSON", async () => {
    const server = await startV1();
    expect((await call(server, "GET", "/city-workflow")).body.name).toBe("city-workflow");
    expect(await call(server, "GET", "/nope")).toMatchObject({
      status: 404,
      body: { error: "Workflow not found" },
    });
  });

  it("answers GET /run-counts with running and suspended runs per registration key", async () => {
    const server = await startV1();
    await suspendedRun(server, "s-1");
    await call(server, "POST", "/testWorkflow/create-run?runId=slow");
    await call(server, "POST", "/testWorkflow/start?runId=slow", { inputData: { city: "SLOW" } });
    const counts = await call(server, "GET", "/run-counts");
    expect(counts.status).toBe(200);
    expect(counts.body).toEqual({
      testWorkflow: { running: 1, suspended: 1 },
      failingWorkflow: { running: 0, suspended: 0 },
      pipelineWorkflow: { running: 0, suspended: 0 },
    });
  });

  it("has no watch, execution-result, send-event or /api greeting: 404 text/plain", async () => {
    const server = await startV1();
    for (const [method, path] of [
      ["GET", "/testWorkflow/watch?runId=x"],
      ["GET", "/testWorkflow/runs/x/execution-result"],
      ["POST", "/testWorkflow/runs/x/send-event"],
      ["GET", "/testWorkflow/observe?runId=x"],
    ] as const) {
      const res = await call(server, method, path);
      expect([res.status, res.text, res.headers.get("content-type")]).toEqual([
        404,
        "404 Not Found",
        "text/plain; charset=UTF-8",
      ]);
    }
    expect((await server.fetch(`${server.url}/api`)).status).toBe(404);
  });

  it("answers a preflight with 1.x's CORS headers (PATCH, A2A-Version)", async () => {
    const server = await startV1();
    const res = await server.fetch(`${server.url}/api/workflows`, { method: "OPTIONS" });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-methods")).toBe(
      "GET,POST,PUT,PATCH,DELETE,OPTIONS",
    );
    expect(res.headers.get("access-control-allow-headers")).toContain("A2A-Version");
  });
});

describe("1.x runs: create, start, start-async", () => {
  it("create-run is idempotent and stores a pending run with the flat 1.x state", async () => {
    const server = await startV1();
    expect((await call(server, "POST", "/testWorkflow/create-run?runId=my-run")).body).toEqual({
      runId: "my-run",
    });
    expect((await call(server, "POST", "/testWorkflow/create-run?runId=my-run")).body).toEqual({
      runId: "my-run",
    });
    const { body } = await call(server, "GET", "/testWorkflow/runs/my-run");
    expect(Object.keys(body)).toEqual([
      "runId",
      "workflowName",
      "createdAt",
      "updatedAt",
      "status",
      "steps",
      "activeStepsPath",
      "serializedStepGraph",
      "suspendedPaths",
      "resumeLabels",
      "waitingPaths",
    ]);
    expect(body).toMatchObject({
      runId: "my-run",
      workflowName: "city-workflow",
      status: "pending",
    });
    expect((await call(server, "POST", "/nope/create-run")).status).toBe(404);
  });

  it("answers invalid JSON with 400 Invalid request body only when labelled JSON", async () => {
    const server = await startV1();
    const bad = await call(server, "POST", "/testWorkflow/create-run", "{nope", {
      "content-type": "application/json",
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({
      error: "Invalid request body",
      issues: [{ field: "body", message: expect.stringMatching(/^Expected property name/) }],
    });
    const ignored = await call(server, "POST", "/testWorkflow/create-run", "{nope", {
      "content-type": "text/plain",
    });
    expect(ignored.status).toBe(200);
  });

  it("start-async answers 1.x results: input, stepExecutionPath, runId, suspendPayload, error objects", async () => {
    const server = await startV1();
    const auto = await call(server, "POST", "/testWorkflow/start-async?runId=a", {
      inputData: { city: "AUTO" },
    });
    expect(Object.keys(auto.body)).toEqual([
      "status",
      "steps",
      "input",
      "stepExecutionPath",
      "result",
      "runId",
    ]);
    expect(auto.body).toMatchObject({
      status: "success",
      input: { city: "AUTO" },
      stepExecutionPath: ["validate-city", "approval", "finalize"],
      result: { summary: "AUTO: approved", approved: true },
      runId: "a",
    });
    expect(Object.keys(auto.body.steps["validate-city"])).toEqual([
      "startedAt",
      "status",
      "output",
      "endedAt",
    ]);

    const paris = await call(server, "POST", "/testWorkflow/start-async", {
      inputData: { city: "Paris" },
    });
    expect(Object.keys(paris.body)).toEqual([
      "status",
      "steps",
      "input",
      "stepExecutionPath",
      "suspended",
      "suspendPayload",
      "runId",
    ]);
    expect(paris.body.suspendPayload).toEqual({
      approval: { message: "Approve trip to Paris?", city: "Paris" },
    });

    const failed = await call(server, "POST", "/testWorkflow/start-async", {
      inputData: { city: "FAIL" },
    });
    expect(failed.body.error).toEqual({ message: "City not found: FAIL", name: "Error" });
    expect(failed.body.steps["validate-city"].error).toEqual({
      message: "City not found: FAIL",
      name: "Error",
    });
  });

  it("start-async validates the input against the workflow's schema (400 Invalid input data)", async () => {
    const server = await startV1();
    expect(
      (await call(server, "POST", "/pipelineWorkflow/start-async", { inputData: { value: "x" } }))
        .body,
    ).toEqual({
      error: "Invalid input data: \n- value: Invalid input: expected number, received string",
    });
    expect((await call(server, "POST", "/pipelineWorkflow/start-async", {})).body).toEqual({
      error: "Invalid input data: \n- : Invalid input: expected object, received undefined",
    });
    expect(
      (await call(server, "POST", "/testWorkflow/start-async", { inputData: {} })).body,
    ).toEqual({
      error: "Invalid input data: \n- city: Invalid input: expected string, received undefined",
    });
    // zod strips unknown keys instead of refusing them
    expect(
      (
        await call(server, "POST", "/testWorkflow/start-async", {
          inputData: { city: "AUTO", extra: 1 },
        })
      ).body.status,
    ).toBe("success");
  });

  it("reads requestContext (not runtimeContext) and stores it as requestContext", async () => {
    const seen: unknown[] = [];
    const { createStep, createWorkflow } = await import("../src/index.js");
    const probe = createWorkflow({ id: "probe" })
      .then(
        createStep({
          id: "read",
          execute: async ({ requestContext }) => {
            seen.push(requestContext.get("tenant"));
            return {};
          },
        }),
      )
      .commit();
    const server = await startV1({ workflows: { probe } });
    await call(server, "POST", "/probe/start-async?runId=r", {
      inputData: {},
      requestContext: { tenant: "acme" },
    });
    await call(server, "POST", "/probe/start-async?runId=q", {
      inputData: {},
      runtimeContext: { tenant: "ignored" },
    });
    expect(seen).toEqual(["acme", undefined]);
    const rows = (await call(server, "GET", "/probe/runs")).body.runs;
    expect(rows.find((r: any) => r.runId === "r").snapshot.requestContext).toEqual({
      tenant: "acme",
    });
  });

  it("start needs a runId and a created run; invalid input answers 200 and leaves it pending", async () => {
    const server = await startV1({ allowBackgroundErrors: true });
    expect((await call(server, "POST", "/testWorkflow/start", { inputData: {} })).body).toEqual(
      INVALID_RUN_ID,
    );
    expect(
      (await call(server, "POST", "/testWorkflow/start?runId=", { inputData: {} })).body,
    ).toEqual({ error: "runId required to start run" });
    expect(
      (await call(server, "POST", "/testWorkflow/start?runId=never", { inputData: {} })).body,
    ).toEqual({ error: "Workflow run not found" });
    await call(server, "POST", "/testWorkflow/create-run?runId=r");
    const started = await call(server, "POST", "/testWorkflow/start?runId=r", {
      inputData: { city: 42 },
    });
    expect(started.body).toEqual({ message: "Workflow run started" });
    expect((await call(server, "GET", "/testWorkflow/runs/r")).body.status).toBe("pending");
    expect(server.backgroundErrors.map((e) => e.message)).toEqual([
      "Invalid input data: \n- city: Invalid input: expected string, received number",
    ]);
    await call(server, "POST", "/testWorkflow/start?runId=r", { inputData: { city: "AUTO" } });
    expect((await server.runs.settled("testWorkflow", "r"))?.status).toBe("success");
  });

  it("answers 413 for a body over the limit", async () => {
    const server = await startV1({ bodyLimit: 100 });
    const res = await call(server, "POST", "/testWorkflow/start-async", {
      inputData: { city: "x".repeat(200) },
    });
    expect(res).toMatchObject({ status: 413, body: { error: "Request body too large" } });
  });
});

describe("1.x resume", () => {
  it("resume-async: the step is optional, a path array works, the resumed step drops its suspension", async () => {
    const server = await startV1();
    await suspendedRun(server, "a");
    const resumed = await call(server, "POST", "/testWorkflow/resume-async?runId=a", {
      resumeData: { approved: true, approver: "ana" },
    });
    expect(resumed.body).toMatchObject({
      status: "success",
      result: { summary: "Paris: approved by ana", approved: true },
      stepExecutionPath: ["validate-city", "approval", "finalize"],
      runId: "a",
    });
    expect(Object.keys(resumed.body.steps.approval)).toEqual([
      "startedAt",
      "status",
      "resumePayload",
      "resumedAt",
      "output",
      "endedAt",
    ]);
    await suspendedRun(server, "b");
    expect(
      (
        await call(server, "POST", "/testWorkflow/resume-async?runId=b", {
          step: ["approval"],
          resumeData: { approved: false },
        })
      ).body.result,
    ).toEqual({ summary: "Paris: rejected", approved: false });
  });

  it("resume-async errors: wrong step 500, resume data 400, not suspended 500, unknown 404, no runId 400", async () => {
    const server = await startV1();
    await suspendedRun(server, "r");
    const path = "/testWorkflow/resume-async?runId=r";
    expect(
      (await call(server, "POST", path, { step: "finalize", resumeData: { approved: true } })).body,
    ).toEqual({
      error:
        'This workflow step "finalize" was not suspended. Available suspended steps: [approval]',
    });
    const bad = await call(server, "POST", path, {
      step: "approval",
      resumeData: { approved: "yes" },
    });
    expect([bad.status, bad.body.error]).toEqual([
      400,
      "Invalid resume data: \n- approved: Invalid input: expected boolean, received string",
    ]);
    expect((await call(server, "POST", path, { step: "approval" })).body.error).toBe(
      "Invalid resume data: \n- : Invalid input: expected object, received undefined",
    );
    await call(server, "POST", "/testWorkflow/create-run?runId=pending");
    const pending = await call(server, "POST", "/testWorkflow/resume-async?runId=pending", {
      step: "approval",
      resumeData: { approved: true },
    });
    expect([pending.status, pending.body.error]).toEqual([
      500,
      "This workflow run was not suspended",
    ]);
    expect(
      (
        await call(server, "POST", "/testWorkflow/resume-async?runId=never", {
          resumeData: { approved: true },
        })
      ).status,
    ).toBe(404);
    expect(
      (await call(server, "POST", "/testWorkflow/resume-async", { resumeData: {} })).body,
    ).toEqual(INVALID_RUN_ID);
  });

  it("resume answers 200 for any existing run; failures only reach backgroundErrors", async () => {
    const server = await startV1({ allowBackgroundErrors: true });
    await call(server, "POST", "/testWorkflow/start-async?runId=done", {
      inputData: { city: "AUTO" },
    });
    const res = await call(server, "POST", "/testWorkflow/resume?runId=done", {
      step: "approval",
      resumeData: { approved: true },
    });
    expect(res.body).toEqual({ message: "Workflow run resumed" });
    await new Promise((resolve) => setImmediate(resolve));
    expect(server.backgroundErrors.map((e) => e.message)).toEqual([
      "This workflow run was not suspended",
    ]);
    expect(
      (
        await call(server, "POST", "/testWorkflow/resume?runId=never", {
          resumeData: { approved: true },
        })
      ).status,
    ).toBe(404);
  });
});

describe("1.x run state, listing, cancel, delete", () => {
  it("GET runs/{runId} follows the run: running, suspended, success; ?fields= limits it", async () => {
    const server = await startV1();
    await call(server, "POST", "/testWorkflow/create-run?runId=slow");
    await call(server, "POST", "/testWorkflow/start?runId=slow", { inputData: { city: "SLOW" } });
    const running = (await call(server, "GET", "/testWorkflow/runs/slow")).body;
    expect(running).toMatchObject({
      status: "running",
      payload: { city: "SLOW" },
      steps: { "validate-city": { payload: { city: "SLOW" }, status: "running" } },
      activeStepsPath: { "validate-city": [0] },
    });
    await server.clock.advance(SLOW_STEP_MS);
    await server.runs.settled("testWorkflow", "slow");
    const suspended = (await call(server, "GET", "/testWorkflow/runs/slow")).body;
    expect(suspended).toMatchObject({
      status: "suspended",
      suspendedPaths: { approval: [1] },
      activeStepsPath: {},
    });
    expect(suspended.steps.approval).toMatchObject({
      status: "suspended",
      payload: expect.any(Object),
    });
    expect(suspended.suspended).toBeUndefined();
    const onlyResult = (await call(server, "GET", "/testWorkflow/runs/slow?fields=result")).body;
    expect(Object.keys(onlyResult)).toEqual([
      "runId",
      "workflowName",
      "createdAt",
      "updatedAt",
      "status",
    ]);
    expect(onlyResult.createdAt).toBe(running.createdAt);
    const bad = await call(server, "GET", "/testWorkflow/runs/slow?fields=status");
    expect([bad.status, bad.body]).toEqual([
      400,
      {
        error: "Invalid query parameters",
        issues: [
          {
            field: "fields",
            message:
              "Invalid field name. Available fields: result, error, payload, steps, activeStepsPath, serializedStepGraph",
          },
        ],
      },
    ]);
  });

  it("a resumed run reads as stored at its suspension (status running) until it stops again", async () => {
    const server = await startV1();
    await call(server, "POST", "/testWorkflow/create-run?runId=slow");
    const first = call(server, "POST", "/testWorkflow/start-async?runId=slow", {
      inputData: { city: "SLOW" },
    });
    await server.clock.advance(SLOW_STEP_MS);
    expect((await first).body.status).toBe("suspended");
    const suspended = (await call(server, "GET", "/testWorkflow/runs/slow")).body;
    const resumed = call(server, "POST", "/testWorkflow/resume-async?runId=slow", {
      step: "approval",
      resumeData: { approved: true },
    });
    await new Promise((resolve) => setImmediate(resolve));
    const during = (await call(server, "GET", "/testWorkflow/runs/slow")).body;
    expect(during.status).toBe("running");
    expect(during.steps).toEqual(suspended.steps);
    expect(during.steps.finalize).toBeUndefined();
    expect([during.activeStepsPath, during.suspendedPaths]).toEqual([{}, { approval: [1] }]);
    await server.clock.advance(SLOW_STEP_MS);
    expect((await resumed).body.status).toBe("success");
    const after = (await call(server, "GET", "/testWorkflow/runs/slow")).body;
    expect([after.status, after.steps.approval.status, after.steps.finalize.status]).toEqual([
      "success",
      "success",
      "success",
    ]);
  });

  it("resume-async of a run still in its first step waits for it to suspend, then resumes it", async () => {
    const server = await startV1();
    await call(server, "POST", "/testWorkflow/create-run?runId=slow");
    await call(server, "POST", "/testWorkflow/start?runId=slow", { inputData: { city: "SLOW" } });
    const resumed = call(server, "POST", "/testWorkflow/resume-async?runId=slow", {
      step: "approval",
      resumeData: { approved: true },
    });
    await server.clock.advance(SLOW_STEP_MS); // validate-city ends, approval suspends
    await server.clock.advance(SLOW_STEP_MS); // finalize
    const { status, body } = await resumed;
    expect([status, body.status, body.result]).toEqual([
      200,
      "success",
      { summary: "SLOW: approved", approved: true },
    ]);
  });

  it("GET runs rows: a run never started keeps create-run's snapshot; the engine's writes add paths and contexts", async () => {
    const server = await startV1();
    await call(server, "POST", "/failingWorkflow/create-run?runId=pending");
    await call(server, "POST", "/failingWorkflow/start-async?runId=failed", { inputData: {} });
    const { runs } = (await call(server, "GET", "/failingWorkflow/runs")).body;
    const row = (id: string) => runs.find((r: { runId: string }) => r.runId === id).snapshot;
    expect(Object.keys(row("pending"))).toEqual([
      "runId",
      "status",
      "value",
      "context",
      "activePaths",
      "activeStepsPath",
      "serializedStepGraph",
      "suspendedPaths",
      "resumeLabels",
      "waitingPaths",
      "timestamp",
    ]);
    const failed = row("failed");
    expect(failed).toMatchObject({
      status: "failed",
      stepExecutionPath: ["prepare", "boom"],
      requestContext: {},
      tracingContext: {},
      error: { message: "kaboom", name: "Error" },
    });
    expect(failed.context.boom.error).toEqual({ message: "kaboom" });
    const done = call(server, "POST", "/pipelineWorkflow/start-async?runId=ok", {
      inputData: { value: 1 },
    });
    await server.clock.advance(50);
    await done;
    const [success] = (await call(server, "GET", "/pipelineWorkflow/runs")).body.runs;
    expect([success.snapshot.status, "tracingContext" in success.snapshot]).toEqual([
      "success",
      false,
    ]);
  });

  it("a failed run keeps { message, name } on top and only the message on the stored step", async () => {
    const server = await startV1();
    await call(server, "POST", "/testWorkflow/start-async?runId=f", {
      inputData: { city: "Atlantis" },
    });
    const { body } = await call(server, "GET", "/testWorkflow/runs/f");
    expect(Object.keys(body).slice(4, 8)).toEqual(["status", "error", "payload", "steps"]);
    expect(body.error).toEqual({ message: "City not found: Atlantis", name: "Error" });
    expect(body.steps["validate-city"].error).toEqual({ message: "City not found: Atlantis" });
    expect((await call(server, "GET", "/failingWorkflow/runs/f")).body).toEqual({
      error: "Workflow run not found",
    });
  });

  it("reports waiting with the sleep step during a .sleep()", async () => {
    const server = await startV1();
    const done = call(server, "POST", "/pipelineWorkflow/start-async?runId=p", {
      inputData: { value: 1 },
    });
    await new Promise((resolve) => setImmediate(resolve));
    const { body } = await call(server, "GET", "/pipelineWorkflow/runs/p");
    const sleepId = Object.keys(body.steps)[1]!;
    expect(body.status).toBe("waiting");
    expect(body.steps[sleepId]).toEqual({
      status: "waiting",
      payload: { value: 2 },
      startedAt: expect.any(Number),
    });
    expect(body.activeStepsPath).toEqual({ [sleepId]: [1] });
    await server.clock.advance(50);
    expect((await done).body.result).toEqual({ value: 3 });
  });

  it("GET runs pages with page+perPage or limit+offset, filters by status and validates the query", async () => {
    const server = await startV1();
    for (const id of ["r1", "r2", "r3"]) await suspendedRun(server, id);
    await call(server, "POST", "/testWorkflow/start-async?runId=r4", {
      inputData: { city: "AUTO" },
    });
    const all = (await call(server, "GET", "/testWorkflow/runs")).body;
    expect([all.total, all.runs.map((r: any) => r.runId)]).toEqual([4, ["r4", "r3", "r2", "r1"]]);
    expect(Object.keys(all.runs[0])).toEqual([
      "workflow_name",
      "run_id",
      "snapshot",
      "createdAt",
      "updatedAt",
      "runId",
      "workflowName",
    ]);
    expect(all.runs[0].snapshot).toMatchObject({
      status: "success",
      context: { input: { city: "AUTO" } },
      stepExecutionPath: ["validate-city", "approval", "finalize"],
      requestContext: {},
    });
    const page = (await call(server, "GET", "/testWorkflow/runs?page=1&perPage=2")).body;
    expect([page.total, page.runs.map((r: any) => r.runId)]).toEqual([4, ["r2", "r1"]]);
    expect((await call(server, "GET", "/testWorkflow/runs?perPage=2")).body.runs).toHaveLength(4);
    expect(
      (await call(server, "GET", "/testWorkflow/runs?limit=1&offset=1")).body.runs.map(
        (r: any) => r.runId,
      ),
    ).toEqual(["r3"]);
    expect((await call(server, "GET", "/testWorkflow/runs?status=suspended")).body.total).toBe(3);
    expect((await call(server, "GET", "/testWorkflow/runs?perPage=0")).body).toEqual({
      error: "perPage must be a positive integer",
    });
    const invalid = await call(
      server,
      "GET",
      "/testWorkflow/runs?page=-1&perPage=abc&status=bogus",
    );
    expect(invalid.status).toBe(400);
    expect(invalid.body.issues.map((i: any) => i.field)).toEqual(["page", "perPage", "status"]);
    expect((await call(server, "GET", "/testWorkflow/runs?fromDate=garbage")).body.issues).toEqual([
      { field: "fromDate", message: "Invalid input: expected date, received Date" },
    ]);
  });

  it("cancel marks any run canceled at once, finished ones included; a canceled run cannot resume", async () => {
    const server = await startV1();
    await suspendedRun(server, "s");
    expect((await call(server, "POST", "/testWorkflow/runs/s/cancel")).body).toEqual({
      message: "Workflow run cancelled",
    });
    expect((await call(server, "GET", "/testWorkflow/runs/s")).body.status).toBe("canceled");
    expect(
      (
        await call(server, "POST", "/testWorkflow/resume-async?runId=s", {
          resumeData: { approved: true },
        })
      ).body,
    ).toEqual({ error: "This workflow run was not suspended" });

    await call(server, "POST", "/testWorkflow/start-async?runId=done", {
      inputData: { city: "AUTO" },
    });
    await call(server, "POST", "/testWorkflow/runs/done/cancel");
    expect((await call(server, "GET", "/testWorkflow/runs/done?fields=result")).body).toMatchObject(
      { status: "canceled", result: { summary: "AUTO: approved", approved: true } },
    );

    await call(server, "POST", "/testWorkflow/create-run?runId=slow");
    await call(server, "POST", "/testWorkflow/start?runId=slow", { inputData: { city: "SLOW" } });
    await call(server, "POST", "/testWorkflow/runs/slow/cancel");
    const now = (await call(server, "GET", "/testWorkflow/runs/slow")).body;
    expect([now.status, now.steps["validate-city"].status]).toEqual(["canceled", "running"]);
    await server.clock.advance(SLOW_STEP_MS);
    await server.runs.settled("testWorkflow", "slow");
    const later = (await call(server, "GET", "/testWorkflow/runs/slow")).body;
    expect([later.status, Object.keys(later.steps)]).toEqual(["canceled", ["validate-city"]]);
    expect(later.steps["validate-city"].status).toBe("success");
    expect((await call(server, "POST", "/testWorkflow/runs/nope/cancel")).status).toBe(404);
  });

  it("DELETE runs/{runId} forgets the run", async () => {
    const server = await startV1();
    await call(server, "POST", "/testWorkflow/create-run?runId=gone");
    expect((await call(server, "DELETE", "/testWorkflow/runs/gone")).body).toEqual({
      message: "Workflow run deleted",
    });
    expect((await call(server, "GET", "/testWorkflow/runs/gone")).status).toBe(404);
    expect((await call(server, "DELETE", "/testWorkflow/runs/gone")).status).toBe(404);
  });

  it("injected faults apply to 1.x routes by operationId", async () => {
    const server = await startV1({
      faults: [{ type: "fail", status: 503, match: { operationId: "observeWorkflowRun" } }],
    });
    await call(server, "POST", "/testWorkflow/create-run?runId=r");
    expect((await call(server, "POST", "/testWorkflow/observe?runId=r")).status).toBe(503);
    expect((await call(server, "POST", "/testWorkflow/observe?runId=r")).status).toBe(200);
  });
});

describe("through @wfkit/client with protocol v1", () => {
  it("runs the documented surface and reads the run back", async () => {
    const server = await startV1();
    const client = new MastraClient({ baseUrl: server.url, fetch: server.fetch, protocol: "v1" });
    const workflow = client.getWorkflow("testWorkflow");
    expect((await workflow.details()).name).toBe("city-workflow");
    const { runId } = await workflow.createRun();
    const started = await workflow.startAsync({ runId, inputData: { city: "New York" } });
    expect(started.status).toBe("suspended");
    const resumed = await workflow.resumeAsync({
      runId,
      step: "approval",
      resumeData: { approved: true, approver: "ana" },
    });
    expect(resumed.status).toBe("success");
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /api/workflows/testWorkflow",
      "POST /api/workflows/testWorkflow/create-run",
      "POST /api/workflows/testWorkflow/start-async",
      // The client's resume preflight reads the run state first.
      `GET /api/workflows/testWorkflow/runs/${runId}`,
      "POST /api/workflows/testWorkflow/resume-async",
    ]);
  });

  it("lets protocol auto detect the fake as 1.x", async () => {
    const server = await startV1();
    const client = new MastraClient({ baseUrl: server.url, fetch: server.fetch });
    expect(await client.serverProtocol()).toBe("v1");
  });
});
