/**
 * The fake server's HTTP layer, on web `Request`/`Response`: routing from the spec's paths, Mastra's
 * status codes and messages, CORS, body limits, strict request validation, response validation
 * and fault injection. The Node adapter and the in-process `fetch` both call this one handler.
 */
import type { Clock } from "./clock.js";
import type { ClockWatchdog } from "./clock-watchdog.js";
import type { EngineResult } from "./engine.js";
import { httpError } from "./errors.js";
import type { Faults } from "./faults.js";
import { PREFLIGHT_HEADERS, parseBody, runtimeContextOf, type Ctx } from "./handler-context.js";
import {
  applyFaults,
  guard,
  notFoundRoute,
  relativePath,
  runHandler,
  textResponse,
} from "./http-common.js";
import type { IncomingRequest } from "./incoming.js";
import type { Runtime } from "./runtime.js";
import { createSpecChecks, type SpecViolation } from "./spec-checks.js";
import type { SpecOperation, SpecValidator } from "./spec-validation.js";
import { createStreams0x } from "./streams-0x.js";
import { createReply, type JsonBodyOf } from "./typed-reply.js";
import type { OperationOf, RouteKey } from "./wire-types.js";

export type { SpecViolation } from "./spec-checks.js";

/** `'mastra'` reproduces real Mastra's quirks; `'sane'` makes the watch replay and close. */
export type ServerMode = "mastra" | "sane";

/** Options of {@link createRequestHandler}. */
export interface HandlerOptions {
  runtime: Runtime;
  clock: Clock;
  mode: ServerMode;
  apiPrefix: string;
  strict: boolean;
  validateResponses: boolean;
  validator: SpecValidator;
  faults: Faults;
  watchdog: ClockWatchdog;
  timeoutMs: number | undefined;
  maxStreamBufferBytes: number;
  violations: SpecViolation[];
}

/** A typed JSON answer: the body must match what the spec documents for the operation and status. */
const reply = createReply<{ [K in RouteKey]: OperationOf<K> }>();

/** Responses that intentionally leave the spec (sane mode's 404 on watch); not reported as violations. */
const exempt = new WeakSet<Response>();

/**
 * Creates the request handler.
 */
