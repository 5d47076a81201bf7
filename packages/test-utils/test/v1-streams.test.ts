import { describe, expect, it } from "vitest";
import { SLOW_STEP_MS } from "../src/index.js";
import { settlesWhileIdle } from "./helpers.js";
import { call, decodeStream, outline, postText, startV1 } from "./v1-helpers.js";

const TOKYO = { inputData: { city: "Tokyo" } };
const APPROVE = { step: "approval", resumeData: { approved: true, approver: "ana" } };

const UNTIL_SUSPENDED = [
  "workflow-start",
  "workflow-step-start:validate-city:running",
  "workflow-step-result:validate-city:success",
  "workflow-step-start:approval:running",
  "workflow-step-suspended:approval:suspended",
  "workflow-finish:suspended",
];
const RESUMED = [
  "workflow-start",
  "workflow-step-start:approval:running",
  "workflow-step-result:approval:success",
  "workflow-step-start:finalize:running",
  "workflow-step-result:finalize:success",
  "workflow-finish:success",
];

describe("1.x /stream and /resume-stream", () => {
  it("streams single-encoded records as text/plain and closes at suspension", async () => {
    const server = await startV1();
    const res = await server.fetch(`${server.url}/api/workflows/testWorkflow/stream?runId=s`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(TOKYO),
    });
    expect([res.status, res.headers.get("content-type")]).toEqual([200, "text/plain"]);
    const records = decodeStream(await res.text());
    expect(outline(records)).toEqual(UNTIL_SUSPENDED);
    expect(records[0]).toEqual({
      type: "workflow-start",
      runId: "s",
      from: "WORKFLOW",
      payload: { workflowId: "city-workflow" },
    });
    expect(records[1].payload.stepCallId).toBe(records[2].payload.stepCallId);
    expect((await call(server, "GET", "/testWorkflow/runs/s")).body.status).toBe("suspended");
  });

  it("resume-stream runs to success with finalWorkflowResult", async () => {
    const server = await startV1();
    await postText(server, "/testWorkflow/stream?runId=s", TOKYO);
    const records = decodeStream(
      await postText(server, "/testWorkflow/resume-stream?runId=s", APPROVE),
    );
    expect(outline(records)).toEqual(RESUMED);
    expect(records[1].payload).toMatchObject({
      resumePayload: APPROVE.resumeData,
      resumedAt: expect.any(Number),
    });
    expect(records.at(-1).payload.finalWorkflowResult).toEqual({
      summary: "Tokyo: approved by ana",
      approved: true,
    });
  });

  it("with closeOnSuspend: false the stream stays open through the suspension", async () => {
    const server = await startV1();
    const body = postText(server, "/testWorkflow/stream?runId=k", {
      ...TOKYO,
      closeOnSuspend: false,
    });
    await server.runs.settled("testWorkflow", "k");
    expect(await settlesWhileIdle(body)).toBe("open");
    await call(server, "POST", "/testWorkflow/resume-async?runId=k", APPROVE);
    expect(outline(decodeStream(await body))).toEqual([...UNTIL_SUSPENDED, ...RESUMED]);
  });

  it("does not close at a .sleep(): one stream with workflow-step-waiting", async () => {
    const server = await startV1();
    const body = postText(server, "/pipelineWorkflow/stream?runId=p", { inputData: { value: 3 } });
    await new Promise((resolve) => setImmediate(resolve));
    expect(await settlesWhileIdle(body)).toBe("open");
    await server.clock.advance(50);
    const records = decodeStream(await body);
    expect(outline(records).map((line) => line.replace(/sleep_[0-9a-f-]+/, "sleep"))).toEqual([
      "workflow-start",
      "workflow-step-start:double:running",
      "workflow-step-result:double:success",
      "workflow-step-waiting:sleep:waiting",
      "workflow-step-result:sleep:success",
      "workflow-step-start:add-one:running",
      "workflow-step-result:add-one:success",
      "workflow-finish:success",
    ]);
    expect(Object.keys(records[4].payload)).toEqual([
      "stepName",
      "id",
      "endedAt",
      "status",
      "output",
    ]);
  });

  it("409 for a finished run, only workflow-start for a suspended one", async () => {
    const server = await startV1();
    await call(server, "POST", "/testWorkflow/start-async?runId=done", {
      inputData: { city: "AUTO" },
    });
    const finished = await call(server, "POST", "/testWorkflow/stream?runId=done", TOKYO);
    expect([finished.status, finished.body]).toEqual([
      409,
      {
        error:
          'Workflow run done already finished with status "success". Use /observe to read its stream back, or stream a new runId.',
      },
    ]);
    await call(server, "POST", "/testWorkflow/start-async?runId=held", TOKYO);
    expect(
      outline(decodeStream(await postText(server, "/testWorkflow/stream?runId=held", TOKYO))),
    ).toEqual(["workflow-start"]);
  });

  it("reports refused input and resumes inside the stream: workflow-start, then workflow-finish failed", async () => {
    const server = await startV1();
    const badInput = decodeStream(
      await postText(server, "/testWorkflow/stream?runId=b", { inputData: { city: 1 } }),
    );
    expect(outline(badInput)).toEqual(["workflow-start", "workflow-finish:failed"]);
    const message = "Invalid input data: \n- city: Invalid input: expected string, received number";
    expect(badInput[1].payload.metadata).toEqual({
      error: {
        message,
        domain: "MASTRA_WORKFLOW",
        category: "USER",
        code: "WORKFLOW_SCHEMA_VALIDATION_FAILED",
        details: { type: "input data" },
      },
      errorMessage: message,
    });

    await call(server, "POST", "/testWorkflow/start-async?runId=s", TOKYO);
    const wrongStep = decodeStream(
      await postText(server, "/testWorkflow/resume-stream?runId=s", {
        step: "finalize",
        resumeData: { approved: true },
      }),
    );
    expect(wrongStep[1].payload.metadata).toEqual({
      error: {},
      errorMessage:
        'This workflow step "finalize" was not suspended. Available suspended steps: [approval]',
    });
    const badData = decodeStream(
      await postText(server, "/testWorkflow/resume-stream?runId=s", {
        step: "approval",
        resumeData: { approved: "no" },
      }),
    );
    expect(badData[1].payload.metadata.error.details).toEqual({ type: "resume data" });
    await call(server, "POST", "/testWorkflow/resume-async?runId=s", APPROVE);
    const finished = decodeStream(
      await postText(server, "/testWorkflow/resume-stream?runId=s", APPROVE),
    );
    expect(finished[1].payload.metadata.errorMessage).toBe("This workflow run was not suspended");
  });

  it("validates the query and the workflow: 400 with issues, 404 JSON", async () => {
    const server = await startV1();
    for (const route of ["stream", "resume-stream", "observe"]) {
      const res = await call(server, "POST", `/testWorkflow/${route}`, {});
      expect([res.status, res.body.error, res.body.issues[0].field]).toEqual([
        400,
        "Invalid query parameters",
        "runId",
      ]);
    }
    expect((await call(server, "POST", "/nope/stream?runId=x", {})).body).toEqual({
      error: "Workflow not found",
    });
    expect(
      (await call(server, "POST", "/testWorkflow/resume-stream?runId=x", APPROVE)).body,
    ).toEqual({ error: "Workflow run not found" });
  });
});

