import type { Scenario, ScenarioContext } from "../types.js";
import { HALF_A_SLOW_STEP_MS } from "./inspection.js";
import { CITY, cityRuns, sampleRuns, type SampleRun } from "./workflows.js";

const suspendedCity = async (ctx: ScenarioContext, city = "Lisbon") => {
  const wf = ctx.workflow(CITY);
  const runId = ctx.runId("run");
  await wf.createRun({ runId });
  await ctx.call(
    "startAsync() to suspended",
    () => wf.startAsync({ runId, inputData: { city } }),
    (r) => r.status,
  );
  return { wf, runId };
};

const finishedRun = async (ctx: ScenarioContext, sample: SampleRun) => {
  const wf = ctx.workflow(sample.workflow);
  const runId = ctx.runId("run");
  await wf.createRun({ runId });
  if (sample.stops === "suspended") {
    await wf.startAsync({ runId, inputData: sample.inputData });
    await ctx.call(
      "resumeAsync() to success",
      () =>
        wf.resumeAsync({
          preflight: false,
          runId,
          step: "approval",
          resumeData: { approved: true },
        }),
      (r) => r.status,
    );
  } else {
    await ctx.call(
      "startAsync() to the end",
      () => wf.startAsync({ runId, inputData: sample.inputData }),
      (r) => r.status,
    );
  }
  return { wf, runId };
};

/** `resumeAsync`, and `resume` where real Mastra survives it. */
export const resumeScenarios: readonly Scenario[] = [
  {
    id: "resume-async/right-step",
    title: "resumeAsync of the suspended step, with and without an approver",
    workflows: [CITY],
    async run(ctx) {
      const { wf, runId } = await suspendedCity(ctx);
      await ctx.call("resumeAsync({ step: 'approval' })", () =>
        wf.resumeAsync({
          preflight: false,
          runId,
          step: "approval",
          resumeData: { approved: true, approver: "ana" },
        }),
      );
      await ctx.call("runExecutionResult", () => wf.runExecutionResult(runId));
      await ctx.call("runById", () => wf.runById(runId));

      const second = await suspendedCity(ctx, "Oslo");
      await ctx.call("resumeAsync rejected", () =>
        second.wf.resumeAsync({
          preflight: false,
          runId: second.runId,
          step: "approval",
          resumeData: { approved: false },
        }),
      );
    },
  },
  {
    id: "resume-async/step-path",
    title: "resumeAsync with the step given as a path array",
    workflows: [CITY],
    async run(ctx) {
      const { wf, runId } = await suspendedCity(ctx);
      await ctx.call("resumeAsync({ step: ['approval'] })", () =>
        wf.resumeAsync({
          preflight: false,
          runId,
          step: ["approval"],
          resumeData: { approved: true },
        }),
      );
    },
  },
  {
    id: "resume-async/no-resume-data",
    title: "resumeAsync without resumeData: the step suspends again",
    workflows: [CITY],
    async run(ctx) {
      const { wf, runId } = await suspendedCity(ctx);
      await ctx.call("resumeAsync without resumeData", () =>
        wf.resumeAsync({ preflight: false, runId, step: "approval" }),
      );
      await ctx.call("runExecutionResult", () => wf.runExecutionResult(runId));
      await ctx.call("resumeAsync again with data", () =>
        wf.resumeAsync({
          preflight: false,
          runId,
          step: "approval",
          resumeData: { approved: true },
        }),
      );
    },
  },
  {
    id: "resume-async/wrong-step",
    title: "resumeAsync of a step that is not suspended (done, not yet run, unknown)",
    workflows: [CITY],
    async run(ctx) {
      const { wf, runId } = await suspendedCity(ctx);
      for (const step of ["validate-city", "finalize", "no-such-step"]) {
        await ctx.call(`resumeAsync({ step: '${step}' })`, () =>
          wf.resumeAsync({ preflight: false, runId, step, resumeData: { approved: true } }),
        );
      }
      await ctx.call("runExecutionResult (still suspended)", () => wf.runExecutionResult(runId));
      await ctx.call(
        "resumeAsync of the right step still works",
        () =>
          wf.resumeAsync({
            preflight: false,
            runId,
            step: "approval",
            resumeData: { approved: true },
          }),
        (r) => r.status,
      );
    },
  },
  ...[...sampleRuns, cityRuns.auto].map((sample): Scenario => ({
    id: `resume-async/finished/${sample.name}`,
    title: `resumeAsync on a finished ${sample.workflow} run`,
    workflows: [sample.workflow],
    async run(ctx) {
      const { wf, runId } = await finishedRun(ctx, sample);
      await ctx.call("resumeAsync on the finished run", () =>
        wf.resumeAsync({
          preflight: false,
          runId,
          step: "approval",
          resumeData: { approved: true },
        }),
      );
      await ctx.call(
        "runExecutionResult",
        () => wf.runExecutionResult(runId),
        (r) => r.status,
      );
    },
  })),
  {
    id: "resume-async/running",
    title: "resumeAsync while the run is still in its first (slow) step",
    workflows: [CITY],
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await wf.start({ runId, inputData: { city: "SLOW" } });
      await ctx.sleep(HALF_A_SLOW_STEP_MS);
      await ctx.call("resumeAsync during validate-city", () =>
        wf.resumeAsync({
          preflight: false,
          runId,
          step: "approval",
          resumeData: { approved: true },
        }),
      );
      await ctx.settle("runExecutionResult once stopped", CITY, runId);
    },
  },
  {
    id: "resume-async/not-started",
    title: "resumeAsync on a created run that never started, and on a run never created",
    workflows: [CITY],
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const runId = ctx.runId("pending");
      await wf.createRun({ runId });
      await ctx.call("resumeAsync on a pending run", () =>
        wf.resumeAsync({
          preflight: false,
          runId,
          step: "approval",
          resumeData: { approved: true },
        }),
      );
      await ctx.call("resumeAsync on a run never created", () =>
        wf.resumeAsync({
          preflight: false,
          runId: ctx.runId("never"),
          step: "approval",
          resumeData: { approved: true },
        }),
      );
    },
  },
];
