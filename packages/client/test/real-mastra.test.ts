/**
 * The documented flow, end to end, against a real Mastra 0.10.15 server on a free loopback port.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMastra } from "@wfkit/harness-mastra-0.10";
import {
  MastraClient,
  WatchAbortError,
  WatchRunNotFoundError,
  isNotFoundError,
  type WatchRecord,
} from "@wfkit/client";
import { describeRecord, poll, type City } from "./helpers/flow.js";

let mastra: Awaited<ReturnType<typeof startMastra>>;
let client: MastraClient;

beforeAll(async () => {
  mastra = await startMastra();
  client = new MastraClient({ baseUrl: mastra.url });
}, 30_000);
afterAll(() => mastra?.close());

describe("the documented flow against real Mastra 0.10.15", () => {
  it("lists workflows by registration key, and details() by key", async () => {
    const workflows = await client.getWorkflows();
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
    expect(suspended.suspended).toEqual([["approval"]]);
    expect(suspended.input).toEqual({ city: "New York" });
    expect(suspended.steps.approval?.suspendPayload).toEqual({
      message: "Approve trip to New York?",
      city: "New York",
    });

    const done = await workflow.resumeAsync({
      runId: run.runId,
      step: "approval",
      resumeData: { approved: true, approver: "ana" },
    });
    expect(done.status).toBe("success");
    if (done.status === "success") expect(done.result.summary).toBe("New York: approved by ana");
  });

  it("a failing city gives a failed result with a parsed error", async () => {
    const workflow = client.getWorkflow<City>("testWorkflow");
    const result = await workflow.startAsync({ inputData: { city: "Atlantis" } });
    expect(result.status).toBe("failed");
    if (result.status === "failed") {
      expect(result.error.message).toBe("City not found: Atlantis");
      expect(result.error.stack).toContain("City not found: Atlantis");
    }
  });

  it("fire-and-forget start and resume, then polling runById and execution-result", async () => {
    const workflow = client.getWorkflow<City>("testWorkflow");
    const { runId } = await workflow.createRun();
    expect(await workflow.start({ runId, inputData: { city: "Lima" } })).toEqual({
      message: "Workflow run started",
    });
    await poll(
      () => workflow.runExecutionResult(runId),
      (r) => r.status === "suspended",
    );
    expect(
      await workflow.resume({ runId, step: "approval", resumeData: { approved: false } }),
    ).toEqual({ message: "Workflow run resumed" });
    const finished = await poll(
      () => workflow.runExecutionResult(runId),
      (r) => r.status === "success",
    );
    expect(finished.result).toEqual({ summary: "Lima: rejected", approved: false });
    const stored = await workflow.runById(runId);
    expect(stored.runId).toBe(runId);
    const { runs, total } = await workflow.runs();
    expect(total).toBeGreaterThan(0);
    expect(runs.some((r) => r.runId === runId)).toBe(true);
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

  it("a watch callback receives the records of a start", async () => {
    const workflow = client.getWorkflow<City>("testWorkflow");
    const { runId } = await workflow.createRun();
    const records: WatchRecord[] = [];
    // Awaiting the watch before start() must not deadlock.
    const handle = await workflow.watch({ runId }, (record) => {
      records.push(record);
    });
    await workflow.start({ runId, inputData: { city: "Oslo" } });
    await handle.done;
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

describe("watch against real Mastra 0.10.15", () => {
  it("follows a run across suspend and resume, in exact order", async () => {
    // The resume is sent once the watcher has attached again after Mastra closed the stream at the
    // suspension, and has read the suspended run state: events in its debug log, not a guess at how
    // long that takes.
    let reattached: () => void = () => {};
    const attachedAgain = new Promise<void>((resolve) => (reattached = resolve));
    let reconnected = false;
    let readSuspended = false;
    const logging = new MastraClient({
      baseUrl: mastra.url,
      logger: (line) => {
        if (/reconnect .*: connection \d+ opened/.test(line)) reconnected = true;
        if (/reconcile .*: run state suspended/.test(line)) readSuspended = true;
        if (reconnected && readSuspended) reattached();
      },
    });
    const workflow = logging.getWorkflow<City>("testWorkflow");
    const { runId } = await workflow.createRun();
    const records = workflow.watchRecords({ runId, follow: true });
    await records.ready;
    await workflow.start({ runId, inputData: { city: "Quito" } });
    const seen: string[] = [];
    let resumed: Promise<unknown> | undefined;
    for await (const record of records) {
      seen.push(describeRecord(record));
      if (record.payload.workflowState.status === "suspended" && resumed === undefined) {
        // Mastra's stream ends here; the watcher attaches again before the resume is sent.
        resumed = attachedAgain.then(() =>
          workflow.resume({ runId, step: "approval", resumeData: { approved: true } }),
        );
      }
    }
    await resumed;
    expect(seen).toEqual([
      "running/validate-city:running",
      "running/validate-city:success",
      "running/approval:running",
      "running/approval:suspended",
      "suspended/-:-",
      "running/approval:suspended", // Mastra's quirk: the resumed step's first record
      "running/approval:success",
      "running/finalize:running",
      "running/finalize:success",
      "success/-:-",
    ]);
  });

  it("watching a finished run settles at once with the steps rebuilt from the run state", async () => {
    const workflow = client.getWorkflow<City>("testWorkflow");
    const { runId } = await workflow.createRun();
    await workflow.startAsync({ runId, inputData: { city: "AUTO" } });
    const seen: WatchRecord[] = [];
    // Mastra itself never closes this connection. With a stall timeout far beyond the test's own
    // timeout, the watch can only settle in time by reading the finished run state at once.
    const handle = await workflow.watch({ runId, stallTimeoutMs: 600_000 }, (r) => {
      seen.push(r);
    });
    await handle.done;
    expect(seen.map(describeRecord)).toEqual([
      "running/validate-city:success*",
      "running/approval:success*",
      "running/finalize:success*",
      "success/-:-*",
    ]);
    expect(seen.at(-1)?.payload.workflowState.result).toEqual({
      summary: "AUTO: approved",
      approved: true,
    });
  });

  it("watching an unknown run is a WatchRunNotFoundError, not an empty success", async () => {
    const handle = await client
      .getWorkflow("testWorkflow")
      .watch({ runId: "no-such-run" }, () => {});
    await expect(handle.done).rejects.toBeInstanceOf(WatchRunNotFoundError);
  });

  it("abort ends a watch that the server would keep open forever", async () => {
    const workflow = client.getWorkflow<City>("testWorkflow");
    const { runId } = await workflow.createRun();
    await workflow.startAsync({ runId, inputData: { city: "Rome" } }); // suspended
    const controller = new AbortController();
    const records = workflow.watchRecords({ runId, follow: true, signal: controller.signal });
    const first = await records.next();
    expect(first.value && describeRecord(first.value)).toBe("running/validate-city:success*");
    // Aborted once the loop below waits for a record the server never sends.
    queueMicrotask(() => controller.abort());
    await expect(
      (async () => {
        for await (const _ of records) void _;
      })(),
    ).rejects.toBeInstanceOf(WatchAbortError);
  });
});
