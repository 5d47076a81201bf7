import type {
  RunsFilter1x,
  WorkflowEventStream,
  WorkflowRun,
  WorkflowStreamEvent,
  WorkflowStreamResult,
} from "@wfkit/client";
import type { Scenario } from "../types.js";
import { CITY, PIPELINE, allRuns, cityRuns } from "./workflows.js";

/** Why a scenario of routes only 1.x has does not run on 0.x. */
const only1x = (routes: string) => `${routes}: Mastra 1.x only; 0.x has no such route or parameter`;

/** An event as `<type>[:<step id>]`, the finish with its status; volatile fields left out. */
function describeEvent(event: WorkflowStreamEvent): string {
  if (event.type === "other") return `other:${event.eventType}`;
  if (event.type === "workflow-finish") return `finish:${event.payload.workflowStatus}`;
  const id = (event.payload as { id?: unknown }).id;
  return typeof id === "string" ? `${event.type}:${id}` : event.type;
}

/** A stream's result without times and call ids: status, output, error, steps' statuses. */
function describeResult(result: WorkflowStreamResult): unknown {
  return {
    status: result.status,
    result: result.result,
    error: result.error?.message,
    suspended: result.suspended,
    steps: Object.fromEntries(Object.entries(result.steps).map(([id, s]) => [id, s.status])),
  };
}

/** A stored run's status (its snapshot's). */
const runStatus = (run: { snapshot?: WorkflowRun["snapshot"] }): string =>
  typeof run.snapshot === "object" ? run.snapshot.status : "unparsed";

/** Reads a stream to its end: its events, then its result. */
async function drain(stream: WorkflowEventStream) {
  const events: string[] = [];
  for await (const event of stream) events.push(describeEvent(event));
  return { events, result: describeResult(await stream.result) };
}

