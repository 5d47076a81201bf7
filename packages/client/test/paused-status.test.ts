/**
 * The 1.x `paused` status (a run started with `perStep: true` stops after one step): the results of
 * startAsync, resumeAsync, runExecutionResult and runById carry it, typed, on the 1.x wire.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { MastraClient } from "@wfkit/client";
import { createWireFetch, json } from "./helpers/wire.js";

const step = { status: "success", output: { city: "ROME" }, startedAt: 1, endedAt: 2 };
const pausedBody = { status: "paused", steps: { input: { city: "Rome" }, "validate-city": step } };
const runState = {
  runId: "r-1",
  workflowName: "testWorkflow",
  createdAt: "2026-12-01T00:00:00.000Z",
  updatedAt: "2026-12-01T00:00:01.000Z",
  status: "paused",
  payload: { city: "Rome" },
  steps: { "validate-city": step },
};

function setup() {
  const wire = createWireFetch((call) =>
    call.method === "GET" ? json(runState) : json(pausedBody),
  );
  const client = new MastraClient({ fetch: wire.fetch, protocol: "v1" });
  return { wire, workflow: client.getWorkflow("testWorkflow") };
}

describe("paused on the 1.x wire", () => {
  it("startAsync with perStep sends it and resolves to { status: 'paused' } with the step", async () => {
    const { wire, workflow } = setup();
    const result = await workflow.startAsync({
      runId: "r-1",
      inputData: { city: "Rome" },
      perStep: true,
    });
    expect(
      wire.calls.map(({ method, path, query, body }) => ({ method, path, query, body })),
    ).toEqual([
      {
        method: "POST",
        path: "/api/workflows/testWorkflow/start-async",
        query: { runId: "r-1" },
        body: { inputData: { city: "Rome" }, perStep: true },
      },
    ]);
    expect(result).toEqual({
      runId: "r-1",
      status: "paused",
      input: { city: "Rome" },
      steps: { "validate-city": step },
    });
    if (result.status === "paused") expectTypeOf(result).not.toHaveProperty("result");
  });

  it("resumeAsync with perStep (and restartAsync) resolve to paused too", async () => {
    const { workflow } = setup();
    const state = {
      ...runState,
      status: "suspended",
      steps: { approval: { status: "suspended" } },
    };
    const wire = createWireFetch((call) =>
      call.method === "GET" ? json(state) : json(pausedBody),
    );
    const resumed = await new MastraClient({ fetch: wire.fetch, protocol: "v1" })
      .getWorkflow("testWorkflow")
      .resumeAsync({ runId: "r-1", step: "approval" });
    expect(resumed.status).toBe("paused");
    expect((await workflow.restartAsync({ runId: "r-1" })).status).toBe("paused");
  });

  it("runExecutionResult and runById report the paused run", async () => {
    const { workflow } = setup();
    const state = await workflow.runExecutionResult("r-1");
    expect(state).toMatchObject({ runId: "r-1", status: "paused", input: { city: "Rome" } });
    const run = await workflow.runById("r-1");
    expect(typeof run.snapshot === "object" && run.snapshot.status).toBe("paused");
  });
});
