import { describe, expect, it } from "vitest";
import { createRun, call, resumeAsync, startAsync, startServer } from "./helpers.js";

/** Behaviours recorded in harness/mastra-0.10/WIRE-NOTES.md. */
describe("Mastra 0.10.15 quirks", () => {
  it("resume without resumeData runs the step again, which suspends again", async () => {
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    await startAsync(server, "testWorkflow", runId, { city: "Paris" });
    const { body } = await call(server, "POST", `/testWorkflow/resume-async?runId=${runId}`, {
      step: "approval",
    });
    expect(body.status).toBe("suspended");
    expect(body.steps.approval).toMatchObject({
      status: "suspended",
      resumedAt: expect.any(Number),
    });
  });

  it("cancel of a suspended run changes nothing", async () => {
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    await startAsync(server, "testWorkflow", runId, { city: "Paris" });
    expect((await call(server, "POST", `/testWorkflow/runs/${runId}/cancel`)).status).toBe(200);
    expect(
      (await call(server, "GET", `/testWorkflow/runs/${runId}/execution-result`)).body.status,
    ).toBe("suspended");
  });

  it("execution-result says waiting during a .sleep(), without the sleep step", async () => {
    const server = await startServer();
    const runId = await createRun(server, "pipelineWorkflow");
    const done = startAsync(server, "pipelineWorkflow", runId, { value: 2 });
    await new Promise((r) => setImmediate(r));
    const during = (await call(server, "GET", `/pipelineWorkflow/runs/${runId}/execution-result`))
      .body;
    expect(during.status).toBe("waiting");
    expect(Object.keys(during.steps)).toEqual(["input", "double"]);
    await server.clock.advance(50);
    expect((await done).body.result).toEqual({ value: 5 });
  });

  it("starting a finished run again re-runs it with the new input; create-run does not reset it", async () => {
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    await startAsync(server, "testWorkflow", runId, { city: "AUTO" });
    await createRun(server, "testWorkflow", runId);
    expect(
      (await call(server, "GET", `/testWorkflow/runs/${runId}/execution-result`)).body.status,
    ).toBe("success");
    const again = await startAsync(server, "testWorkflow", runId, { city: "Paris" });
    expect(again.body.status).toBe("suspended");
  });

  it("runs are looked up per workflow: another workflow's run is not found", async () => {
    const server = await startServer();
    const runId = await createRun(server, "failingWorkflow");
    expect((await call(server, "GET", `/testWorkflow/runs/${runId}`)).status).toBe(404);
    expect(
      (await call(server, "POST", `/testWorkflow/start?runId=${runId}`, { inputData: {} })).status,
    ).toBe(404);
  });

  it("one row per run id: reusing another workflow's run id replaces that workflow's row", async () => {
    const server = await startServer();
    const runId = await createRun(server, "failingWorkflow");
    const started = await startAsync(server, "testWorkflow", runId, { city: "AUTO" });
    expect(started.body.status).toBe("success");
    expect(
      await call(server, "GET", `/failingWorkflow/runs/${runId}/execution-result`),
    ).toMatchObject({ status: 404, body: { error: "Workflow run execution result not found" } });
    expect((await call(server, "GET", `/failingWorkflow/runs/${runId}`)).status).toBe(404);
    expect((await call(server, "GET", "/failingWorkflow/runs")).body).toEqual({
      runs: [],
      total: 0,
    });
    const city = (await call(server, "GET", "/testWorkflow/runs")).body;
    expect(
      city.runs.map((r: { runId: string; workflowName: string }) => [r.workflowName, r.runId]),
    ).toEqual([["city-workflow", runId]]);
    expect(
      (await call(server, "GET", `/testWorkflow/runs/${runId}/execution-result`)).body.status,
    ).toBe("success");
  });

  it("input is not validated against the input schema", async () => {
    const server = await startServer();
    const pending = call(server, "POST", "/pipelineWorkflow/start-async", {
      inputData: { value: "notanumber" },
    });
    await server.clock.advance(50);
    const { body } = await pending;
    expect(body).toMatchObject({ status: "success", result: { value: null } });
  });

  it("a run started without input fails in its first step, with no input key", async () => {
    const server = await startServer();
    const { body } = await call(server, "POST", "/testWorkflow/start-async", {});
    expect(body.status).toBe("failed");
    expect(body.error).toMatch(
      /^Error: Cannot destructure property 'city' of 'inputData' as it is undefined\./,
    );
    expect(body.steps).not.toHaveProperty("input");
  });

  it("two concurrent watchers each receive every record", async () => {
    const { decodeWatch, openWatch } = await import("./helpers.js");
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    const a = openWatch(server, "testWorkflow", runId).then((r) => r.text());
    const b = openWatch(server, "testWorkflow", runId).then((r) => r.text());
    await startAsync(server, "testWorkflow", runId, { city: "Paris" });
    expect(decodeWatch(await a)).toHaveLength(5);
    expect(await a).toBe(await b);
  });

  it("a cancelled run that is later resumed is cancelled after its first step (the abort flag stays on the live run)", async () => {
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    await startAsync(server, "testWorkflow", runId, { city: "Paris" });
    await call(server, "POST", `/testWorkflow/runs/${runId}/cancel`);
    const { body } = await resumeAsync(server, "testWorkflow", runId, "approval", {
      approved: true,
    });
    expect(body.status).toBe("canceled");
    expect(body.steps.finalize).toBeUndefined();
  });
});
