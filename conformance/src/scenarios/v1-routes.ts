import type { Scenario } from "../types.js";
import { CITY, cityRuns } from "./workflows.js";

/** Why a scenario of routes only 1.x has does not run on 0.x. */
const only1x = (routes: string) => `${routes}: Mastra 1.x only; 0.x has no such route or parameter`;

/** Routes only Mastra 1.x has, and the 0.x routes it removed. */
export const v1RouteScenarios: readonly Scenario[] = [
  {
    id: "v1/removed-routes",
    title:
      "watch, execution-result and send-event are gone on 1.x: 404 text, and the client says so",
    workflows: [CITY],
    notIn: {
      "0.x": "0.x serves these routes; the watch, inspection and send-event scenarios cover them",
    },
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await wf.startAsync({ runId, inputData: { city: "Kyiv" } });
      const base = `/workflows/${CITY}`;
      await ctx.raw("GET watch", { path: `${base}/watch?runId=${runId}` });
      await ctx.raw("GET execution-result", { path: `${base}/runs/${runId}/execution-result` });
      await ctx.raw("POST send-event", {
        method: "POST",
        path: `${base}/runs/${runId}/send-event`,
        body: { event: "ping", data: {} },
      });
      await ctx.call("client sendRunEvent()", () =>
        wf.sendRunEvent({ runId, event: "ping", data: {} }),
      );
      await ctx.call("client serverProtocol()", () => ctx.client.serverProtocol());
    },
  },
  {
    id: "v1/run-state",
    title: "GET runs/{runId} with ?fields=, resume-no-wait, DELETE runs/{runId} and run-counts",
    workflows: [CITY],
    notIn: {
      "0.x": only1x("GET runs/{runId}?fields=, resume-no-wait, DELETE runs/{runId}, run-counts"),
    },
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const base = `/workflows/${CITY}`;
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await wf.startAsync({ runId, inputData: { city: "Oslo" } });
      await ctx.raw("GET runs/{runId}?fields=result,steps", {
        path: `${base}/runs/${runId}?fields=result,steps`,
      });
      await ctx.raw("GET runs/{runId}?fields=status", {
        path: `${base}/runs/${runId}?fields=status`,
      });
      await ctx.raw("POST resume-no-wait", {
        method: "POST",
        path: `${base}/resume-no-wait?runId=${runId}`,
        body: { step: "approval", resumeData: { approved: true, approver: "al" } },
      });
      await ctx.settle("state after resume-no-wait", CITY, runId, (s) => s === "success");
      await ctx.raw("GET runs/{runId}?fields=result", {
        path: `${base}/runs/${runId}?fields=result`,
      });
      await ctx.raw("DELETE runs/{runId}", { method: "DELETE", path: `${base}/runs/${runId}` });
      await ctx.raw("GET runs/{runId} after DELETE", { path: `${base}/runs/${runId}` });
      await ctx.raw("DELETE runs/{runId} again", {
        method: "DELETE",
        path: `${base}/runs/${runId}`,
      });
      // The counts depend on every run the server holds (and 1.x caches them for 5 s): compare
      // the workflows listed and the kinds of their values only.
      await ctx.raw("GET run-counts (keys and value kinds)", {
        path: "/workflows/run-counts",
        project: (body) =>
          Object.fromEntries(
            Object.entries((body ?? {}) as Record<string, Record<string, unknown>>).map(
              ([key, value]) => [
                key,
                Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v])),
              ],
            ),
          ),
      });
    },
  },
  {
    id: "v1/observe",
    title:
      "POST observe replays what stream and resume-stream sent, and is empty for start-async runs",
    workflows: [CITY],
    notIn: { "0.x": only1x("POST observe and resume-stream") },
    async run(ctx) {
      const base = `/workflows/${CITY}`;
      const runId = ctx.runId("run");
      await ctx.rawStream("POST stream to suspended", `${base}/stream?runId=${runId}`, {
        method: "POST",
        body: { inputData: { city: "Bern" } },
        timeoutMs: 1_500,
      });
      await ctx.rawStream("POST observe of the suspended run", `${base}/observe?runId=${runId}`, {
        method: "POST",
        timeoutMs: 1_000,
      });
      await ctx.rawStream("POST resume-stream", `${base}/resume-stream?runId=${runId}`, {
        method: "POST",
        body: { step: "approval", resumeData: { approved: true } },
        timeoutMs: 1_500,
      });
      await ctx.rawStream("POST observe of the finished run", `${base}/observe?runId=${runId}`, {
        method: "POST",
        timeoutMs: 1_000,
      });
      await ctx.raw("POST stream of the finished run", {
        method: "POST",
        path: `${base}/stream?runId=${runId}`,
        body: { inputData: { city: "Bern" } },
      });
      const plain = ctx.runId("plain");
      await ctx.workflow(CITY).startAsync({ runId: plain, inputData: cityRuns.auto.inputData });
      await ctx.rawStream("POST observe of a start-async run", `${base}/observe?runId=${plain}`, {
        method: "POST",
        timeoutMs: 1_000,
      });
      await ctx.raw("POST observe of a run never created", {
        method: "POST",
        path: `${base}/observe?runId=${ctx.runId("never")}`,
      });
    },
  },
];
