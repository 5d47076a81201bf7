import type { Scenario } from "../types.js";
import { UNKNOWN_WORKFLOW, allRuns, cityRuns, sampleRuns, CITY } from "./workflows.js";

/** `createRun`, `start` and `startAsync`. */
export const lifecycleScenarios: readonly Scenario[] = [
  ...sampleRuns.map(({ name, workflow }): Scenario => ({
    id: `create-run/${name}`,
    title: `createRun on ${workflow}: without a runId, with one, and repeated`,
    workflows: [workflow],
    async run(ctx) {
      const wf = ctx.workflow(workflow);
      await ctx.call("createRun()", () => wf.createRun());
      const runId = ctx.runId("chosen");
      await ctx.call("createRun({ runId })", () => wf.createRun({ runId }));
      await ctx.call("createRun({ runId }) again", () => wf.createRun({ runId }));
      await ctx.call("runExecutionResult of the created run", () => wf.runExecutionResult(runId));
      await ctx.call("runById of the created run", () => wf.runById(runId));
      await ctx.raw("POST create-run with the runId in the body (ignored)", {
        method: "POST",
        path: `/workflows/${workflow}/create-run`,
        body: { runId: "in-body" },
      });
      await ctx.call("createRun on an unknown workflow", () =>
        ctx.workflow(UNKNOWN_WORKFLOW).createRun({ runId: ctx.runId("unknown-wf") }),
      );
    },
  })),
  ...sampleRuns.map(({ name, workflow, inputData }): Scenario => ({
    id: `start/unknown-run/${name}`,
    title: `start and startAsync on ${workflow} with a run that was never created`,
    workflows: [workflow],
    async run(ctx) {
      const wf = ctx.workflow(workflow);
      const never = ctx.runId("never-created");
      await ctx.call("start() on a run never created", () => wf.start({ runId: never, inputData }));
      await ctx.call("runExecutionResult after start() of an unknown run", () =>
        wf.runExecutionResult(never),
      );
      // Mastra's start-async makes the run on the fly.
      const implicit = ctx.runId("implicit");
      await ctx.call("startAsync() on a run never created", () =>
        wf.startAsync({ runId: implicit, inputData }),
      );
      await ctx.call("runExecutionResult of the implicit run", () =>
        wf.runExecutionResult(implicit),
      );
      await ctx.call("start() on an unknown workflow", () =>
        ctx.workflow(UNKNOWN_WORKFLOW).start({ runId: never, inputData }),
      );
      await ctx.call("startAsync() on an unknown workflow", () =>
        ctx.workflow(UNKNOWN_WORKFLOW).startAsync({ runId: never, inputData }),
      );
    },
  })),
  ...allRuns.map(({ name, workflow, inputData, stops }): Scenario => ({
    id: `start-async/${name}`,
    title: `startAsync on ${workflow} with ${JSON.stringify(inputData)} reaches ${stops}`,
    workflows: [workflow],
    async run(ctx) {
      const wf = ctx.workflow(workflow);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await ctx.call("startAsync()", () => wf.startAsync({ runId, inputData }));
      await ctx.call("runExecutionResult", () => wf.runExecutionResult(runId));
      await ctx.call("runById", () => wf.runById(runId));
    },
  })),
  {
    id: "start-async/without-run-id",
    title: "startAsync without a runId makes a new run",
    workflows: [CITY],
    async run(ctx) {
      await ctx.call("startAsync() without runId", () =>
        ctx.workflow(CITY).startAsync({ inputData: cityRuns.auto.inputData }),
      );
    },
  },
  {
    id: "start-async/twice",
    title: "startAsync twice on the same run: the second start runs it again",
    workflows: [CITY],
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await ctx.call("first startAsync (AUTO)", () =>
        wf.startAsync({ runId, inputData: cityRuns.auto.inputData }),
      );
      await ctx.call("second startAsync (Rome)", () =>
        wf.startAsync({ runId, inputData: { city: "Rome" } }),
      );
      await ctx.call("runExecutionResult", () => wf.runExecutionResult(runId));
    },
  },
];
