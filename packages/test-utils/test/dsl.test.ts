import { describe, expect, it } from "vitest";
import { createStep, createWorkflow, isWorkflow } from "../src/index.js";
import { createRun, call, resumeAsync, startAsync, startServer } from "./helpers.js";

describe("workflow DSL", () => {
  it("runs steps in sequence, each receiving the previous output", async () => {
    const workflow = createWorkflow({ id: "seq" })
      .then(
        createStep<{ n: number }>({
          id: "a",
          execute: ({ inputData }) => ({ n: inputData.n + 1 }),
        }),
      )
      .then(
        createStep<{ n: number }>({
          id: "b",
          execute: ({ inputData, getInitData }) => ({ n: inputData.n * 10, init: getInitData() }),
        }),
      )
      .commit();
    expect(isWorkflow(workflow)).toBe(true);
    const server = await startServer({ workflows: { seq: workflow } });
    const { body } = await call(server, "POST", "/seq/start-async", { inputData: { n: 1 } });
    expect(body).toMatchObject({ status: "success", result: { n: 20, init: { n: 1 } } });
  });

  it("suspends with a payload and hands resumeData to the resumed step only", async () => {
    const seen: unknown[] = [];
    const workflow = createWorkflow({ id: "gate" })
      .then(
        createStep({
          id: "gate",
          execute: async ({ resumeData, suspend }) => {
            seen.push(resumeData);
            if (resumeData === undefined) await suspend({ waitingFor: "token" });
            return { token: (resumeData as { token?: string } | undefined)?.token ?? null };
          },
        }),
      )
      .then(
        createStep({
          id: "after",
          execute: ({ resumeData, inputData }) => ({ resumeData: resumeData ?? "none", inputData }),
        }),
      )
      .commit();
    const server = await startServer({ workflows: { gate: workflow } });
    const runId = await createRun(server, "gate");
    const first = await startAsync(server, "gate", runId, {});
    expect(first.body).toMatchObject({
      status: "suspended",
      suspended: [["gate"]],
      steps: { gate: { suspendPayload: { waitingFor: "token" } } },
    });
    expect(server.runs.get("gate", runId)?.snapshot.suspendedPaths).toEqual({ gate: [0] });
    const second = await resumeAsync(server, "gate", runId, "gate", { token: "t-1" });
    expect(second.body).toMatchObject({
      status: "success",
      result: { resumeData: "none", inputData: { token: "t-1" } },
    });
    expect(seen).toEqual([undefined, { token: "t-1" }]);
  });

  it("a throwing step fails the run with its message as the first stack line, and later steps do not run", async () => {
    let ranAfter = false;
    const workflow = createWorkflow({ id: "t" })
      .then(
        createStep({
          id: "boom",
          execute: () => {
            throw new TypeError("bad input");
          },
        }),
      )
      .then(createStep({ id: "after", execute: () => (ranAfter = true) }))
      .commit();
    const server = await startServer({ workflows: { t: workflow } });
    const { body } = await call(server, "POST", "/t/start-async", { inputData: {} });
    expect(body.status).toBe("failed");
    expect(body.error.split("\n")[0]).toBe("Error: bad input");
    expect(ranAfter).toBe(false);
    expect(body.steps.after).toBeUndefined();
  });

  it("sleep() inside a step waits on the virtual clock", async () => {
    const workflow = createWorkflow({ id: "nap" })
      .then(
        createStep({
          id: "nap",
          execute: async ({ sleep }) => {
            await sleep(60_000);
            return { rested: true };
          },
        }),
      )
      .commit();
    const server = await startServer({ workflows: { nap: workflow }, startTime: 0 });
    let settled = false;
    const pending = call(server, "POST", "/nap/start-async", { inputData: {} }).then(
      (r) => ((settled = true), r),
    );
    await server.clock.advance(59_999);
    expect(settled).toBe(false);
    await server.clock.advance(1);
    const { body } = await pending;
    expect(body.result).toEqual({ rested: true });
    expect(body.steps.nap.endedAt - body.steps.nap.startedAt).toBe(60_000);
  });

  it("SLOW city takes 1 s in the first and the last step (virtual time)", async () => {
    const server = await startServer({ startTime: 0 });
    const runId = await createRun(server, "testWorkflow");
    const started = startAsync(server, "testWorkflow", runId, { city: "SLOW" });
    await server.clock.runAll();
    const suspended = (await started).body;
    expect(
      suspended.steps["validate-city"].endedAt - suspended.steps["validate-city"].startedAt,
    ).toBe(1_000);
    const resumed = resumeAsync(server, "testWorkflow", runId, "approval", { approved: true });
    await server.clock.runAll();
    const { body } = await resumed;
    expect(body.result).toEqual({ summary: "SLOW: approved", approved: true });
    expect(body.steps.finalize.endedAt - body.steps.finalize.startedAt).toBe(1_000);
  });

  it("real time is available for demos", async () => {
    const workflow = createWorkflow({ id: "nap" })
      .then(
        createStep({
          id: "nap",
          execute: async ({ sleep }) => {
            await sleep(20);
            return {};
          },
        }),
      )
      .commit();
    const server = await startServer({ workflows: { nap: workflow }, clock: "real" });
    const before = Date.now();
    const { body } = await call(server, "POST", "/nap/start-async", { inputData: {} });
    expect(body.status).toBe("success");
    expect(Date.now() - before).toBeGreaterThanOrEqual(15);
  });

  it("the city workflow's verdicts match the harness", async () => {
    const server = await startServer();
    const run = async (city: string, resumeData?: unknown) => {
      const runId = await createRun(server, "testWorkflow");
      const first = (await startAsync(server, "testWorkflow", runId, { city })).body;
      if (first.status !== "suspended") return first;
      expect(first.steps.approval.suspendPayload).toEqual({
        message: `Approve trip to ${city}?`,
        city,
      });
      return (await resumeAsync(server, "testWorkflow", runId, "approval", resumeData)).body;
    };
    expect((await run("AUTO")).result).toEqual({ summary: "AUTO: approved", approved: true });
    expect((await run(" new york ", { approved: false })).result).toEqual({
      summary: " new york : rejected",
      approved: false,
    });
    expect((await run("Lima", { approved: true, approver: "Bo" })).result).toEqual({
      summary: "Lima: approved by Bo",
      approved: true,
    });
    expect((await run(" lima ", { approved: true })).steps["validate-city"].output).toEqual({
      city: " lima ",
      normalized: "LIMA",
    });
    expect((await run("Atlantis")).error).toMatch(/^Error: City not found: Atlantis\n/);
  });

  it("commit() refuses an empty workflow and duplicate step ids", () => {
    expect(() => createWorkflow({ id: "empty" }).commit()).toThrow(/has no steps/);
    const step = createStep({ id: "same", execute: () => ({}) });
    expect(() => createWorkflow({ id: "dup" }).then(step).then(step).commit()).toThrow(
      /"same" twice/,
    );
  });
});
