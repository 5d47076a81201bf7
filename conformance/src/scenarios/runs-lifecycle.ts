import type { Scenario } from "../types.js";
import { CITY, FAILING, UNKNOWN_WORKFLOW, allRuns, cityRuns, sampleRuns } from "./workflows.js";

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
  {
    id: "start-async/runtime-context",
    title: "startAsync with a runtimeContext: stored in the run's snapshot",
    workflows: [CITY],
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await ctx.call(
        "startAsync() with runtimeContext",
        () =>
          wf.startAsync({
            runId,
            inputData: cityRuns.auto.inputData,
            runtimeContext: { tenant: "acme", flags: { beta: true } },
          }),
        (r) => r.status,
      );
      await ctx.call("runById", () => wf.runById(runId));
    },
  },
  {
    id: "start/again",
    title: "start (fire-and-forget) of a finished run runs it again with the new input",
    workflows: [CITY],
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await wf.startAsync({ runId, inputData: cityRuns.auto.inputData });
      await ctx.call("start() again", () => wf.start({ runId, inputData: { city: "Rome" } }));
      await ctx.settle("runExecutionResult once settled", CITY, runId, (s) => s === "suspended");
    },
  },
  {
    id: "create-run/existing",
    title:
      "createRun of an existing finished run does not reset it; ids are shared across workflows",
    workflows: [CITY, FAILING],
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await wf.startAsync({ runId, inputData: cityRuns.auto.inputData });
      await ctx.call("createRun({ runId }) of the finished run", () => wf.createRun({ runId }));
      await ctx.call(
        "runExecutionResult",
        () => wf.runExecutionResult(runId),
        (r) => r.status,
      );
      await ctx.raw("POST create-run with an invalid JSON body (ignored)", {
        method: "POST",
        path: `/workflows/${CITY}/create-run?runId=${ctx.runId("invalid-body")}`,
        body: "{oops",
      });

      const other = ctx.runId("other-workflow");
      await ctx.workflow(FAILING).createRun({ runId: other });
      await ctx.call("start() with another workflow's run", () =>
        wf.start({ runId: other, inputData: { city: "Rome" } }),
      );
    },
  },
  {
    id: "runs/shared-run-id",
    title: "one run id used by two workflows: Mastra looks run ids up across workflows",
    workflows: [CITY, FAILING],
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const from = new Date(Date.now() - 1);
      const shared = ctx.runId("shared");
      await ctx.workflow(FAILING).createRun({ runId: shared });
      await ctx.call(
        "startAsync() on the city workflow with a failing-workflow run id",
        () => wf.startAsync({ runId: shared, inputData: cityRuns.auto.inputData }),
        (r) => r.status,
      );
      await ctx.call("failing workflow's runExecutionResult of the shared id", () =>
        ctx.workflow(FAILING).runExecutionResult(shared),
      );
      await ctx.call(
        "city workflow's runExecutionResult of the shared id",
        () => wf.runExecutionResult(shared),
        (r) => r.status,
      );
      const ids = (runs: { runs: { runId: string; workflowName?: string }[] }) =>
        runs.runs.map((r) => `${r.workflowName}:${r.runId}`);
      await ctx.call(
        "failing workflow's runs()",
        () => ctx.workflow(FAILING).runs({ fromDate: from }),
        ids,
      );
      await ctx.call("city workflow's runs()", () => wf.runs({ fromDate: from }), ids);
      await ctx.call("failing workflow's runById of the shared id", () =>
        ctx.workflow(FAILING).runById(shared),
      );
      await ctx.call(
        "city workflow's runById of the shared id",
        () => wf.runById(shared),
        (r) => ({
          workflowName: r.workflowName,
          status: r.snapshot && typeof r.snapshot === "object" ? r.snapshot.status : r.snapshot,
        }),
      );
    },
  },
  {
    id: "start-async/json-without-content-type",
    title: "start-async parses a JSON body whatever its content type",
    workflows: [CITY],
    async run(ctx) {
      await ctx.raw("POST start-async with text/plain JSON", {
        method: "POST",
        path: `/workflows/${CITY}/start-async?runId=${ctx.runId("run")}`,
        body: JSON.stringify({ inputData: cityRuns.auto.inputData }),
        headers: { "content-type": "text/plain" },
      });
    },
  },
];