export const createRequestHandler = (options: HandlerOptions) => {
  const { runtime, validator, faults, clock } = options;
  const prefix = options.apiPrefix.replace(/\/+$/, "");

  const { violation, checkRequest, checkResponse } = createSpecChecks({
    validator,
    violations: options.violations,
    document: "openapi/workflows.yaml",
  });

  // ---- watch -------------------------------------------------------------------------------

  const { watchBody, streamBody } = createStreams0x({
    runtime,
    clock,
    validator,
    sane: options.mode === "sane",
    validateResponses: options.validateResponses,
    maxStreamBufferBytes: options.maxStreamBufferBytes,
    violation,
    runtimeContextOf,
    exempt,
  });

  // ---- routes ------------------------------------------------------------------------------

  /** Waits for an execution, failing it when it sleeps on a virtual clock nothing advances. */
  const waitFor = (ctx: Ctx, execution: Promise<EngineResult>) =>
    options.watchdog.wait(execution, `${ctx.request.method} ${ctx.url.pathname}`, () =>
      runtime.isSleeping(execution),
    );

  const requireRunId = (ctx: Ctx, message: string): string => {
    const runId = ctx.query.get("runId");
    if (!runId) throw httpError(400, message);
    return runId;
  };

  const handlers: { [K in RouteKey]: (ctx: Ctx) => Promise<Response> | Response } = {
    "GET /workflows": () => reply("GET /workflows", 200, runtime.listWorkflows()),
    "GET /workflows/{workflowId}": (ctx) =>
      reply("GET /workflows/{workflowId}", 200, runtime.getWorkflow(ctx.params["workflowId"]!)),
    "GET /workflows/{workflowId}/runs": (ctx) => {
      const q = (name: string) => ctx.query.get(name) ?? undefined;
      const query: Parameters<Runtime["listRuns"]>[1] = {};
      for (const name of ["fromDate", "toDate", "limit", "offset", "resourceId"] as const) {
        const value = q(name);
        if (value !== undefined) query[name] = value;
      }
      return reply(
        "GET /workflows/{workflowId}/runs",
        200,
        runtime.listRuns(ctx.params["workflowId"]!, query),
      );
    },
    "GET /workflows/{workflowId}/runs/{runId}": (ctx) =>
      reply(
        "GET /workflows/{workflowId}/runs/{runId}",
        200,
        runtime.getRun(ctx.params["workflowId"]!, ctx.params["runId"]!),
      ),
    "GET /workflows/{workflowId}/runs/{runId}/execution-result": (ctx) =>
      reply(
        "GET /workflows/{workflowId}/runs/{runId}/execution-result",
        200,
        runtime.executionResult(ctx.params["workflowId"]!, ctx.params["runId"]!),
      ),
    "POST /workflows/{workflowId}/create-run": (ctx) =>
      reply(
        "POST /workflows/{workflowId}/create-run",
        200,
        runtime.createRun(ctx.params["workflowId"]!, ctx.query.get("runId") ?? undefined),
      ),
    "POST /workflows/{workflowId}/start": (ctx) => {
      const { inputData } = parseBody(ctx);
      const runId = requireRunId(ctx, "runId required to start run");
      runtime.start(ctx.params["workflowId"]!, runId, inputData, runtimeContextOf(ctx));
      return reply("POST /workflows/{workflowId}/start", 200, { message: "Workflow run started" });
    },
    "POST /workflows/{workflowId}/start-async": async (ctx) => {
      const { inputData } = parseBody(ctx);
      const execution = runtime.startAsync(
        ctx.params["workflowId"]!,
        ctx.query.get("runId") || undefined,
        inputData,
        runtimeContextOf(ctx),
      );
      const result = await waitFor(ctx, execution);
      return reply("POST /workflows/{workflowId}/start-async", 200, toWireResult(result));
    },
    "POST /workflows/{workflowId}/resume": (ctx) => {
      const { step, resumeData } = parseBody(ctx);
      const runId = requireRunId(ctx, "runId required to resume workflow");
      if (!step) throw httpError(400, "step required to resume workflow");
      const key = ctx.params["workflowId"]!;
      if (!runtime.has(key)) throw httpError(404, "Workflow not found");
      if (!runtime.find(key, runId)) throw httpError(404, "Workflow run not found");
      // Real Mastra answers 200 and then dies on the unhandled rejection when the run is not
      // suspended; the fake answers the same 200 and records the error in `server.backgroundErrors`.
      runtime.background(
        Promise.resolve().then(() =>
          runtime.resume(key, runId, step, resumeData, runtimeContextOf(ctx)),
        ),
      );
      return reply("POST /workflows/{workflowId}/resume", 200, { message: "Workflow run resumed" });
    },
    "POST /workflows/{workflowId}/resume-async": async (ctx) => {
      const { step, resumeData } = parseBody(ctx);
      const runId = requireRunId(ctx, "runId required to resume workflow");
      if (!step) throw httpError(400, "step required to resume workflow");
      const execution = runtime.resume(
        ctx.params["workflowId"]!,
        runId,
        step,
        resumeData,
        runtimeContextOf(ctx),
      );
      const result = await waitFor(ctx, execution);
      return reply("POST /workflows/{workflowId}/resume-async", 200, toWireResult(result));
    },
    "GET /workflows/{workflowId}/watch": (ctx) =>
      watchBody(ctx, requireRunId(ctx, "runId required to watch workflow")),
    "POST /workflows/{workflowId}/stream": (ctx) => {
      const { inputData } = parseBody(ctx);
      return streamBody(ctx, inputData);
    },
    "POST /workflows/{workflowId}/runs/{runId}/cancel": (ctx) => {
      runtime.cancel(ctx.params["workflowId"]!, ctx.params["runId"]!);
      return reply("POST /workflows/{workflowId}/runs/{runId}/cancel", 200, {
        message: "Workflow run cancelled",
      });
    },
    "POST /workflows/{workflowId}/runs/{runId}/send-event": (ctx) => {
      const { event, data } = parseBody(ctx);
      runtime.sendEvent(ctx.params["workflowId"]!, ctx.params["runId"]!, String(event), data);
      return reply("POST /workflows/{workflowId}/runs/{runId}/send-event", 200, {
        message: "Workflow run event sent",
      });
    },
  };

  // ---- pipeline ----------------------------------------------------------------------------

  const validateJsonResponse = (
    ctx: { op: SpecOperation; request: IncomingRequest; url: URL },
    response: Response,
  ): Promise<Response> | Response =>
    exempt.has(response) ? response : checkResponse(ctx, response);

  const route = async (request: IncomingRequest, url: URL, method: string): Promise<Response> => {
    const path = url.pathname;
    if (method === "OPTIONS")
      return new Response(null, { status: 204, headers: PREFLIGHT_HEADERS });
    const relative = relativePath(prefix, path);
    const matched =
      relative === undefined
        ? undefined
        : validator.match(method === "HEAD" ? "GET" : method, relative);

    const { failure, watchFaults } = await applyFaults(faults, clock, request, {
      method,
      path,
      operationId: matched?.op.operationId,
      route: matched ? routeKeyOf(matched.op) : undefined,
    });
    if (failure) return failure;
    if (!matched) {
      if (method === "GET" && relative === "") return textResponse(200, "Hello to the Mastra API!");
      return notFoundRoute();
    }

    const ctx: Ctx = {
      request,
      url,
      op: matched.op,
      params: matched.pathParams,
      query: url.searchParams,
      bodyText: "",
      watchFaults,
    };
    if (method !== "GET" && method !== "HEAD") ctx.bodyText = request.bodyText;
    if (options.strict) {
      const refusal = checkRequest(matched.op, {
        pathParams: ctx.params,
        query: ctx.query,
        bodyText: ctx.bodyText,
      });
      if (refusal) return refusal;
    }

    const response = await runHandler(clock, options.timeoutMs, () => {
      const handler = handlers[routeKeyOf(matched.op) as RouteKey];
      return handler ? handler(ctx) : notFoundRoute();
    });
    return options.validateResponses
      ? validateJsonResponse({ op: matched.op, request, url }, response)
      : response;
  };

  /** Handles one request. Never throws: anything unexpected answers 500 `{ error }`. */
  return guard(route);
};

const routeKeyOf = (op: SpecOperation): string => `${op.method} ${op.path}`;

/** The result a waiting call answers with; the engine's result already has Mastra's shape. */
const toWireResult = (
  result: EngineResult,
): JsonBodyOf<OperationOf<"POST /workflows/{workflowId}/start-async">, 200> =>
  JSON.parse(JSON.stringify(result)) as JsonBodyOf<
    OperationOf<"POST /workflows/{workflowId}/start-async">,
    200
  >;
