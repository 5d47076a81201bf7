import type { Scenario } from "../types.js";
import { CITY, FAILING, PIPELINE, UNKNOWN_WORKFLOW } from "./workflows.js";

/** A little over Mastra's default body limit of 4.5 MB. */
const OVER_BODY_LIMIT = 4.5 * 1024 * 1024 + 1024;

/** The CORS headers Mastra's server sets. */
const CORS_HEADERS = [
  "access-control-allow-origin",
  "access-control-allow-methods",
  "access-control-allow-headers",
  "access-control-expose-headers",
  "access-control-max-age",
  "access-control-allow-credentials",
  "vary",
];

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
      await ctx.raw("GET details", { method: "GET", path: base });
      await ctx.raw("GET runs", { method: "GET", path: `${base}/runs` });
      await ctx.raw("GET runs/{runId}", { method: "GET", path: `${base}/runs/${runId}` });
      await ctx.raw("GET execution-result", {
        method: "GET",
        path: `${base}/runs/${runId}/execution-result`,
      });
      await ctx.raw("POST create-run", {
        method: "POST",
        path: `${base}/create-run?runId=${runId}`,
      });
      await ctx.raw("POST start", {
        method: "POST",
        path: `${base}/start?runId=${runId}`,
        body: { inputData: {} },
      });
      await ctx.raw("POST start-async", {
        method: "POST",
        path: `${base}/start-async?runId=${runId}`,
        body: {
          inputData: {},
        },
      });
      await ctx.raw("POST resume-async", {
        method: "POST",
        path: `${base}/resume-async?runId=${runId}`,
        body: {
          step: "approval",
        },
      });
      await ctx.raw("POST cancel", { method: "POST", path: `${base}/runs/${runId}/cancel` });
      await ctx.raw("POST send-event", {
        method: "POST",
        path: `${base}/runs/${runId}/send-event`,
        body: {
          event: "ping",
          data: {},
        },
      });
    },
  },
  {
    id: "errors/missing-run-id",
    title: "start without runId (the client refuses; raw request)",
    workflows: [CITY],
    async run(ctx) {
      await ctx.raw("POST start without runId", {
        method: "POST",
        path: `/workflows/${CITY}/start`,
        body: {
          inputData: { city: "AUTO" },
        },
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
        await ctx.raw(`POST ${route} with an empty body`, { method: "POST", path: path, body: "" });
        await ctx.raw(`POST ${route} with invalid JSON`, {
          method: "POST",
          path: path,
          body: "{oops",
        });
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
      await ctx.raw("POST start-async {}", {
        method: "POST",
        path: `/workflows/${CITY}/start-async?runId=${runId}`,
        body: {},
      });
    },
  },
  {
    id: "errors/body-too-large",
    title: "create-run, start-async and resume-async refuse bodies over 4.5 MB with 413",
    workflows: [CITY],
    async run(ctx) {
      const runId = ctx.runId("run");
      await ctx.workflow(CITY).createRun({ runId });
      const big = "x".repeat(OVER_BODY_LIMIT);
      const base = `/workflows/${CITY}`;
      await ctx.raw("POST create-run with a big body", {
        method: "POST",
        path: `${base}/create-run?runId=${ctx.runId("big")}`,
        body: { padding: big },
      });
      await ctx.raw("POST start-async with a big body", {
        method: "POST",
        path: `${base}/start-async?runId=${runId}`,
        body: { inputData: { city: big } },
      });
      await ctx.raw("POST resume-async with a big body", {
        method: "POST",
        path: `${base}/resume-async?runId=${runId}`,
        body: { step: "approval", resumeData: { approved: true, approver: big } },
      });
      await ctx.call("runExecutionResult", () => ctx.workflow(CITY).runExecutionResult(runId));
    },
  },
  {
    id: "http/cors",
    title: "CORS: preflight answers and the headers on ordinary and error responses",
    workflows: [CITY],
    async run(ctx) {
      const origin = { origin: "http://app.example" };
      const preflight = {
        ...origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,authorization",
      };
      await ctx.raw("OPTIONS /api/workflows (preflight)", {
        method: "OPTIONS",
        path: "/workflows",
        headers: preflight,
        observeHeaders: CORS_HEADERS,
      });
      await ctx.raw("OPTIONS start-async (preflight)", {
        method: "OPTIONS",
        path: `/workflows/${CITY}/start-async`,
        headers: preflight,
        observeHeaders: CORS_HEADERS,
      });
      await ctx.raw("GET details with an Origin", {
        path: `/workflows/${CITY}`,
        headers: origin,
        observeHeaders: CORS_HEADERS,
      });
      await ctx.raw("GET an unknown workflow with an Origin", {
        path: `/workflows/${UNKNOWN_WORKFLOW}`,
        headers: origin,
        observeHeaders: CORS_HEADERS,
      });
      await ctx.raw("GET an unknown route with an Origin", {
        path: "/nope",
        headers: origin,
        observeHeaders: CORS_HEADERS,
      });
    },
  },
  {
    id: "unknown-route",
    title: "routes that do not exist answer Hono's plain-text 404",
    workflows: [CITY],
    async run(ctx) {
      await ctx.raw("GET /api", { path: "" });
      await ctx.raw("GET /api/nope", { method: "GET", path: "/nope" });
      await ctx.raw("POST streamVNext (absent in 0.10)", {
        method: "POST",
        path: `/workflows/${CITY}/streamVNext?runId=${ctx.runId("vnext")}`,
        body: { inputData: { city: "AUTO" } },
      });
      await ctx.raw("GET /api/workflows/ (trailing slash)", { path: "/workflows/" });
      await ctx.raw("GET /api/workflows/{key}/nope", {
        method: "GET",
        path: `/workflows/${CITY}/nope`,
      });
      await ctx.raw("POST /api/workflows/{key}/nope", {
        method: "POST",
        path: `/workflows/${CITY}/nope`,
        body: {},
      });
      await ctx.raw("DELETE /api/workflows/{key}", {
        method: "DELETE",
        path: `/workflows/${CITY}`,
      });
      await ctx.raw("POST /api/workflows/{key} (wrong method)", {
        method: "POST",
        path: `/workflows/${CITY}`,
        body: {},
      });
      await ctx.raw("GET /api/workflows/{key}/create-run (wrong method)", {
        method: "GET",
        path: `/workflows/${CITY}/create-run`,
      });
      await ctx.raw("GET /api/workflows/{key}/runs/{runId}/nope", {
        method: "GET",
        path: `/workflows/${CITY}/runs/${ctx.runId("any")}/nope`,
      });
    },
  },
];
