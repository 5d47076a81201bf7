import type { Scenario } from "../types.js";
import { HALF_A_SLOW_STEP_MS } from "./inspection.js";
import { CITY, PIPELINE, UNKNOWN_WORKFLOW, allRuns } from "./workflows.js";

/** Short enough to keep the suite fast, long enough for a 50 ms sleep step. */
const FINISHED_WATCH_MS = 1_500;

/** `workflow.watch` record sequences, and the watch route on the wire. */
export const watchScenarios: readonly Scenario[] = [
  ...allRuns.map(({ name, workflow, inputData }): Scenario => ({
    id: `watch/start/${name}`,
    title: `watch then start on ${workflow}: the records until the run stops`,
    workflows: [workflow],
    async run(ctx) {
      const wf = ctx.workflow(workflow);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await ctx.watch("watch()", workflow, runId, () => wf.start({ runId, inputData }));
      const wire = ctx.runId("wire");
      await wf.createRun({ runId: wire });
      await ctx.rawStream("GET watch (wire)", `/workflows/${workflow}/watch?runId=${wire}`, {
        trigger: () => wf.start({ runId: wire, inputData }),
      });
    },
  })),
  {
    id: "watch/resume",
    title: "watch a suspended run, then resume it: the records until it finishes",
    workflows: [CITY],
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      for (const [label, wire] of [
        ["watch()", false],
        ["GET watch (wire)", true],
      ] as const) {
        const runId = ctx.runId(wire ? "wire" : "run");
        await wf.createRun({ runId });
        await wf.startAsync({ runId, inputData: { city: "Bern" } });
        const resume = () =>
          wf.resume({
            preflight: false,
            runId,
            step: "approval",
            resumeData: { approved: true, approver: "cy" },
          });
        if (wire) {
          await ctx.rawStream(label, `/workflows/${CITY}/watch?runId=${runId}`, {
            trigger: resume,
          });
        } else await ctx.watch(label, CITY, runId, resume);
      }
    },
  },
  {
    id: "watch/resume-async",
    title: "watch a suspended run, then resumeAsync it",
    workflows: [CITY],
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await wf.startAsync({ runId, inputData: { city: "Bern" } });
      await ctx.watch("watch()", CITY, runId, () =>
        ctx.call(
          "resumeAsync()",
          () =>
            wf.resumeAsync({
              preflight: false,
              runId,
              step: "approval",
              resumeData: { approved: false },
            }),
          (r) => r.status,
        ),
      );
    },
  },
  {
    id: "watch/start-async",
    title: "watch then startAsync: the same records as with start",
    workflows: [CITY],
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await ctx.watch("watch()", CITY, runId, () =>
        ctx.call(
          "startAsync()",
          () => wf.startAsync({ runId, inputData: { city: "Quito" } }),
          (r) => r.status,
        ),
      );
    },
  },
  {
    id: "watch/follow",
    title: "watch with follow: true lasts across suspend and resume until the run finishes",
    workflows: [CITY],
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await ctx.watch(
        "watch({ follow: true })",
        CITY,
        runId,
        async () => {
          await wf.startAsync({ runId, inputData: { city: "Lima" } });
          await wf.resumeAsync({
            preflight: false,
            runId,
            step: "approval",
            resumeData: { approved: true },
          });
        },
        // Whether the watcher saw the resume live or caught up from the run's state depends on timing.
        { follow: true, summaryOnly: true, stallTimeoutMs: 300 },
      );
    },
  },
  {
    id: "watch/follow/pipeline",
    title: "watch with follow: true goes on past the sleep step (where Mastra's own watch ends)",
    workflows: [PIPELINE],
    async run(ctx) {
      const wf = ctx.workflow(PIPELINE);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await ctx.watch(
        "watch({ follow: true })",
        PIPELINE,
        runId,
        () => wf.start({ runId, inputData: { value: 4 } }),
        { follow: true, summaryOnly: true, stallTimeoutMs: 300 },
      );
    },
  },
  {
    id: "watch/join-mid-run",
    title: "a watch opened while the first step runs gets only the later records (no replay)",
    workflows: [CITY],
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      for (const wire of [false, true]) {
        const runId = ctx.runId(wire ? "wire" : "run");
        await wf.createRun({ runId });
        await wf.start({ runId, inputData: { city: "SLOW" } });
        await ctx.sleep(HALF_A_SLOW_STEP_MS);
        if (wire) {
          await ctx.rawStream(
            "GET watch mid-run (wire)",
            `/workflows/${CITY}/watch?runId=${runId}`,
          );
        } else {
          await ctx.watch("watch() mid-run", CITY, runId);
        }
      }
    },
  },
  {
    id: "watch/two-watchers",
    title: "two watchers of one run each get every record",
    workflows: [CITY],
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      const path = `/workflows/${CITY}/watch?runId=${runId}`;
      let release!: () => void;
      const bothOpen = new Promise<void>((resolve) => (release = resolve));
      let opened = 0;
      const opener = async () => {
        opened++;
        if (opened === 2) release();
        await bothOpen;
      };
      await Promise.all([
        ctx.rawStream("first watcher (wire)", path, { trigger: opener }),
        ctx.rawStream("second watcher (wire)", path, { trigger: opener }),
        bothOpen.then(() => wf.start({ runId, inputData: { city: "Accra" } })),
      ]);
    },
  },
  {
    id: "watch/unknown-run",
    title: "watch a run never created, on an unknown workflow, and without runId",
    workflows: [CITY],
    async run(ctx) {
      const never = ctx.runId("never");
      await ctx.watch("watch() of a run never created", CITY, never, undefined, {
        timeoutMs: FINISHED_WATCH_MS,
      });
      await ctx.watch("watch() on an unknown workflow", UNKNOWN_WORKFLOW, never, undefined, {
        timeoutMs: FINISHED_WATCH_MS,
      });
      await ctx.rawStream(
        "GET watch of a run never created (wire)",
        `/workflows/${CITY}/watch?runId=${never}`,
      );
      await ctx.rawStream(
        "GET watch on an unknown workflow (wire)",
        `/workflows/${UNKNOWN_WORKFLOW}/watch?runId=${never}`,
      );
      await ctx.raw("GET watch without runId (wire)", {
        method: "GET",
        path: `/workflows/${CITY}/watch`,
      });
    },
  },
  {
    id: "watch/finished",
    title: "watch a run that already finished (real Mastra never closes that watch)",
    workflows: [CITY],
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await wf.startAsync({ runId, inputData: { city: "AUTO" } });
      await ctx.watch("watch() of a finished run", CITY, runId, undefined, {
        timeoutMs: FINISHED_WATCH_MS,
        stallTimeoutMs: 300,
      });
      await ctx.rawStream(
        "GET watch of a finished run (wire, cut after 300 ms)",
        `/workflows/${CITY}/watch?runId=${runId}`,
        { timeoutMs: 300 },
      );
    },
  },
];

/** `POST …/stream`: the run's own event stream (no client method; raw). */
export const streamScenarios: readonly Scenario[] = allRuns.map(
  ({ name, workflow, inputData }): Scenario => ({
    id: `stream/${name}`,
    title: `POST stream on ${workflow}: the run's events until it stops`,
    workflows: [workflow],
    async run(ctx) {
      const runId = ctx.runId("run");
      await ctx.workflow(workflow).createRun({ runId });
      await ctx.rawStream("POST stream (wire)", `/workflows/${workflow}/stream?runId=${runId}`, {
        method: "POST",
        body: { inputData },
        timeoutMs: FINISHED_WATCH_MS,
      });
      await ctx.call("runExecutionResult", () => ctx.workflow(workflow).runExecutionResult(runId));
    },
  }),
);