describe("1.x /observe", () => {
  it("after a stream to suspension: the cache, then the suspended part again without a finish", async () => {
    const server = await startV1();
    await postText(server, "/testWorkflow/stream?runId=o", TOKYO);
    const replay = decodeStream(await postText(server, "/testWorkflow/observe?runId=o"));
    expect(outline(replay)).toEqual([...UNTIL_SUSPENDED, ...UNTIL_SUSPENDED.slice(0, 5)]);
    const offset = decodeStream(await postText(server, "/testWorkflow/observe?runId=o&offset=2"));
    expect(outline(offset)).toEqual([...UNTIL_SUSPENDED.slice(2), ...UNTIL_SUSPENDED.slice(0, 5)]);
  });

  it("after stream and resume-stream to success: exactly the cached records", async () => {
    const server = await startV1();
    await postText(server, "/testWorkflow/stream?runId=o", TOKYO);
    await postText(server, "/testWorkflow/resume-stream?runId=o", APPROVE);
    const replay = decodeStream(await postText(server, "/testWorkflow/observe?runId=o"));
    expect(outline(replay)).toEqual([...UNTIL_SUSPENDED, ...RESUMED]);
  });

  it("during a streamed run: the records so far, then the execution again live until its finish", async () => {
    const server = await startV1();
    const streamed = postText(server, "/testWorkflow/stream?runId=o", {
      inputData: { city: "SLOW" },
    });
    await new Promise((resolve) => setImmediate(resolve));
    const observed = postText(server, "/testWorkflow/observe?runId=o");
    await new Promise((resolve) => setImmediate(resolve));
    await server.clock.advance(SLOW_STEP_MS);
    await streamed;
    expect(outline(decodeStream(await observed))).toEqual([
      ...UNTIL_SUSPENDED.slice(0, 2),
      ...UNTIL_SUSPENDED,
    ]);
  });

  it("is empty for runs started with start or start-async, and for pending runs", async () => {
    const server = await startV1();
    await call(server, "POST", "/testWorkflow/start-async?runId=a", {
      inputData: { city: "AUTO" },
    });
    await call(server, "POST", "/testWorkflow/create-run?runId=slow");
    await call(server, "POST", "/testWorkflow/start?runId=slow", { inputData: { city: "SLOW" } });
    await call(server, "POST", "/testWorkflow/create-run?runId=pending");
    for (const runId of ["a", "slow", "pending"]) {
      const res = await call(server, "POST", `/testWorkflow/observe?runId=${runId}`);
      expect([res.status, res.text]).toEqual([200, ""]);
    }
    expect((await call(server, "POST", "/testWorkflow/observe?runId=nope")).body).toEqual({
      error: "Workflow run not found",
    });
  });

  it("streams over real HTTP with chunked transfer", async () => {
    const server = await startV1({ listen: true });
    const res = await fetch(`${server.url}/api/workflows/testWorkflow/stream?runId=h`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(TOKYO),
    });
    expect(res.headers.get("transfer-encoding")).toBe("chunked");
    expect(outline(decodeStream(await res.text()))).toEqual(UNTIL_SUSPENDED);
  });
});
