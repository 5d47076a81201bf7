import type { Scenario } from "../types.js";
import { CITY, FAILING, PIPELINE, UNKNOWN_WORKFLOW } from "./workflows.js";

/**
 * Error statuses and messages on the wire, including requests the client refuses to send
 * (missing `runId`, bodies that are not JSON), and routes that do not exist.
 */
export const wireErrorScenarios: readonly Scenario[] = [
  {
    id: "errors/unknown-workflow",
    title: "every route on an unknown workflow",
    workflows: [],
    async run(ctx) {
      const base = `/workflows/${UNKNOWN_WORKFLOW}`;
      const runId = ctx.runId("any");
      await ctx.raw("GET details", "GET", base);
      await ctx.raw("GET runs", "GET", `${base}/runs`);
      await ctx.raw("GET runs/{runId}", "GET", `${base}/runs/${runId}`);
      await ctx.raw("GET execution-result", "GET", `${base}/runs/${runId}/execution-result`);
      await ctx.raw("POST create-run", "POST", `${base}/create-run?runId=${runId}`);
      await ctx.raw("POST start", "POST", `${base}/start?runId=${runId}`, { inputData: {} });
      await ctx.raw("POST start-async", "POST", `${base}/start-async?runId=${runId}`, {
        inputData: {},
      });
      await ctx.raw("POST resume-async", "POST", `${base}/resume-async?runId=${runId}`, {
        step: "approval",
      });
      await ctx.raw("POST cancel", "POST", `${base}/runs/${runId}/cancel`);
      await ctx.raw("POST send-event", "POST", `${base}/runs/${runId}/send-event`, {
        event: "ping",
        data: {},
      });
    },
  },
  {
    id: "errors/missing-run-id",
    title: "start without runId (the client refuses; raw request)",
    workflows: [CITY],
    async run(ctx) {
      await ctx.raw("POST start without runId", "POST", `/workflows/${CITY}/start`, {
        inputData: { city: "AUTO" },
      });
      await ctx.call("client start() without runId", () =>
        ctx.workflow(CITY).start({ runId: undefined as unknown as string, inputData: {} }),
      );
    },
  },
  ...[CITY, FAILING, PIPELINE].map((workflow): Scenario => ({
    id: `errors/bad-body/${workflow}`,
    title: `start and start-async of ${workflow} with an empty body and with invalid JSON`,
    workflows: [workflow],
    async run(ctx) {
      const wf = ctx.workflow(workflow);
      for (const route of ["start", "start-async"]) {
        const runId = ctx.runId(route);
        await wf.createRun({ runId });
        const path = `/workflows/${workflow}/${route}?runId=${runId}`;
        await ctx.raw(`POST ${route} with an empty body`, "POST", path, "");
        await ctx.raw(`POST ${route} with invalid JSON`, "POST", path, "{oops");
        await ctx.call(
          `runExecutionResult after ${route}`,
          () => wf.runExecutionResult(runId),
          (r) => r.status,
        );
      }
    },
  })),
  {
    id: "errors/start-async-without-input",
    title: "start-async with a body that has no inputData",
    workflows: [CITY],
    async run(ctx) {
      const runId = ctx.runId("run");
      await ctx.workflow(CITY).createRun({ runId });
      await ctx.raw(
        "POST start-async {}",
        "POST",
        `/workflows/${CITY}/start-async?runId=${runId}`,
        {},
      );
    },
  },
  {
    id: "unknown-route",
    title: "routes that do not exist answer Hono's plain-text 404",
    workflows: [CITY],
    async run(ctx) {
      await ctx.raw("GET /api/nope", "GET", "/nope");
      await ctx.raw("GET /api/workflows/{key}/nope", "GET", `/workflows/${CITY}/nope`);
      await ctx.raw("POST /api/workflows/{key}/nope", "POST", `/workflows/${CITY}/nope`, {});
      await ctx.raw("DELETE /api/workflows/{key}", "DELETE", `/workflows/${CITY}`);
      await ctx.raw("POST /api/workflows/{key} (wrong method)", "POST", `/workflows/${CITY}`, {});
      await ctx.raw(
        "GET /api/workflows/{key}/create-run (wrong method)",
        "GET",
        `/workflows/${CITY}/create-run`,
      );
      await ctx.raw(
        "GET /api/workflows/{key}/runs/{runId}/nope",
        "GET",
        `/workflows/${CITY}/runs/${ctx.runId("any")}/nope`,
      );
    },
  },
];