/** The client's stream calls, `runs` with the status filter and paging, and `runCounts`. */
export const v1StreamScenarios: readonly Scenario[] = [
  ...allRuns.map(({ name, workflow, inputData }): Scenario => ({
    id: `client-stream/${name}`,
    title: `client stream() on ${workflow}: typed events (0.x's renamed) and stream.result`,
    workflows: [workflow],
    async run(ctx) {
      const runId = ctx.runId("run");
      await ctx.call("stream() events and result", async () =>
        drain(await ctx.workflow(workflow).stream({ runId, inputData })),
      );
    },
  })),
  {
    id: "v1/client-resume-stream",
    title:
      "client stream() to the suspension, resumeStream() (step found by the preflight) to success; a finished run fails the preflight",
    workflows: [CITY],
    notIn: { "0.x": only1x("POST resume-stream") },
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const runId = ctx.runId("run");
      await ctx.call("stream() to the suspension", async () =>
        drain(await wf.stream({ runId, inputData: { city: "Lyon" } })),
      );
      await ctx.call("resumeStream() without step", async () =>
        drain(await wf.resumeStream({ runId, resumeData: { approved: true, approver: "jo" } })),
      );
      await ctx.call("resumeStream() of the finished run (preflight)", async () =>
        drain(await wf.resumeStream({ runId, resumeData: { approved: true } })),
      );
      await ctx.call("resumeNoWait() of the finished run (preflight)", () =>
        wf.resumeNoWait({ runId, step: "approval", resumeData: { approved: true } }),
      );
      await ctx.call("runExecutionResult", () => wf.runExecutionResult(runId));
    },
  },
  {
    id: "v1/client-per-step",
    title:
      "client stream() and startAsync() with perStep: one step, then paused; the paused run is not resumable",
    workflows: [CITY],
    notIn: { "0.x": only1x("perStep") },
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const streamed = ctx.runId("streamed");
      await ctx.call("stream({ perStep: true })", async () =>
        drain(await wf.stream({ runId: streamed, inputData: { city: "Rome" }, perStep: true })),
      );
      await ctx.call("runExecutionResult of the streamed run", async () => {
        const state = await wf.runExecutionResult(streamed);
        return { status: state.status, steps: Object.keys(state.steps) };
      });
      const runId = ctx.runId("async");
      await ctx.call("startAsync({ perStep: true })", async () => {
        const result = await wf.startAsync({ runId, inputData: { city: "Rome" }, perStep: true });
        return { status: result.status, steps: Object.keys(result.steps) };
      });
      await ctx.call("runById of the paused run", async () => runStatus(await wf.runById(runId)));
      await ctx.call("resumeNoWait() of the paused run (preflight)", () =>
        wf.resumeNoWait({ runId, step: "approval", resumeData: { approved: true } }),
      );
    },
  },
  {
    id: "v1/client-observe-stream",
    title:
      "client observeStream(): the replay without the server's repeats, from an offset, and live while the run goes on",
    workflows: [CITY, PIPELINE],
    notIn: { "0.x": only1x("POST observe") },
    async run(ctx) {
      const city = ctx.workflow(CITY);
      const runId = ctx.runId("run");
      await ctx.call("stream() to the suspension", async () =>
        drain(await city.stream({ runId, inputData: { city: "Porto" } })),
      );
      await ctx.call("observeStream() of the suspended run", async () =>
        drain(await city.observeStream({ runId })),
      );
      await ctx.call("observeStream({ offset: 2 }) of the suspended run", async () =>
        drain(await city.observeStream({ runId, offset: 2 })),
      );
      await ctx.call("resumeStream()", async () =>
        drain(await city.resumeStream({ runId, resumeData: { approved: true } })),
      );
      await ctx.call("observeStream() of the finished run (both streams, once each)", async () =>
        drain(await city.observeStream({ runId })),
      );
      // Live: observe a run whose stream is still going (the pipeline sleeps 50 ms between steps).
      const pipeline = ctx.workflow(PIPELINE);
      const live = ctx.runId("live");
      await ctx.call("observeStream() of a running streamed run, then its stream", async () => {
        const stream = await pipeline.stream({ runId: live, inputData: { value: 1 } });
        const observed = await drain(await pipeline.observeStream({ runId: live }));
        return { observed, streamed: await drain(stream) };
      });
    },
  },
  {
    id: "v1/client-runs-status",
    title: "client runs() with the status filter, limit/offset and page/perPage, and runCounts()",
    workflows: [CITY],
    notIn: { "0.x": only1x("GET runs?status=, run-counts") },
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      // Other scenarios' runs are on the server too: each answer is projected onto this
      // scenario's runs, newest first.
      const mine = new Map<string, string>();
      for (const [tag, inputData] of [
        ["first", { city: "Oslo" }],
        ["second", cityRuns.auto.inputData],
        ["third", { city: "Riga" }],
      ] as const) {
        const runId = ctx.runId(tag);
        mine.set(runId, tag);
        await wf.startAsync({ runId, inputData });
      }
      const ids = (page: { runs: WorkflowRun[]; total: number }) => ({
        mine: page.runs.filter((run) => mine.has(run.runId)).map((run) => mine.get(run.runId)),
        statuses: page.runs.filter((run) => mine.has(run.runId)).map((run) => runStatus(run)),
        total: typeof page.total,
      });
      const calls: Array<[string, RunsFilter1x]> = [
        ["runs({ status: suspended })", { status: "suspended" }],
        ["runs({ status: success })", { status: "success" }],
        ["runs({ limit: 2 })", { limit: 2 }],
        ["runs({ limit: 1, offset: 1 })", { limit: 1, offset: 1 }],
        ["runs({ limit: 2, offset: 1 })", { limit: 2, offset: 1 }],
        ["runs({ page: 1, perPage: 2 })", { page: 1, perPage: 2 }],
        [
          "runs({ status: suspended, limit: 1, offset: 1 })",
          { status: "suspended", limit: 1, offset: 1 },
        ],
      ];
      for (const [label, filter] of calls) await ctx.call(label, () => wf.runs(filter), ids);
      // The counts depend on every run the server holds: compare the kinds of the values only.
      await ctx.call(
        "runCounts() (value kinds)",
        () => wf.runCounts(),
        (counts) => ({
          running: typeof counts.running,
          suspended: typeof counts.suspended,
        }),
      );
    },
  },
];
