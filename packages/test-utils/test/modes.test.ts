import { describe, expect, it } from "vitest";
import { createFakeServer, createStep, createWorkflow } from "../src/index.js";
import type { StoredRun } from "../src/runtime.js";
import { createRun, call, decodeWatch, openWatch, startAsync, startServer } from "./helpers.js";

describe("sane mode", () => {
  it("replays the records so far and closes at once for a finished run", async () => {
    const server = await startServer({ mode: "sane" });
    const runId = await createRun(server, "testWorkflow");
    await startAsync(server, "testWorkflow", runId, { city: "AUTO" });
    const records = decodeWatch(await (await openWatch(server, "testWorkflow", runId)).text());
    expect(records.length).toBeGreaterThan(3);
    expect(records[0].payload.currentStep).toMatchObject({
      id: "validate-city",
      status: "running",
    });
    expect(records.at(-1).payload.workflowState).toMatchObject({
      status: "success",
      result: { summary: "AUTO: approved" },
    });
  });

  it("yields the final state from the snapshot when no records were kept", async () => {
    const server = await startServer({ mode: "sane" });
    const runId = await createRun(server, "testWorkflow");
    await startAsync(server, "testWorkflow", runId, { city: "Paris" });
    // Internals: forget the kept records, as if the run had been stored by another process.
    (server.runs.get("testWorkflow", runId) as StoredRun).history.length = 0;
    const records = decodeWatch(await (await openWatch(server, "testWorkflow", runId)).text());
    expect(records).toHaveLength(1);
    expect(records[0].payload.workflowState).toMatchObject({
      status: "suspended",
      steps: { input: { city: "Paris" } },
    });
  });

  it("keeps a watch open through a sleep (waiting) and closes it at the end", async () => {
    const server = await startServer({ mode: "sane" });
    const runId = await createRun(server, "pipelineWorkflow");
    const body = openWatch(server, "pipelineWorkflow", runId).then((r) => r.text());
    const done = startAsync(server, "pipelineWorkflow", runId, { value: 1 });
    await server.clock.advance(50);
    await done;
    const statuses = decodeWatch(await body).map((r) => r.payload.workflowState.status);
    expect(statuses).toContain("waiting");
    expect(statuses.at(-1)).toBe("success");
  });

  it("answers 404 JSON for an unknown run or workflow", async () => {
    const server = await startServer({ mode: "sane" });
    expect(await call(server, "GET", "/testWorkflow/watch?runId=zzz")).toMatchObject({
      status: 404,
      body: { error: "Workflow run not found" },
    });
    expect(await call(server, "GET", "/nope/watch?runId=zzz")).toMatchObject({
      status: 404,
      body: { error: "Workflow not found" },
    });
  });
});

describe("strict mode", () => {
  it("rejects requests that do not match the spec with 400 { error }", async () => {
    const server = await startServer({ strict: true });
    const cases: [string, string, unknown, RegExp][] = [
      [
        "POST",
        "/testWorkflow/resume-async?runId=r",
        { resumeData: {} },
        /body must have required property 'step'/,
      ],
      ["POST", "/testWorkflow/resume-async?runId=r", { step: 5 }, /body\/step must be string/],
      [
        "POST",
        "/testWorkflow/resume-async",
        { step: "a" },
        /query must have required property 'runId'/,
      ],
      ["GET", "/testWorkflow/runs?limit=-1", undefined, /query\/limit must be >= 0/],
      [
        "GET",
        "/testWorkflow/runs?fromDate=yesterday",
        undefined,
        /query\/fromDate must match format "date-time"/,
      ],
      ["POST", "/testWorkflow/start-async", "{bad", /not valid JSON/],
      ["POST", "/testWorkflow/start-async", "", /a JSON body is required/],
      [
        "POST",
        "/testWorkflow/start-async",
        { runtimeContext: 5 },
        /body\/runtimeContext must be object/,
      ],
      [
        "POST",
        "/testWorkflow/runs/r/send-event",
        { data: 1 },
        /body must have required property 'event'/,
      ],
    ];
    for (const [method, path, body, message] of cases) {
      const res = await call(server, method, path, body);
      expect(res.status, `${method} ${path}`).toBe(400);
      expect(res.body.error, `${method} ${path}`).toMatch(message);
    }
  });

  it("lets valid requests through (query strings coerced to the spec's types)", async () => {
    const server = await startServer({ strict: true });
    expect(
      (
        await call(
          server,
          "GET",
          "/testWorkflow/runs?limit=10&offset=0&fromDate=2030-01-01T00:00:00Z",
        )
      ).status,
    ).toBe(200);
    const runId = await createRun(server, "testWorkflow");
    expect((await startAsync(server, "testWorkflow", runId, { city: "AUTO" })).body.status).toBe(
      "success",
    );
  });

  it("is off by default: the same bad request reaches Mastra's own checks", async () => {
    const server = await startServer();
    expect(
      await call(server, "POST", "/testWorkflow/resume-async?runId=r", { resumeData: {} }),
    ).toMatchObject({
      status: 400,
      body: { error: "step required to resume workflow" },
    });
  });
});

describe("response validation", () => {
  it("turns a response that violates the spec into a 500 and records it", async () => {
    const broken = createWorkflow({ id: "broken", description: 42 as unknown as string })
      .then(createStep({ id: "s", execute: () => ({}) }))
      .commit();
    await using server = await createFakeServer({ workflows: { broken }, validateResponses: true });
    const res = await call(server, "GET", "/broken");
    expect(res.status).toBe(500);
    expect(res.body.error).toMatch(
      /violates openapi\/workflows.yaml: getWorkflow: status 200 body \/description must be string/,
    );
    expect(server.violations).toEqual([
      expect.objectContaining({
        operationId: "getWorkflow",
        status: 200,
        path: "/api/workflows/broken",
      }),
    ]);
  });

  it("errors a watch body whose record violates the spec", async () => {
    const clockless = createWorkflow({ id: "w" })
      .then(createStep({ id: "s", execute: () => ({}) }))
      .commit();
    const { createVirtualClock } = await import("../src/index.js");
    const base = createVirtualClock(0);
    const clock = { ...base, kind: "virtual" as const, pending: 0, now: () => Number.NaN };
    await using server = await createFakeServer({
      workflows: { w: clockless },
      validateResponses: true,
      clock,
    });
    const runId = await createRun(server, "w");
    const body = openWatch(server, "w", runId).then((r) => r.text());
    await call(server, "POST", `/w/start-async?runId=${runId}`, { inputData: {} });
    await expect(body).rejects.toThrow(/watch record violates/);
    expect(server.violations.map((v) => v.operationId)).toContain("watchWorkflowRun");
    (server.violations as unknown[]).length = 0;
  });

  it("reports statuses and content types the spec does not document", async () => {
    const { createSpecValidator } = await import("../src/spec-validation.js");
    const validator = createSpecValidator();
    const { op } = validator.match("GET", "/workflows/testWorkflow/runs")!;
    expect(validator.validateResponse(op, 418, "application/json", {})).toBe(
      "listWorkflowRuns: status 418 is not documented in the spec",
    );
    expect(validator.validateResponse(op, 200, "text/html", "")).toMatch(
      /answered text\/html, the spec documents application\/json/,
    );
    expect(
      validator.validateResponse(op, 200, "application/json", { runs: [], total: 0 }),
    ).toBeUndefined();
    expect(
      validator.validateResponse(op, 404, "application/json", { error: "Workflow not found" }),
    ).toBeUndefined();
  });
});
