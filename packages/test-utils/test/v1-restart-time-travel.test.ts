import { describe, expect, it } from "vitest";
import { call, decodeStream, outline, startV1 } from "./v1-helpers.js";

/** A testWorkflow run suspended at `approval` with `city`. */
const suspendedRun = async (server: Awaited<ReturnType<typeof startV1>>, city = "Oslo") => {
  const { body } = await call(server, "POST", "/testWorkflow/create-run");
  const runId = body.runId as string;
  await call(server, "POST", `/testWorkflow/start-async?runId=${runId}`, { inputData: { city } });
  return runId;
};

describe("fake 1.x time travel (as observed on real Mastra 1.x)", () => {
  it("time-travel-async re-runs from the target step with new input and answers the result", async () => {
    const server = await startV1();
    const runId = await suspendedRun(server);
    const answer = await call(server, "POST", `/testWorkflow/time-travel-async?runId=${runId}`, {
      step: "validate-city",
      inputData: { city: "Rome" },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      status: "suspended",
      input: { city: "Rome" },
      steps: {
        input: { city: "Rome" },
        "validate-city": { status: "success", output: { city: "Rome", normalized: "ROME" } },
        approval: { status: "suspended", suspendPayload: { message: "Approve trip to Rome?" } },
      },
      suspended: [["approval"]],
      runId,
    });
    const state = await call(server, "GET", `/testWorkflow/runs/${runId}`);
    expect(state.body).toMatchObject({ status: "suspended", payload: { city: "Rome" } });
  });

  it("time travel to a suspending step with resumeData resumes it and runs the rest", async () => {
    const server = await startV1();
    const runId = await suspendedRun(server);
    const answer = await call(server, "POST", `/testWorkflow/time-travel-async?runId=${runId}`, {
      step: "approval",
      inputData: { city: "Rome", normalized: "ROME" },
      resumeData: { approved: true, approver: "bo" },
    });
    expect(answer.body).toMatchObject({
      status: "success",
      input: { city: "Oslo" },
      steps: {
        "validate-city": { status: "success", output: { city: "Rome", normalized: "ROME" } },
        approval: { status: "success", resumePayload: { approved: true, approver: "bo" } },
        finalize: { status: "success" },
      },
      result: { summary: "Rome: approved by bo", approved: true },
    });
  });

  it("refuses as the real server does: no step, an empty step, an unknown step, bad input, no run", async () => {
    const server = await startV1();
    const runId = await suspendedRun(server);
    const path = `/testWorkflow/time-travel-async?runId=${runId}`;
    expect((await call(server, "POST", path, { inputData: {} })).body).toEqual({
      error: "Invalid request body",
      issues: [{ field: "step", message: "Invalid input" }],
    });
    expect((await call(server, "POST", path)).body).toEqual({
      error: "Invalid request body",
      issues: [{ field: "root", message: "Invalid input: expected object, received undefined" }],
    });
    const empty = await call(server, "POST", path, { step: [] });
    expect([empty.status, empty.body.error]).toEqual([
      500,
      "Step is required and must be a valid step or array of steps",
    ]);
    const unknown = await call(server, "POST", path, { step: "nope" });
    expect(unknown.status).toBe(500);
    expect(unknown.body.error).toMatch(
      /^Cannot time travel to step 'nope': .* Steps recorded in the snapshot: validate-city, approval\. /,
    );
    const bad = await call(server, "POST", path, { step: "validate-city", inputData: { city: 5 } });
    expect([bad.status, bad.body.error]).toEqual([
      400,
      "Invalid inputData: \n- city: Invalid input: expected string, received number",
    ]);
    const none = await call(server, "POST", "/testWorkflow/time-travel-async?runId=never", {
      step: "approval",
    });
    expect([none.status, none.body.error]).toEqual([404, "Workflow run not found"]);
  });

  it("a context step status that is not a 1.x step status is a 400 body issue, and nothing re-runs", async () => {
    const server = await startV1();
    const runId = await suspendedRun(server);
    const answer = await call(server, "POST", `/testWorkflow/time-travel-async?runId=${runId}`, {
      step: "approval",
      resumeData: { approved: true },
      context: { "validate-city": { status: "bogus", output: { city: "Oslo" } } },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      error: "Invalid request body",
      issues: [{ field: "context.validate-city.status" }],
    });
    const state = await call(server, "GET", `/testWorkflow/runs/${runId}`);
    expect(state.body).toMatchObject({ status: "suspended" });
  });

  it("time-travel answers at once; time-travel-stream streams the re-run", async () => {
    const server = await startV1();
    const runId = await suspendedRun(server);
    const fired = await call(server, "POST", `/testWorkflow/time-travel?runId=${runId}`, {
      step: "validate-city",
      inputData: { city: "Lima" },
    });
    expect(fired.body).toEqual({ message: "Workflow run time travel started" });
    const streamed = await call(server, "POST", `/testWorkflow/time-travel-stream?runId=${runId}`, {
      step: "approval",
      inputData: { city: "Lima", normalized: "LIMA" },
      resumeData: { approved: true, approver: "di" },
    });
    expect(outline(decodeStream(streamed.text))).toEqual([
      "workflow-start",
      "workflow-step-start:approval:running",
      "workflow-step-result:approval:success",
      "workflow-step-start:finalize:running",
      "workflow-step-result:finalize:success",
      "workflow-finish:success",
    ]);
    const failed = await call(server, "POST", `/testWorkflow/time-travel-stream?runId=${runId}`, {
      step: "nope",
    });
    expect(outline(decodeStream(failed.text))).toEqual([
      "workflow-start",
      "workflow-finish:failed",
    ]);
  });
});

describe("fake 1.x restart (as observed on real Mastra 1.x)", () => {
  it("restart-async refuses a suspended or pending run and answers a settled run's stored result", async () => {
    const server = await startV1({ allowBackgroundErrors: true });
    const runId = await suspendedRun(server);
    const refused = await call(server, "POST", `/testWorkflow/restart-async?runId=${runId}`, {});
    expect([refused.status, refused.body]).toEqual([
      500,
      { error: "This workflow run was not active" },
    ]);
    const pending = (await call(server, "POST", "/testWorkflow/create-run")).body.runId;
    const notStarted = await call(
      server,
      "POST",
      `/testWorkflow/restart-async?runId=${pending}`,
      {},
    );
    expect([notStarted.status, notStarted.body]).toEqual([
      500,
      { error: "This workflow run was not active" },
    ]);
    const { body } = await call(server, "POST", "/failingWorkflow/create-run");
    await call(server, "POST", `/failingWorkflow/start-async?runId=${body.runId}`, {
      inputData: {},
    });
    const settled = await call(
      server,
      "POST",
      `/failingWorkflow/restart-async?runId=${body.runId}`,
      {},
    );
    expect(settled.status).toBe(200);
    expect(settled.body).toMatchObject({
      status: "failed",
      steps: { prepare: { status: "success" }, boom: { status: "failed" } },
    });
    const fired = await call(server, "POST", `/testWorkflow/restart?runId=${runId}`, {});
    expect(fired.body).toEqual({ message: "Workflow run restarted" });
    expect(server.backgroundErrors.map((e) => e.message)).toEqual([
      "This workflow run was not active",
    ]);
  });
});
