import type { Scenario, ScenarioContext } from "../types.js";
import { CITY, FAILING, PIPELINE, UNKNOWN_WORKFLOW, sampleRuns } from "./workflows.js";

/** Half of the 1 s the `SLOW` city spends in validate-city and in finalize. */
export const HALF_A_SLOW_STEP_MS = 500;

const stage = async (ctx: ScenarioContext, name: string, workflow: string, runId: string) => {
  const wf = ctx.workflow(workflow);
  await ctx.call(`runExecutionResult (${name})`, () => wf.runExecutionResult(runId));
  await ctx.call(`runById (${name})`, () => wf.runById(runId));
};

/** `runExecutionResult`, `runById` and `runs` at every stage of a run. */
export const inspectionScenarios: readonly Scenario[] = [
  {
    id: "stages/city-slow",
    title: "runExecutionResult and runById while pending, running, suspended, running again, done",
    workflows: [CITY],
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await stage(ctx, "pending", CITY, runId);
      // SLOW spends 1 s in validate-city and 1 s in finalize: look half-way through each.
      await wf.start({ runId, inputData: { city: "SLOW" } });
      await ctx.sleep(HALF_A_SLOW_STEP_MS);
      await stage(ctx, "running the first step", CITY, runId);
      await ctx.settle("state once stopped", CITY, runId);
      await stage(ctx, "suspended", CITY, runId);
      await wf.resume({
        preflight: false,
        runId,
        step: "approval",
        resumeData: { approved: true },
      });
      await ctx.sleep(HALF_A_SLOW_STEP_MS);
      await stage(ctx, "running the last step", CITY, runId);
      await ctx.settle(
        "state once finished",
        CITY,
        runId,
        (s) => s !== "running" && s !== "suspended",
      );
      await stage(ctx, "success", CITY, runId);
    },
  },
  ...sampleRuns.map(({ name, workflow, inputData }): Scenario => ({
    id: `stages/${name}`,
    title: `runExecutionResult and runById of ${workflow} when created and when stopped`,
    workflows: [workflow],
    async run(ctx) {
      const wf = ctx.workflow(workflow);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await stage(ctx, "pending", workflow, runId);
      await wf.startAsync({ runId, inputData });
      await stage(ctx, "stopped", workflow, runId);
    },
  })),
  {
    id: "stages/unknown",
    title: "runExecutionResult and runById of unknown runs and unknown workflows",
    workflows: [CITY, PIPELINE],
    async run(ctx) {
      const never = ctx.runId("never");
      await ctx.call("runExecutionResult of a run never created", () =>
        ctx.workflow(CITY).runExecutionResult(never),
      );
      await ctx.call("runById of a run never created", () => ctx.workflow(CITY).runById(never));
      await ctx.call("runExecutionResult on an unknown workflow", () =>
        ctx.workflow(UNKNOWN_WORKFLOW).runExecutionResult(never),
      );
      await ctx.call("runById on an unknown workflow", () =>
        ctx.workflow(UNKNOWN_WORKFLOW).runById(never),
      );
      const other = ctx.runId("pipeline-run");
      await ctx.workflow(PIPELINE).createRun({ runId: other });
      await ctx.call("runById of another workflow's run", () => ctx.workflow(CITY).runById(other));
      await ctx.call("runExecutionResult of another workflow's run", () =>
        ctx.workflow(CITY).runExecutionResult(other),
      );
    },
  },
  ...[CITY, FAILING, PIPELINE].map((workflow): Scenario => ({
    id: `runs/${workflow}`,
    title: `runs() of ${workflow}: date filters, limit and offset`,
    workflows: [workflow],
    async run(ctx) {
      const wf = ctx.workflow(workflow);
      const sample = sampleRuns.find((s) => s.workflow === workflow)!;
      // Only runs made here count: the server may hold runs of other scenarios (or none after a restart).
      const from = new Date(Date.now() - 1);
      const ids = [ctx.runId("first"), ctx.runId("second"), ctx.runId("third")];
      let between: Date | undefined;
      for (const [i, runId] of ids.entries()) {
        await wf.createRun({ runId });
        if (i === 0) await wf.startAsync({ runId, inputData: sample.inputData });
        await ctx.sleep(15);
        if (i === 0) between = new Date();
        await ctx.sleep(15);
      }
      const to = new Date(Date.now() + 1);
      const ours = (runs: { runs: { runId: string }[]; total: number }) => ({
        total: runs.total,
        runIds: runs.runs.map((r) => r.runId),
        runs: runs.runs,
      });
      await ctx.call("runs({ fromDate })", () => wf.runs({ fromDate: from }), ours);
      await ctx.call(
        "runs({ fromDate, toDate: after the first })",
        () => wf.runs({ fromDate: from, toDate: between! }),
        ours,
      );
      await ctx.call(
        "runs({ fromDate: after the first, toDate })",
        () => wf.runs({ fromDate: between!, toDate: to }),
        ours,
      );
      await ctx.call(
        "runs({ fromDate, limit: 2, offset: 0 })",
        () => wf.runs({ fromDate: from, limit: 2, offset: 0 }),
        ours,
      );
      await ctx.call(
        "runs({ fromDate, limit: 2, offset: 2 })",
        () => wf.runs({ fromDate: from, limit: 2, offset: 2 }),
        ours,
      );
      await ctx.call(
        "runs({ fromDate, limit: 0, offset: 0 })",
        () => wf.runs({ fromDate: from, limit: 0, offset: 0 }),
        ours,
      );
      await ctx.call(
        "runs({ fromDate, limit: -1, offset: 0 })",
        () => wf.runs({ fromDate: from, limit: -1, offset: 0 }),
        ours,
      );
      await ctx.call(
        "runs({ fromDate, limit: 1 }) without offset",
        () => wf.runs({ fromDate: from, limit: 1 }),
        ours,
      );
      await ctx.call(
        "runs({ fromDate, offset: 1 }) without limit",
        () => wf.runs({ fromDate: from, offset: 1 }),
        ours,
      );
      await ctx.call(
        "runs({ fromDate: in the future })",
        () => wf.runs({ fromDate: new Date(Date.now() + 60_000) }),
        ours,
      );
      await ctx.call(
        "runs({ resourceId })",
        () => wf.runs({ fromDate: from, resourceId: "no-such-resource" }),
        ours,
      );
    },
  })),
  {
    id: "runs/unknown-workflow",
    title: "runs() of an unknown workflow, and raw runs queries the client would not send",
    workflows: [CITY],
    async run(ctx) {
      await ctx.call("runs() on an unknown workflow", () => ctx.workflow(UNKNOWN_WORKFLOW).runs());
      const future = new Date(Date.now() + 60_000).toISOString();
      await ctx.raw("GET runs?fromDate=garbage", {
        method: "GET",
        path: `/workflows/${CITY}/runs?fromDate=garbage`,
      });
      await ctx.raw("GET runs?limit=abc&offset=0 (future fromDate)", {
        method: "GET",
        path: `/workflows/${CITY}/runs?fromDate=${future}&limit=abc&offset=0`,
      });
    },
  },
];
