import type { Scenario } from "../types.js";
import { CITY, FAILING, PIPELINE } from "./workflows.js";

const only1x = (routes: string) => `${routes}: Mastra 1.x only; 0.x has no such route`;

/** `restart*` and `time-travel*` (Mastra 1.x), through the client and raw where it hides them. */
export const v1RestartTimeTravelScenarios: readonly Scenario[] = [
  {
    id: "v1/restart",
    title:
      "restart-async refuses a suspended or pending run, answers a settled run's stored result; restart answers at once",
    workflows: [CITY, FAILING],
    notIn: { "0.x": only1x("POST restart and restart-async") },
    async run(ctx) {
      const city = ctx.workflow(CITY);
      const suspended = ctx.runId("suspended");
      await city.createRun({ runId: suspended });
      await city.startAsync({ runId: suspended, inputData: { city: "Oslo" } });
      await ctx.call("restartAsync of a suspended run", () =>
        city.restartAsync({ runId: suspended }),
      );
      await ctx.call("restart of a suspended run", () => city.restart({ runId: suspended }));
      await ctx.settle("state after restart", CITY, suspended, (s) => s === "suspended");
      const pending = ctx.runId("pending");
      await city.createRun({ runId: pending });
      await ctx.call("restartAsync of a pending run", () => city.restartAsync({ runId: pending }));
      const failing = ctx.workflow(FAILING);
      const failed = ctx.runId("failed");
      await failing.createRun({ runId: failed });
      await failing.startAsync({ runId: failed, inputData: {} });
      await ctx.call("restartAsync of a failed run (status, step statuses)", async () => {
        const result = await failing.restartAsync({ runId: failed });
        return {
          status: result.status,
          steps: Object.fromEntries(
            Object.entries(result.steps as Record<string, { status?: string }>).map(([id, s]) => [
              id,
              s?.status,
            ]),
          ),
        };
      });
      const base = `/workflows/${CITY}`;
      await ctx.raw("POST restart-async without runId", {
        method: "POST",
        path: `${base}/restart-async`,
        body: {},
      });
      await ctx.raw("POST restart-async with runId=", {
        method: "POST",
        path: `${base}/restart-async?runId=`,
        body: {},
      });
      await ctx.raw("POST restart-async of a run never created", {
        method: "POST",
        path: `${base}/restart-async?runId=${ctx.runId("never")}`,
        body: {},
      });
      await ctx.raw("POST restart of a run never created", {
        method: "POST",
        path: `${base}/restart?runId=${ctx.runId("never")}`,
        body: {},
      });
    },
  },
  {
    id: "v1/time-travel-async",
    title:
      "time-travel-async re-runs from a step with new input, resumes with resumeData, and refuses bad requests",
    workflows: [CITY, PIPELINE],
    notIn: { "0.x": only1x("POST time-travel-async") },
    async run(ctx) {
      const city = ctx.workflow(CITY);
      const runId = ctx.runId("run");
      await city.createRun({ runId });
      await city.startAsync({ runId, inputData: { city: "Oslo" } });
      await ctx.call("timeTravelAsync to validate-city", () =>
        city.timeTravelAsync({ runId, step: "validate-city", inputData: { city: "Rome" } }),
      );
      await ctx.call("run state after the time travel", () => city.runById(runId));
      await ctx.call("timeTravelAsync to approval with resumeData", () =>
        city.timeTravelAsync({
          runId,
          step: "approval",
          inputData: { city: "Rome", normalized: "ROME" },
          resumeData: { approved: true, approver: "bo" },
        }),
      );
      await ctx.call("timeTravelAsync to an unknown step", () =>
        city.timeTravelAsync({ runId, step: "nope" }),
      );
      await ctx.call("timeTravelAsync with input the step rejects", () =>
        city.timeTravelAsync({ runId, step: "validate-city", inputData: { city: 5 } }),
      );
      const base = `/workflows/${CITY}`;
      const path = `${base}/time-travel-async?runId=${runId}`;
      await ctx.raw("POST time-travel-async without step", {
        method: "POST",
        path,
        body: { inputData: {} },
      });
      await ctx.raw("POST time-travel-async with step []", {
        method: "POST",
        path,
        body: { step: [] },
      });
      await ctx.raw("POST time-travel-async without runId", {
        method: "POST",
        path: `${base}/time-travel-async`,
        body: { step: "approval" },
      });
      await ctx.raw("POST time-travel-async of a run never created", {
        method: "POST",
        path: `${base}/time-travel-async?runId=${ctx.runId("never")}`,
        body: { step: "approval" },
      });
      const pending = ctx.runId("pending");
      await city.createRun({ runId: pending });
      await ctx.call("timeTravelAsync of a pending run", () =>
        city.timeTravelAsync({
          runId: pending,
          step: "validate-city",
          inputData: { city: "Lima" },
        }),
      );
      const pipeline = ctx.workflow(PIPELINE);
      const piped = ctx.runId("pipeline");
      await pipeline.createRun({ runId: piped });
      await pipeline.startAsync({ runId: piped, inputData: { value: 2 } });
      await ctx.call("timeTravelAsync to add-one (after the sleep)", () =>
        pipeline.timeTravelAsync({ runId: piped, step: "add-one", inputData: { value: 10 } }),
      );
    },
  },
  {
    id: "v1/time-travel-stream",
    title: "time-travel answers at once; time-travel-stream streams the re-run or its failure",
    workflows: [CITY],
    notIn: { "0.x": only1x("POST time-travel and time-travel-stream") },
    async run(ctx) {
      const city = ctx.workflow(CITY);
      const runId = ctx.runId("run");
      await city.createRun({ runId });
      await city.startAsync({ runId, inputData: { city: "Oslo" } });
      await ctx.call("timeTravel to validate-city", () =>
        city.timeTravel({ runId, step: "validate-city", inputData: { city: "Rome" } }),
      );
      await ctx.settle("state after timeTravel", CITY, runId, (s) => s === "suspended");
      const base = `/workflows/${CITY}`;
      await ctx.rawStream(
        "POST time-travel-stream to validate-city",
        `${base}/time-travel-stream?runId=${runId}`,
        {
          method: "POST",
          body: { step: "validate-city", inputData: { city: "Lima" } },
          timeoutMs: 1_500,
        },
      );
      await ctx.rawStream(
        "POST time-travel-stream to approval with resumeData",
        `${base}/time-travel-stream?runId=${runId}`,
        {
          method: "POST",
          body: {
            step: "approval",
            inputData: { city: "Lima", normalized: "LIMA" },
            resumeData: { approved: true, approver: "di" },
          },
          timeoutMs: 1_500,
        },
      );
      await ctx.rawStream(
        "POST time-travel-stream with bad input",
        `${base}/time-travel-stream?runId=${runId}`,
        {
          method: "POST",
          body: { step: "validate-city", inputData: { city: 5 } },
          timeoutMs: 1_500,
        },
      );
      await ctx.raw("POST time-travel without step", {
        method: "POST",
        path: `${base}/time-travel?runId=${runId}`,
        body: {},
      });
      await ctx.raw("POST time-travel-stream of a run never created", {
        method: "POST",
        path: `${base}/time-travel-stream?runId=${ctx.runId("never")}`,
        body: { step: "approval" },
      });
    },
  },
];
