import { describe, expect, it } from "vitest";
import { call, decodeStream, outline, startV1 } from "./v1-helpers.js";

/**
 * `perStep: true` on the fake 1.x (what harness/mastra-1.x/WIRE-NOTES.md, the captured
 * `stream-city-per-step.bin` and the real-server surface tests show), and `GET runs?resourceId=`.
 */
describe("1.x perStep and resourceId", () => {
  it("start-async with perStep runs one step and answers paused; the stored run reads paused", async () => {
    const server = await startV1();
    const started = await call(server, "POST", "/testWorkflow/start-async?runId=p", {
      inputData: { city: "Rome" },
      perStep: true,
    });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({
      status: "paused",
      input: { city: "Rome" },
      stepExecutionPath: ["validate-city"],
      runId: "p",
    });
    expect(Object.keys(started.body.steps)).toEqual(["input", "validate-city"]);
    expect(started.body.steps["validate-city"].status).toBe("success");
    expect(started.body).not.toHaveProperty("result");
    const state = (await call(server, "GET", "/testWorkflow/runs/p")).body;
    expect(state.status).toBe("paused");
    expect(Object.keys(state.steps)).toEqual(["validate-city"]);
    const listed = (await call(server, "GET", "/testWorkflow/runs?status=paused")).body;
    expect(listed.runs.map((r: { runId: string }) => r.runId)).toEqual(["p"]);
    // A paused run is not suspended: resuming it is refused.
    const resumed = await call(server, "POST", "/testWorkflow/resume-async?runId=p", {
      step: "approval",
      resumeData: { approved: true },
    });
    expect(resumed.status).toBe(500);
    expect(server.violations).toEqual([]);
  });

  it("start with perStep pauses the created run; without it the same workflow suspends", async () => {
    const server = await startV1();
    await call(server, "POST", "/testWorkflow/create-run?runId=s");
    await call(server, "POST", "/testWorkflow/start?runId=s", {
      inputData: { city: "Rome" },
      perStep: true,
    });
    expect((await server.runs.settled("testWorkflow", "s"))?.status).toBe("paused");
    await call(server, "POST", "/testWorkflow/create-run?runId=t");
    await call(server, "POST", "/testWorkflow/start?runId=t", { inputData: { city: "Rome" } });
    expect((await server.runs.settled("testWorkflow", "t"))?.status).toBe("suspended");
  });

  it("stream with perStep: one step, workflow-paused, then workflow-finish paused", async () => {
    const server = await startV1();
    const answer = await call(server, "POST", "/testWorkflow/stream?runId=ps", {
      inputData: { city: "Paris" },
      perStep: true,
    });
    expect(outline(decodeStream(answer.text))).toEqual([
      "workflow-start",
      "workflow-step-start:validate-city:running",
      "workflow-step-result:validate-city:success",
      "workflow-paused",
      "workflow-finish:paused",
    ]);
    expect((await call(server, "GET", "/testWorkflow/runs/ps")).body.status).toBe("paused");
  });

  it("GET runs?resourceId= keeps the runs created with it (create-run or a new start-async run)", async () => {
    const server = await startV1();
    await call(server, "POST", "/testWorkflow/create-run?runId=a", { resourceId: "user-7" });
    await call(server, "POST", "/testWorkflow/create-run?runId=b");
    // start-async of an existing run does not give it the resourceId (as on real 1.x).
    await call(server, "POST", "/testWorkflow/start-async?runId=b", {
      inputData: { city: "AUTO" },
      resourceId: "user-7",
    });
    await call(server, "POST", "/testWorkflow/start-async?runId=c", {
      inputData: { city: "AUTO" },
      resourceId: "user-7",
    });
    await call(server, "POST", "/testWorkflow/create-run?runId=d", { resourceId: "user-8" });
    const ids = async (query: string) =>
      (await call(server, "GET", `/testWorkflow/runs${query}`)).body.runs
        .map((r: { runId: string }) => r.runId)
        .sort();
    expect(await ids("?resourceId=user-7")).toEqual(["a", "c"]);
    expect(await ids("?resourceId=user-8")).toEqual(["d"]);
    expect(await ids("?resourceId=nobody")).toEqual([]);
    expect(await ids("")).toEqual(["a", "b", "c", "d"]);
  });
});
