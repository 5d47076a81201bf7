/**
 * The documented flow, end to end, against a real Mastra 1.x server (core 1.71.0, server 1.69.0)
 * on a free loopback port, with the client's default `protocol: "auto"`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMastra1 } from "@wfkit/harness-mastra-1.x";
import {
  BadRequestError,
  MastraClient,
  UnsupportedByServerError,
  WatchRunNotFoundError,
  isNotFoundError,
  type WatchRecord,
} from "@wfkit/client";
import { describeRecord, poll, type City } from "./helpers/flow.js";

let mastra: Awaited<ReturnType<typeof startMastra1>>;
let client: MastraClient;

beforeAll(async () => {
  mastra = await startMastra1();
  client = new MastraClient({ baseUrl: mastra.url });
}, 60_000);
afterAll(() => mastra?.close());

describe("the documented flow against real Mastra 1.x", () => {
  it("detects the 1.x server; lists workflows by registration key, and details() by key", async () => {
    const workflows = await client.getWorkflows();
    expect(await client.serverProtocol()).toBe("v1");
    expect(workflows.testWorkflow?.name).toBe("city-workflow");
    const details = await client.getWorkflow("testWorkflow").details();
    expect(details.name).toBe("city-workflow");
    expect(Object.keys(details.steps)).toEqual(["validate-city", "approval", "finalize"]);
  });

  it("createRun → startAsync until suspended → resumeAsync until success", async () => {
    const workflow = client.getWorkflow<City>("testWorkflow");
    const run = await workflow.createRun();
    expect(run.runId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await workflow.createRun({ runId: run.runId })).toEqual(run);

    const suspended = await workflow.startAsync({
      runId: run.runId,
      inputData: { city: "New York" },
    });
    expect(suspended.status).toBe("suspended");
    if (suspended.status !== "suspended") return;
    expect(Object.keys(suspended).sort()).toEqual([
      "input",
      "runId",
      "status",
      "steps",
      "suspended",
    ]);
    expect(suspended.runId).toBe(run.runId);
    expect(suspended.suspended).toEqual([["approval"]]);
    expect(suspended.input).toEqual({ city: "New York" });
    expect(suspended.steps).not.toHaveProperty("input");
    expect(suspended.steps.approval?.suspendPayload).toEqual({
      message: "Approve trip to New York?",
      city: "New York",
    });

    const done = await workflow.resumeAsync({
      runId: run.runId,
      step: "approval",
      resumeData: { approved: true, approver: "ana" },
      runtimeContext: { user: "ana" },
    });
    expect(done.status).toBe("success");
    if (done.status === "success") expect(done.result.summary).toBe("New York: approved by ana");
  });

  it("a failing city gives a failed result with a typed error", async () => {
    const workflow = client.getWorkflow<City>("testWorkflow");
    const result = await workflow.startAsync({ inputData: { city: "Atlantis" } });
    expect(result.status).toBe("failed");
    if (result.status !== "failed") return;
    expect(result.error).toEqual({ message: "City not found: Atlantis", name: "Error" });
    expect(result.steps["validate-city"]?.error?.message).toBe("City not found: Atlantis");
  });

  it("input the workflow's schema rejects is a BadRequestError (1.x validates)", async () => {
    const workflow = client.getWorkflow("testWorkflow");
    const error = await workflow
      .startAsync({ inputData: { town: "Oslo" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).body).toMatch(/^Invalid input data/);
  });

  it("fire-and-forget start and resume, then polling runExecutionResult and runById", async () => {
    const workflow = client.getWorkflow<City>("testWorkflow");
    const { runId } = await workflow.createRun();
    expect(await workflow.start({ runId, inputData: { city: "Lima" } })).toEqual({
      message: "Workflow run started",
    });
    const waiting = await poll(
      () => workflow.runExecutionResult(runId),
      (r) => r.status === "suspended",
    );
    expect(waiting.input).toEqual({ city: "Lima" });
    expect(
      await workflow.resume({ runId, step: "approval", resumeData: { approved: false } }),
    ).toEqual({ message: "Workflow run resumed" });
    const finished = await poll(
      () => workflow.runExecutionResult(runId),
      (r) => r.status === "success",
    );
    expect(finished.result).toEqual({ summary: "Lima: rejected", approved: false });
    expect(Object.keys(finished.steps)).toEqual(["validate-city", "approval", "finalize"]);

    const stored = await workflow.runById(runId);
    expect(stored.runId).toBe(runId);
    expect(stored.workflowName).toBe("city-workflow");
    expect(stored.snapshot).toMatchObject({
      runId,
      status: "success",
      context: { input: { city: "Lima" }, finalize: { status: "success" } },
    });
    const { runs, total } = await workflow.runs();
    expect(total).toBeGreaterThan(1);
    expect(runs.some((r) => r.runId === runId)).toBe(true);
    // limit/offset travel as perPage/page, and page the same way as on 0.x.
    const first = await workflow.runs({ limit: 1 });
    const second = await workflow.runs({ limit: 1, offset: 1 });
    const odd = await workflow.runs({ limit: 2, offset: 1 });
    expect(first.runs.map((r) => r.runId)).toEqual([runs[0]!.runId]);
    expect(second.runs.map((r) => r.runId)).toEqual([runs[1]!.runId]);
    expect(odd.runs.map((r) => r.runId)).toEqual(runs.slice(1, 3).map((r) => r.runId));
  });

  it("allRuns walks every run in pages of 2, each once, in the order runs() lists them", async () => {
    const workflow = client.getWorkflow<City>("testWorkflow");
    for (let i = 0; i < 3; i++) await workflow.createRun(); // at least two pages
    const { runs } = await workflow.runs();
    const walked: string[] = [];
    for await (const run of workflow.allRuns({ pageSize: 2 })) walked.push(run.runId);
    expect(walked.length).toBeGreaterThanOrEqual(3);
    expect(new Set(walked).size).toBe(walked.length);
    expect(walked.slice(0, runs.length)).toEqual(runs.map((r) => r.runId));
  });

  it("cancelRun cancels a suspended run", async () => {
    const workflow = client.getWorkflow<City>("testWorkflow");
    const { runId } = await workflow.createRun();
    await workflow.startAsync({ runId, inputData: { city: "Rome" } });
    expect(await workflow.cancelRun(runId)).toEqual({ message: "Workflow run cancelled" });
    const state = await poll(
      () => workflow.runExecutionResult(runId),
      (r) => r.status !== "suspended",
    );
    expect(state.status).toBe("canceled");
  });

  it("sendRunEvent is an UnsupportedByServerError, not a raw 404", async () => {
    await expect(
      client.getWorkflow("testWorkflow").sendRunEvent({ runId: "r", event: "go" }),
    ).rejects.toBeInstanceOf(UnsupportedByServerError);
  });

  it("a watch callback receives the records of a start live, every step transition included", async () => {
    const workflow = client.getWorkflow<City>("testWorkflow");
    const { runId } = await workflow.createRun();
    const records: WatchRecord[] = [];
    const handle = await workflow.watch({ runId }, (record) => {
      records.push(record);
    });
    await workflow.start({ runId, inputData: { city: "Oslo" } });
    await handle.done;
    // With a watch open, start goes through /stream and the watch gets its events (no `*`:
    // none of them is rebuilt from polling the run state).
    expect(records.map(describeRecord)).toEqual([
      "running/validate-city:running",
      "running/validate-city:success",
      "running/approval:running",
      "running/approval:suspended",
      "suspended/-:-",
    ]);
    expect(records.every((r) => r.eventTimestamp instanceof Date && r.runId === runId)).toBe(true);
    expect(records.at(-1)?.payload.workflowState.input).toEqual({ city: "Oslo" });
  });

  it("an unknown workflow is a NotFoundError", async () => {
    const error = await client
      .getWorkflow("nope")
      .details()
      .catch((e: unknown) => e);
    expect(isNotFoundError(error)).toBe(true);
  });
});

describe("watch against real Mastra 1.x", () => {
  it("watchRecords follows a start across suspend and resume, live", async () => {
    const workflow = client.getWorkflow<City>("testWorkflow");
    const { runId } = await workflow.createRun();
    const records = workflow.watchRecords({ runId, follow: true, stallTimeoutMs: 200 });
    await records.ready;
    await workflow.start({ runId, inputData: { city: "Quito" } });
    const seen: string[] = [];
    for await (const record of records) {
      seen.push(describeRecord(record));
      if (record.payload.workflowState.status === "suspended")
        void workflow.resume({ runId, step: "approval", resumeData: { approved: true } });
    }
    expect(seen).toEqual([
      "running/validate-city:running",
      "running/validate-city:success",
      "running/approval:running",
      "running/approval:suspended",
      "suspended/-:-",
      "running/approval:running",
      "running/approval:success",
      "running/finalize:running",
      "running/finalize:success",
      "success/-:-",
    ]);
  });

  it("a run streamed elsewhere is read live from /observe, replay dropped, in exact order", async () => {
    const workflow = client.getWorkflow<City>("testWorkflow");
    const { runId } = await workflow.createRun();
    const streamed = await fetch(`${mastra.url}/api/workflows/testWorkflow/stream?runId=${runId}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ inputData: { city: "SLOW" } }),
    });
    const drained = streamed.text();
    const seen: string[] = [];
    for await (const record of workflow.watchRecords({ runId })) {
      seen.push(describeRecord(record));
    }
    await drained;
    expect(seen).toEqual([
      "running/validate-city:running",
      "running/validate-city:success",
      "running/approval:running",
      "running/approval:suspended",
      "suspended/-:-",
    ]);
  });

  it("watching an unknown run is a WatchRunNotFoundError", async () => {
    const error = await client
      .getWorkflow("testWorkflow")
      .watch({ runId: "no-such-run" }, () => {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WatchRunNotFoundError);
  });
});
