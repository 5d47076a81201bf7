import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  createRun,
  call,
  decodeWatch,
  openWatch,
  resumeAsync,
  settlesWhileIdle,
  startAsync,
  startServer,
} from "./helpers.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../openapi/test/fixtures/${name}`, import.meta.url), "utf8");
const FIXTURES = (() => {
  try {
    return {
      suspended: fixture("watch-start-until-suspended.bin"),
      resumed: fixture("watch-resume-until-success.bin"),
      failed: fixture("watch-step-failure.bin"),
    };
  } catch {
    return undefined;
  }
})();

/** The record shape with times and run ids blanked, to compare with real captures. */
const shape = (record: any): unknown =>
  JSON.parse(
    JSON.stringify(record, (key, value) => {
      if (["startedAt", "endedAt", "suspendedAt", "resumedAt", "eventTimestamp"].includes(key))
        return typeof value;
      if (key === "runId") return "run";
      if (key === "error" && typeof value === "string") return value.split("\n")[0];
      return value;
    }),
  );

describe("watch (mastra mode)", () => {
  it("streams double-encoded records terminated by U+001E, as text/plain with CORS", async () => {
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    const res = await openWatch(server, "testWorkflow", runId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=UTF-8");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const body = res.text();
    await startAsync(server, "testWorkflow", runId, { city: "Paris" });
    const text = await body;
    expect(text.startsWith('"{\\"type\\":\\"watch\\",')).toBe(true);
    expect(text.endsWith('"\u001e')).toBe(true);
    expect(text).not.toContain("\n");
    for (const piece of text.split("\u001e").slice(0, -1))
      expect(typeof JSON.parse(piece)).toBe("string");
  });

  it("start → suspend: accumulated state per record, currentStep absent on the last, ends at suspension", async () => {
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    const body = openWatch(server, "testWorkflow", runId).then((r) => r.text());
    await startAsync(server, "testWorkflow", runId, { city: "Paris" });
    const records = decodeWatch(await body);
    expect(transitions(records)).toEqual([
      ["running", "validate-city", "running"],
      ["running", "validate-city", "success"],
      ["running", "approval", "running"],
      ["running", "approval", "suspended"],
      ["suspended", undefined, undefined],
    ]);
    for (const r of records) {
      expect(r).toMatchObject({ type: "watch", runId });
      expect(typeof r.eventTimestamp).toBe("number");
      expect(r.payload.workflowState.steps.input).toEqual({ city: "Paris" });
    }
    expect(Object.keys(records[2].payload.workflowState.steps)).toEqual([
      "input",
      "validate-city",
      "approval",
    ]);
    expect(records[4].payload).not.toHaveProperty("currentStep");
    expect(records[4].payload.workflowState).toMatchObject({ result: null, error: null });
  });

  it("resume: the first record of the resumed step still says suspended, with resumePayload/resumedAt", async () => {
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    await startAsync(server, "testWorkflow", runId, { city: "Paris" });
    const body = openWatch(server, "testWorkflow", runId).then((r) => r.text());
    await resumeAsync(server, "testWorkflow", runId, "approval", { approved: true });
    const records = decodeWatch(await body);
    expect(transitions(records)).toEqual([
      ["running", "approval", "suspended"],
      ["running", "approval", "success"],
      ["running", "finalize", "running"],
      ["running", "finalize", "success"],
      ["success", undefined, undefined],
    ]);
    expect(records[0].payload.currentStep).toMatchObject({
      resumePayload: { approved: true },
      resumedAt: expect.any(Number),
    });
    expect(records[4].payload.workflowState.result).toEqual({
      summary: "Paris: approved",
      approved: true,
    });
  });

  it.skipIf(FIXTURES === undefined)(
    "matches the real captures byte for byte, field order included (times blanked)",
    async () => {
      if (!FIXTURES) return;
      const { createStep, createWorkflow } = await import("../src/index.js");
      // The captures come from a two-step workflow: step1 doubles, step2 suspends, then answers.
      const captured = createWorkflow({ id: "fixture" })
        .then(
          createStep<{ value: number }>({
            id: "step1",
            execute: ({ inputData }) => ({ doubled: inputData.value * 2 }),
          }),
        )
        .then(
          createStep<{ doubled: number }>({
            id: "step2",
            execute: async ({ inputData, resumeData, suspend }) => {
              if (!resumeData) return void (await suspend({ reason: "need approval" }));
              return { result: `approved=${resumeData.approved} doubled=${inputData.doubled}` };
            },
          }),
        )
        .commit();
      const boom = createWorkflow({ id: "boom" })
        .then(
          createStep({
            id: "boom",
            execute: async () => {
              throw new Error("kaboom");
            },
          }),
        )
        .commit();
      const server = await startServer({ workflows: { captured, boom } });
      const runId = await createRun(server, "captured");
      let body = openWatch(server, "captured", runId).then((r) => r.text());
      await startAsync(server, "captured", runId, { value: 21 });
      expect(decodeWatch(await body).map(shape)).toEqual(
        decodeWatch(FIXTURES.suspended).map(shape),
      );
      expect(JSON.stringify(decodeWatch(await body).map(shape))).toBe(
        JSON.stringify(decodeWatch(FIXTURES.suspended).map(shape)),
      );
      body = openWatch(server, "captured", runId).then((r) => r.text());
      await resumeAsync(server, "captured", runId, "step2", { approved: true });
      expect(decodeWatch(await body).map(shape)).toEqual(decodeWatch(FIXTURES.resumed).map(shape));
      expect(JSON.stringify(decodeWatch(await body).map(shape))).toBe(
        JSON.stringify(decodeWatch(FIXTURES.resumed).map(shape)),
      );
      const failId = await createRun(server, "boom");
      body = openWatch(server, "boom", failId).then((r) => r.text());
      await startAsync(server, "boom", failId, {});
      expect(decodeWatch(await body).map(shape)).toEqual(decodeWatch(FIXTURES.failed).map(shape));
      expect(JSON.stringify(decodeWatch(await body).map(shape))).toBe(
        JSON.stringify(decodeWatch(FIXTURES.failed).map(shape)),
      );
    },
  );

  it("failure: running, failed step, then a failed record carrying the error", async () => {
    const server = await startServer();
    const runId = await createRun(server, "failingWorkflow");
    const body = openWatch(server, "failingWorkflow", runId).then((r) => r.text());
    await startAsync(server, "failingWorkflow", runId, {});
    const records = decodeWatch(await body);
    const last = records.at(-1);
    expect(last.payload.workflowState.status).toBe("failed");
    expect(last.payload.workflowState.error).toMatch(/^Error: kaboom\n/);
    expect(records.at(-2).payload.currentStep).toMatchObject({ id: "boom", status: "failed" });
  });

  it("a .sleep() entry reports waiting, which ends the watch (Mastra closes on any non-running status)", async () => {
    const server = await startServer();
    const runId = await createRun(server, "pipelineWorkflow");
    const body = openWatch(server, "pipelineWorkflow", runId).then((r) => r.text());
    const result = startAsync(server, "pipelineWorkflow", runId, { value: 5 });
    const records = decodeWatch(await body);
    expect(records.map((r) => r.payload.workflowState.status)).toEqual([
      "running",
      "running",
      "waiting",
    ]);
    expect(records[2].payload.currentStep).toMatchObject({
      status: "waiting",
      payload: { value: 10 },
    });
    await server.clock.advance(50);
    expect((await result).body).toMatchObject({ status: "success", result: { value: 11 } });
  });

  it("no replay: records emitted before the watch connected are lost", async () => {
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    const started = startAsync(server, "testWorkflow", runId, { city: "SLOW" });
    await new Promise((r) => setImmediate(r));
    const body = openWatch(server, "testWorkflow", runId).then((r) => r.text());
    await server.clock.advance(1_000);
    await started;
    const records = decodeWatch(await body);
    expect(records[0].payload.currentStep).toMatchObject({
      id: "validate-city",
      status: "success",
    });
    expect(records.at(-1).payload.workflowState.status).toBe("suspended");
  });

  it("a watch on a finished run emits nothing and never closes until the client disconnects", async () => {
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    await startAsync(server, "testWorkflow", runId, { city: "AUTO" });
    const controller = new AbortController();
    const res = await openWatch(server, "testWorkflow", runId, { signal: controller.signal });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const read = reader.read();
    expect(await settlesWhileIdle(read)).toBe("open");
    controller.abort();
    await expect(read).rejects.toThrow(expect.objectContaining({ name: "AbortError" }));
  });

  it("a watch opened on a suspended run receives the records of a later resume", async () => {
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    await startAsync(server, "testWorkflow", runId, { city: "Paris" });
    const body = openWatch(server, "testWorkflow", runId).then((r) => r.text());
    expect(await settlesWhileIdle(body)).toBe("open");
    expect(server.runs.watchers("testWorkflow", runId)).toBe(1);
    await resumeAsync(server, "testWorkflow", runId, "approval", { approved: false });
    expect(decodeWatch(await body).at(-1).payload.workflowState.status).toBe("success");
  });

  it("unknown workflow or run answers 200 with an empty body; a missing runId answers 400", async () => {
    const server = await startServer();
    for (const path of ["/testWorkflow/watch?runId=zzz", "/nope/watch?runId=zzz"]) {
      const res = await call(server, "GET", path);
      expect(res).toMatchObject({ status: 200, text: "" });
    }
    for (const path of ["/testWorkflow/watch", "/testWorkflow/watch?runId="]) {
      expect(await call(server, "GET", path)).toMatchObject({
        status: 400,
        body: { error: "runId required to watch workflow" },
      });
    }
  });
});

describe("stream (POST /stream)", () => {
  it("streams single-encoded events and closes when the run finishes", async () => {
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    const res = await call(server, "POST", `/testWorkflow/stream?runId=${runId}`, {
      inputData: { city: "AUTO" },
    });
    const events = res.text
      .split("\u001e")
      .filter(Boolean)
      .map((p) => JSON.parse(p));
    expect(events.map((e) => [e.type, e.payload.id])).toEqual([
      ["start", undefined],
      ["step-start", "validate-city"],
      ["step-result", "validate-city"],
      ["step-finish", "validate-city"],
      ["step-start", "approval"],
      ["step-result", "approval"],
      ["step-finish", "approval"],
      ["step-start", "finalize"],
      ["step-result", "finalize"],
      ["step-finish", "finalize"],
      ["finish", undefined],
    ]);
  });

  it("stays open at suspension; errors answer 200 with an empty body", async () => {
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    const res = await server.fetch(
      `${server.url}/api/workflows/testWorkflow/stream?runId=${runId}`,
      {
        method: "POST",
        body: JSON.stringify({ inputData: { city: "Paris" } }),
      },
    );
    expect(await settlesWhileIdle(res.text())).toBe("open");
    expect(await call(server, "POST", "/testWorkflow/stream", { inputData: {} })).toMatchObject({
      status: 200,
      text: "",
    });
    expect(await call(server, "POST", "/nope/stream?runId=x", { inputData: {} })).toMatchObject({
      status: 200,
      text: "",
    });
  });
});

/** `[run status, current step id, current step status]` of each record. */
function transitions(records: ReturnType<typeof decodeWatch>) {
  return records.map((r) => [
    r.payload.workflowState.status,
    r.payload.currentStep?.id,
    r.payload.currentStep?.status,
  ]);
}
