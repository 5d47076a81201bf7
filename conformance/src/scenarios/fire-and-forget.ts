import type { Workflow } from "@wfkit/client";
import type { Scenario, ScenarioContext } from "../types.js";
import { CITY, allRuns, sampleRuns } from "./workflows.js";

/** `start` and `resume` return at once; the run is then followed by polling. */
/**
 * After a `resume()` that kills real Mastra 0.10: records whether the server survived and, if so,
 * the run's status.
 */
async function statusIfAlive(ctx: ScenarioContext, wf: Workflow, runId: string): Promise<void> {
  if (!(await ctx.checkServer("server after resume()"))) return;
  await ctx.call(
    "runExecutionResult",
    () => wf.runExecutionResult(runId),
    (r) => r.status,
  );
}

export const fireAndForgetScenarios: readonly Scenario[] = [
  ...allRuns.map(({ name, workflow, inputData, stops }): Scenario => ({
    id: `start/poll/${name}`,
    title: `start on ${workflow} returns at once; polling finds where the run stopped`,
    workflows: [workflow],
    async run(ctx) {
      const wf = ctx.workflow(workflow);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await ctx.call("start()", () => wf.start({ runId, inputData }));
      // Waits for the run's own stop: a 1.x run sleeping in a step is `waiting`, which is no stop.
      await ctx.settle("runExecutionResult once settled", workflow, runId, (s) => s === stops);
      await ctx.call("runById once settled", () => wf.runById(runId));
    },
  })),
  {
    id: "resume/poll",
    title: "resume of the suspended step returns at once; polling finds the run finished",
    workflows: [CITY],
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await ctx.call("start()", () => wf.start({ runId, inputData: { city: "Madrid" } }));
      await ctx.settle("runExecutionResult once suspended", CITY, runId);
      await ctx.call("resume()", () =>
        wf.resume({
          preflight: false,
          runId,
          step: "approval",
          resumeData: { approved: true, approver: "bo" },
        }),
      );
      await ctx.settle(
        "runExecutionResult once settled",
        CITY,
        runId,
        (s) => s !== "suspended" && s !== "running",
      );
      await ctx.checkServer("server after resume()");
    },
  },
  {
    id: "resume/missing-run-id-or-step",
    title: "resume and resumeAsync without runId or step (raw: the client refuses to send them)",
    workflows: [CITY],
    async run(ctx) {
      for (const route of ["resume", "resume-async"]) {
        await ctx.raw(`POST ${route} without runId`, {
          method: "POST",
          path: `/workflows/${CITY}/${route}`,
          body: {
            step: "approval",
            resumeData: { approved: true },
          },
        });
        await ctx.raw(`POST ${route} without step`, {
          method: "POST",
          path: `/workflows/${CITY}/${route}?runId=${ctx.runId("any")}`,
          body: { resumeData: { approved: true } },
        });
      }
    },
  },
  // Real Mastra 0.10 answers these and then dies of an unhandled rejection.
  ...sampleRuns.map(({ name, workflow, inputData, stops }): Scenario => ({
    id: `resume/finished/${name}`,
    title: `resume (fire-and-forget) on a finished ${workflow} run`,
    workflows: [workflow],
    destructive: true,
    async run(ctx) {
      const wf = ctx.workflow(workflow);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await wf.startAsync({ runId, inputData });
      if (stops === "suspended") {
        await wf.resumeAsync({
          preflight: false,
          runId,
          step: "approval",
          resumeData: { approved: true },
        });
      }
      await ctx.call("resume() on the finished run", () =>
        wf.resume({ preflight: false, runId, step: "approval", resumeData: { approved: true } }),
      );
      await statusIfAlive(ctx, wf, runId);
    },
  })),
  {
    id: "resume/wrong-step",
    title: "resume (fire-and-forget) of a step that is not suspended",
    workflows: [CITY],
    destructive: true,
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await wf.startAsync({ runId, inputData: { city: "Riga" } });
      await ctx.call("resume({ step: 'finalize' })", () =>
        wf.resume({ preflight: false, runId, step: "finalize", resumeData: { approved: true } }),
      );
      await statusIfAlive(ctx, wf, runId);
    },
  },
  {
    id: "resume/not-started",
    title: "resume (fire-and-forget) of a created run that never started",
    workflows: [CITY],
    destructive: true,
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const runId = ctx.runId("pending");
      await wf.createRun({ runId });
      await ctx.call("resume() on a pending run", () =>
        wf.resume({ preflight: false, runId, step: "approval", resumeData: { approved: true } }),
      );
      await ctx.checkServer("server after resume()");
    },
  },
  {
    id: "resume/never-created",
    title: "resume (fire-and-forget) of a run that was never created: 404, and the server survives",
    workflows: [CITY],
    async run(ctx) {
      await ctx.call("resume() on a run never created", () =>
        ctx.workflow(CITY).resume({
          preflight: false,
          runId: ctx.runId("never"),
          step: "approval",
          resumeData: { approved: true },
        }),
      );
      await ctx.checkServer("server after resume()");
    },
  },
];
