/**
 * The 1.x surface calls the fake 1.x server (@wfkit/test-utils) serves, against the fake: stream,
 * resumeStream, observeStream, resumeNoWait, deleteRun, runCounts, runs (with resourceId), perStep
 * (paused), and the 409 of streaming a finished run.
 */
import { describe, expect, it } from "vitest";
import { createFakeServer } from "@wfkit/test-utils";
import {
  expectPausedRunRefusesResume,
  expectStartAsyncPaused,
  expectStreamPausesAfterOneStep,
} from "./helpers/per-step.js";
import type { City } from "./helpers/flow.js";
import { MastraClient, isNotFoundError, type WorkflowStreamEvent } from "@wfkit/client";

async function setup() {
  const server = await createFakeServer({ generation: "1.x" });
  const client = new MastraClient({ baseUrl: server.url, fetch: server.fetch, protocol: "v1" });
  return { server, workflow: client.getWorkflow<City>("testWorkflow") };
}

const types = async (stream: AsyncIterable<WorkflowStreamEvent>) => {
  const out: string[] = [];
  for await (const event of stream) out.push(event.type);
  return out;
};

describe("the 1.x surface against the fake 1.x", () => {
  it("run.stream to the suspension, run.resumeStream to success, observeStream replays", async () => {
    const { server, workflow } = await setup();
    await using _ = server;
    const run = await workflow.createRun();
    const stream = await run.stream({ inputData: { city: "Paris" } });
    expect(await types(stream)).toContain("workflow-step-suspended");
    expect((await stream.result).status).toBe("suspended");
    const resumed = await run.resumeStream({ step: "approval", resumeData: { approved: true } });
    expect((await resumed.result).status).toBe("success");
    const replay = await run.observeStream();
    expect((await types(replay)).filter((t) => t === "workflow-finish")).toHaveLength(2);
    expect(server.violations).toEqual([]);
  });

  it("deleteRun, runCounts and runs({ status })", async () => {
    const { server, workflow } = await setup();
    await using _ = server;
    const run = await workflow.createRun();
    await run.startAsync({ inputData: { city: "Oslo" } });
    expect((await workflow.runCounts()).suspended).toBe(1);
    const suspended = await workflow.runs({ status: "suspended" });
    expect(suspended.runs.map((r) => r.runId)).toContain(run.runId);
    await run.delete();
    expect(isNotFoundError(await run.details().catch((e: unknown) => e))).toBe(true);
    expect(server.violations).toEqual([]);
  });

  it("resumeNoWait answers { runId }; the run then succeeds; streaming it again is a 409", async () => {
    const { server, workflow } = await setup();
    await using _ = server;
    const run = await workflow.createRun();
    await run.startAsync({ inputData: { city: "Rome" } });
    expect(await run.resumeNoWait({ resumeData: { approved: true } })).toEqual({
      runId: run.runId,
    });
    // The city workflow has no sleeps: the resumed run ends without the clock moving.
    for (let i = 0; i < 20 && (await run.executionResult()).status !== "success"; i++) {
      await server.clock.advance(0);
    }
    expect((await run.executionResult()).status).toBe("success");
    await expect(run.stream({ inputData: { city: "Rome" } })).rejects.toMatchObject({
      name: "ConflictError",
      status: 409,
    });
  });
  // The same perStep expectations as real-mastra-1x-surface.test.ts (helpers/per-step.ts).
  it("stream with perStep pauses after one step (workflow-paused, status paused)", async () => {
    const { server, workflow } = await setup();
    await using _ = server;
    expect(await expectStreamPausesAfterOneStep(workflow)).toContain("workflow-paused");
    expect(server.violations).toEqual([]);
  });

  it("startAsync with perStep resolves to paused; runExecutionResult and runById say paused", async () => {
    const { server, workflow } = await setup();
    await using _ = server;
    await expectStartAsyncPaused(workflow);
    expect(server.violations).toEqual([]);
  });

  it("resumeStream and resumeNoWait of a paused run fail the preflight (RunNotSuspendedError)", async () => {
    const { server, workflow } = await setup();
    await using _ = server;
    await expectPausedRunRefusesResume(workflow);
  });

  it("startAsync's resourceId is stored only for the run it creates; runs({ resourceId }) finds it", async () => {
    const { server, workflow } = await setup();
    await using _ = server;
    const run = await workflow.createRun();
    await run.startAsync({ inputData: { city: "Cairo" }, resourceId: "user-7" });
    await workflow.startAsync({ inputData: { city: "Baku" }, resourceId: "user-7" });
    const mine = await workflow.runs({ resourceId: "user-7" });
    expect(mine.runs).toHaveLength(1);
    const snapshot = mine.runs[0]!.snapshot;
    expect(typeof snapshot === "string" ? snapshot : snapshot.context.input).toEqual({
      city: "Baku",
    });
  });
});
