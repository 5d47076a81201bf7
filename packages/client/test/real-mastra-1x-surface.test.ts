/**
 * The 1.x surface (streams, run handles, resume-no-wait, restart, time travel, delete, counts,
 * status filter, start options) against a real Mastra 1.x server (core 1.71.0, server 1.69.0).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMastra1 } from "@wfkit/harness-mastra-1.x";
import {
  MastraClient,
  isNotFoundError,
  isServerError,
  type WorkflowEventStream,
  type WorkflowStreamEvent,
} from "@wfkit/client";
import { poll, type City } from "./helpers/flow.js";
import {
  expectPausedRunRefusesResume,
  expectStartAsyncPaused,
  expectStreamPausesAfterOneStep,
} from "./helpers/per-step.js";

let mastra: Awaited<ReturnType<typeof startMastra1>>;
let client: MastraClient;

beforeAll(async () => {
  mastra = await startMastra1();
  client = new MastraClient({ baseUrl: mastra.url });
}, 60_000);
afterAll(() => mastra?.close());

const city = () => client.getWorkflow<City>("testWorkflow");

async function collect(stream: WorkflowEventStream): Promise<WorkflowStreamEvent[]> {
  const events: WorkflowStreamEvent[] = [];
  for await (const event of stream) events.push(event);
  return events;
}

const describeEvent = (e: WorkflowStreamEvent): string =>
  e.type === "other"
    ? `other:${e.eventType}`
    : e.type === "workflow-finish"
      ? `finish:${e.payload.workflowStatus}`
      : "id" in e.payload
        ? `${e.type.replace("workflow-", "")}:${String(e.payload.id)}`
        : e.type.replace("workflow-", "");

describe("the 1.x surface against real Mastra 1.x", () => {
  it("run.stream to the suspension, run.resumeStream to success, then observeStream replays both", async () => {
    const run = await city().createRun();
    const stream = await run.stream({ inputData: { city: "Tokyo" } });
    expect((await collect(stream)).map(describeEvent)).toEqual([
      "start",
      "step-start:validate-city",
      "step-result:validate-city",
      "step-start:approval",
      "step-suspended:approval",
      "finish:suspended",
    ]);
    expect(await stream.result).toMatchObject({ status: "suspended", suspended: [["approval"]] });

    const resumed = await run.resumeStream({ resumeData: { approved: true, approver: "ana" } });
    const result = await resumed.result; // read without iterating: the result reads the body
    expect(result.status).toBe("success");
    expect(result.result).toEqual({ summary: "Tokyo: approved by ana", approved: true });

    const replay = await run.observeStream();
    const events = await collect(replay);
    expect(events).toHaveLength(12);
    expect(events.filter((e) => e.type === "workflow-finish")).toHaveLength(2);
    expect((await replay.result).status).toBe("success");
  });

  it("observeStream of a suspended streamed run yields the run once, without the server's repeat", async () => {
    const run = await city().createRun();
    await (
      await run.stream({ inputData: { city: "Oslo" } })
    ).result;
    const events = await collect(await run.observeStream());
    expect(events.map(describeEvent)).toEqual([
      "start",
      "step-start:validate-city",
      "step-result:validate-city",
      "step-start:approval",
      "step-suspended:approval",
      "finish:suspended",
    ]);
    const offset = await collect(await run.observeStream({ offset: 2 }));
    expect(offset.map(describeEvent)[0]).toBe("step-result:validate-city");
  });

  it("stream of a finished run is a ConflictError (409)", async () => {
    const run = await city().createRun();
    await city().startAsync({ runId: run.runId, inputData: { city: "Lima" } });
    await run.resumeAsync({ step: "approval", resumeData: { approved: true } });
    await expect(run.stream({ inputData: { city: "Lima" } })).rejects.toMatchObject({
      name: "ConflictError",
      status: 409,
    });
  });

  it("stream with perStep pauses after one step (workflow-paused, status paused)", async () => {
    expect(await expectStreamPausesAfterOneStep(city())).toContain("workflow-paused");
  });

  it("startAsync with perStep resolves to paused; runExecutionResult and runById say paused", async () => {
    await expectStartAsyncPaused(city());
  });

  it("resumeStream and resumeNoWait of a paused run fail the preflight (RunNotSuspendedError)", async () => {
    await expectPausedRunRefusesResume(city());
  });

  it("resumeNoWait answers { runId } at once; the run then succeeds", async () => {
    const run = await city().createRun();
    await run.startAsync({ inputData: { city: "Paris" } });
    expect(await run.resumeNoWait({ resumeData: { approved: true } })).toEqual({
      runId: run.runId,
    });
    const state = await poll(
      () => run.executionResult(),
      (r) => r.status === "success",
    );
    expect(state.result).toEqual({ summary: "Paris: approved", approved: true });
  });

  it("restart answers for any run; restartAsync of a run that is not active is a ServerError", async () => {
    const run = await city().createRun();
    await run.startAsync({ inputData: { city: "Kyiv" } });
    expect(await run.restart()).toEqual({ message: "Workflow run restarted" });
    const error = await run.restartAsync().catch((e: unknown) => e);
    expect(isServerError(error)).toBe(true);
    expect((error as Error).message).toMatch(/not active/);
  });

  it("timeTravelAsync re-runs from a step with new input; timeTravelStream streams it", async () => {
    const run = await city().createRun();
    await run.startAsync({ inputData: { city: "Bern" } });
    const again = await run.timeTravelAsync({ step: "validate-city", inputData: { city: "Rome" } });
    expect(again.status).toBe("suspended");
    expect(again.steps["validate-city"]?.output).toEqual({ city: "Rome", normalized: "ROME" });

    const stream = await run.timeTravelStream({
      step: "approval",
      inputData: { city: "Rome", normalized: "ROME" },
      resumeData: { approved: true, approver: "bo" },
      context: {
        "validate-city": {
          status: "success",
          payload: { city: "Rome" },
          output: { city: "Rome", normalized: "ROME" },
        },
      },
    });
    const result = await stream.result;
    expect(result.status).toBe("success");
    expect(result.result).toEqual({ summary: "Rome: approved by bo", approved: true });
    expect(await run.timeTravel({ step: "validate-city", inputData: { city: "Rome" } })).toEqual({
      message: expect.any(String),
    });
  });

  it("deleteRun removes the run: runById is then a NotFoundError", async () => {
    const run = await city().createRun();
    await run.startAsync({ inputData: { city: "Quito" } });
    expect(await run.delete()).toEqual({ message: "Workflow run deleted" });
    expect(isNotFoundError(await run.details().catch((e: unknown) => e))).toBe(true);
  });

  it("runs({ status }) filters, runCounts counts, and startAsync's resourceId is stored", async () => {
    const run = await city().createRun();
    await run.startAsync({ inputData: { city: "Cairo" }, resourceId: "user-7" });
    const suspended = await city().runs({ status: "suspended" });
    expect(suspended.runs.length).toBeGreaterThan(0);
    const status = (r: (typeof suspended.runs)[number]) =>
      typeof r.snapshot === "string" ? undefined : r.snapshot.status;
    expect(suspended.runs.every((r) => status(r) === "suspended")).toBe(true);
    expect(suspended.runs.some((r) => r.runId === run.runId)).toBe(true);
    const counts = await city().runCounts();
    expect(counts.suspended).toBe(suspended.total);
    await city().startAsync({ inputData: { city: "Baku" }, resourceId: "user-7" });
    const mine = await city().runs({ resourceId: "user-7" });
    expect(mine.runs).toHaveLength(1);
    const snapshot = mine.runs[0]!.snapshot;
    expect(typeof snapshot === "string" ? snapshot : snapshot.context.input).toEqual({
      city: "Baku",
    });
  });
});
