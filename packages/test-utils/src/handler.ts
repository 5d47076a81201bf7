/**
 * The fake server's HTTP layer, on web `Request`/`Response`: routing from the spec's paths, Mastra's
 * status codes and messages, CORS, body limits, strict request validation, response validation
 * and fault injection. The Node adapter and the in-process `fetch` both call this one handler.
 */
import type { Clock } from "./clock.js";
import type { EngineResult } from "./engine.js";
import type { Faults, WatchFault } from "./faults.js";
import {
  CORS_HEADERS,
  applyFaults,
  errorResponse,
  guard,
  jsonResponse,
  notFoundRoute,
  onClientAbort,
  readBody,
  relativePath,
  runHandler,
  textResponse,
} from "./http-common.js";
import { isTerminalStatus, type Runtime } from "./runtime.js";
import type { SpecOperation, SpecValidator } from "./spec-validation.js";
import { encodeStreamEvent, encodeWatchRecord } from "./watch-encoding.js";
import type { OperationOf, RouteKey } from "./wire-types.js";

/** `'mastra'` reproduces real Mastra's quirks; `'sane'` makes the watch replay and close. */
export type ServerMode = "mastra" | "sane";

/** A response that did not match the spec. */
export interface SpecViolation {
  operationId: string;
  method: string;
  path: string;
  status: number;
  message: string;
}

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
  bodyLimit: number;
  timeoutMs: number | undefined;
  violations: SpecViolation[];
}

type Responses<K extends RouteKey> = OperationOf<K> extends { responses: infer R } ? R : never;
type JsonBody<K extends RouteKey, S extends keyof Responses<K>> = Responses<K>[S] extends {
  content: { "application/json": infer B };
}
  ? B
  : never;

interface Ctx {
  request: Request;
  url: URL;
  op: SpecOperation;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The raw body text (empty when none). */
  bodyText: string;
  watchFaults: WatchFault[];
}

const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  "access-control-allow-headers": "Content-Type,Authorization,x-mastra-client-type",
  "access-control-allow-methods": "GET,POST,PUT,DELETE,OPTIONS",
  "access-control-max-age": "3600",
  vary: "Access-Control-Request-Headers",
  "content-type": "text/plain; charset=UTF-8",
} as const;

/** A typed JSON answer: the body must match what the spec documents for the operation and status. */
const reply = <K extends RouteKey, S extends keyof Responses<K> & number>(
  _op: K,
  status: S,
  body: JsonBody<K, S>,
): Response => jsonResponse(status, body);

const streamHeaders = { ...CORS_HEADERS, "content-type": "text/plain; charset=UTF-8" };

/** `c.req.json()` then destructuring, as Mastra's handlers do: errors become 500s with the JS message. */
const parseBody = (ctx: Ctx): Record<string, unknown> => {
  const parsed: unknown = JSON.parse(ctx.bodyText);
  if (parsed === null || parsed === undefined) {
    throw new TypeError("Cannot destructure property of '(intermediate value)' as it is null.");
  }
  return Object(parsed) as Record<string, unknown>;
};

/** Mastra reads `runtimeContext` only from POST/PUT bodies labelled JSON. */
const runtimeContextOf = (ctx: Ctx): Map<string, unknown> => {
  const type = ctx.request.headers.get("content-type") ?? "";
  if (!type.includes("application/json")) return new Map();
  try {
    const body = JSON.parse(ctx.bodyText) as { runtimeContext?: unknown } | null;
    const value = body?.runtimeContext;
    return value ? new Map(Object.entries(value as object)) : new Map();
  } catch {
    return new Map();
  }
};

/** Routes behind Mastra's `bodyLimit` middleware. */
const BODY_LIMITED = new Set<RouteKey>([
  "POST /workflows/{workflowId}/create-run",
  "POST /workflows/{workflowId}/start-async",
  "POST /workflows/{workflowId}/resume-async",
]);

/** Responses that intentionally leave the spec (sane mode's 404 on watch); not reported as violations. */
const exempt = new WeakSet<Response>();

/**
 * Creates the request handler.
 */
export const createRequestHandler = (options: HandlerOptions) => {
  const { runtime, validator, faults, clock } = options;
  const prefix = options.apiPrefix.replace(/\/+$/, "");

  const violation = (
    ctx: { op: SpecOperation; request: Request; url: URL },
    status: number,
    message: string,
  ) => {
    options.violations.push({
      operationId: ctx.op.operationId,
      method: ctx.request.method,
      path: ctx.url.pathname,
      status,
      message,
    });
  };

  // ---- watch -------------------------------------------------------------------------------

  const watchBody = (ctx: Ctx, runId: string): Response => {
    const key = ctx.params["workflowId"]!;
    const encoder = new TextEncoder();
    const sane = options.mode === "sane";
    let unsubscribe: (() => void) | undefined;
    let closeTimer: ReturnType<typeof setImmediate> | undefined;
    let closed = false;
    let sent = 0;
    const buffered: string[] = [];
    const drop = ctx.watchFaults.find((f) => f.type === "drop-watch");
    const stall = ctx.watchFaults.find((f) => f.type === "stall-watch");
    const truncate = ctx.watchFaults.find((f) => f.type === "truncate-record");
    const buffer = ctx.watchFaults.some((f) => f.type === "buffer-watch");

    if (sane && !runtime.find(key, runId)) {
      const res = errorResponse(
        404,
        runtime.has(key) ? "Workflow run not found" : "Workflow not found",
      );
      exempt.add(res);
      return res;
    }

    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const finish = () => {
          if (closed) return;
          closed = true;
          unsubscribe?.();
          if (closeTimer) clearImmediate(closeTimer);
          if (buffered.length > 0) controller.enqueue(encoder.encode(buffered.splice(0).join("")));
          controller.close();
        };
        const fail = (error: Error) => {
          if (closed) return;
          closed = true;
          unsubscribe?.();
          if (closeTimer) clearImmediate(closeTimer);
          controller.error(error);
        };
        const onAbort = () => fail(new DOMException("The client disconnected", "AbortError"));
        if (ctx.request.signal.aborted) {
          onAbort();
          return;
        }
        ctx.request.signal.addEventListener("abort", onAbort, { once: true });

        const send = (recordJson: string): boolean => {
          if (closed) return false;
          if (options.validateResponses) {
            const problem = validator.validateRecord(ctx.op, JSON.parse(recordJson));
            if (problem) {
              violation(ctx, 200, problem);
              fail(
                new Error(`Fake server watch record violates openapi/workflows.yaml: ${problem}`),
              );
              return false;
            }
          }
          if (stall && sent >= (stall.afterRecords ?? 0)) return false;
          if (drop && sent >= drop.afterRecords) {
            fail(new Error("Injected fault: watch connection dropped"));
            return false;
          }
          let text = encodeWatchRecord(recordJson);
          const index = sent++;
          if (truncate && index === (truncate.record ?? 0)) {
            const half = text.slice(0, Math.max(1, Math.floor((text.length - 1) / 2)));
            if (truncate.thenClose) {
              controller.enqueue(encoder.encode(half));
              finish();
              return false;
            }
            text = half + "\u001e";
          }
          if (buffer) buffered.push(text);
          else controller.enqueue(encoder.encode(text));
          if (drop && sent >= drop.afterRecords) {
            // Let the bytes reach the client, then cut the connection.
            setImmediate(() => fail(new Error("Injected fault: watch connection dropped")));
            return false;
          }
          return true;
        };

        const onRecord = (recordJson: string, status: string) => {
          if (!send(recordJson)) return;
          if (closeTimer) clearImmediate(closeTimer);
          closeTimer = setImmediate(() => {
            closeTimer = undefined;
            if (stall) return;
            if (sane ? isTerminalStatus(status) : status !== "running") finish();
          });
        };

        if (sane) {
          const run = runtime.find(key, runId)!;
          for (const record of run.history) send(record);
          const status = run.snapshot.status;
          if (isTerminalStatus(status)) {
            if (run.history.length === 0 || !isTerminalStatus(lastStatus(run.history))) {
              send(
                JSON.stringify({
                  type: "watch",
                  payload: {
                    workflowState: {
                      status,
                      steps: run.snapshot.context,
                      result: run.snapshot.result ?? null,
                      error: typeof run.snapshot.error === "string" ? run.snapshot.error : null,
                    },
                  },
                  eventTimestamp: clock.now(),
                  runId,
                }),
              );
            }
            if (!stall) finish();
            return;
          }
        }
        unsubscribe = runtime.watch(key, runId, onRecord);
        if (!unsubscribe) finish(); // Mastra: unknown workflow or run → 200 with an empty body.
      },
      cancel() {
        closed = true;
        unsubscribe?.();
        if (closeTimer) clearImmediate(closeTimer);
      },
    });
    return new Response(stream, { status: 200, headers: streamHeaders });
  };

  const streamBody = (ctx: Ctx, inputData: unknown): Response => {
    const key = ctx.params["workflowId"]!;
    const runId = ctx.query.get("runId");
    const encoder = new TextEncoder();
    let unsubscribe: (() => void) | undefined;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        let closed = false;
        // Every error (missing runId, unknown workflow) answers 200 with an empty body.
        if (!runId || !runtime.has(key)) {
          controller.close();
          return;
        }
        const gone = onClientAbort(ctx.request.signal, (error) => {
          if (closed) return;
          closed = true;
          unsubscribe?.();
          controller.error(error);
        });
        if (gone) return;
        unsubscribe = runtime.stream(key, runId, inputData, runtimeContextOf(ctx), {
          write: (event) => {
            if (closed) return;
            if (options.validateResponses) {
              const problem = validator.validateRecord(ctx.op, event);
              if (problem) violation(ctx, 200, problem);
            }
            controller.enqueue(encoder.encode(encodeStreamEvent(event)));
          },
          end: () => {
            if (closed) return;
            closed = true;
            controller.close();
          },
        });
      },
      cancel() {
        unsubscribe?.();
      },
    });
    return new Response(stream, { status: 200, headers: streamHeaders });
  };

  // ---- routes ------------------------------------------------------------------------------

  const requireRunId = (ctx: Ctx, message: string): string => {
    const runId = ctx.query.get("runId");
    if (!runId) throw Object.assign(new Error(message), { status: 400 });
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
      const result = await runtime.startAsync(
        ctx.params["workflowId"]!,
        ctx.query.get("runId") || undefined,
        inputData,
        runtimeContextOf(ctx),
      );
      return reply("POST /workflows/{workflowId}/start-async", 200, toWireResult(result));
    },
    "POST /workflows/{workflowId}/resume": (ctx) => {
      const { step, resumeData } = parseBody(ctx);
      const runId = requireRunId(ctx, "runId required to resume workflow");
      if (!step)
        throw Object.assign(new Error("step required to resume workflow"), { status: 400 });
      const key = ctx.params["workflowId"]!;
      if (!runtime.has(key)) throw Object.assign(new Error("Workflow not found"), { status: 404 });
      if (!runtime.find(key, runId))
        throw Object.assign(new Error("Workflow run not found"), { status: 404 });
      // Real Mastra answers 200 and then dies on the unhandled rejection when the run is not
      // suspended; the fake answers the same 200 and records the error in `server.backgroundErrors`.
      void Promise.resolve()
        .then(() => runtime.resume(key, runId, step, resumeData, runtimeContextOf(ctx)))
        .catch((error: unknown) =>
          runtime.backgroundError(error instanceof Error ? error : new Error(String(error))),
        );
      return reply("POST /workflows/{workflowId}/resume", 200, { message: "Workflow run resumed" });
    },
    "POST /workflows/{workflowId}/resume-async": async (ctx) => {
      const { step, resumeData } = parseBody(ctx);
      const runId = requireRunId(ctx, "runId required to resume workflow");
      if (!step)
        throw Object.assign(new Error("step required to resume workflow"), { status: 400 });
      const result = await runtime.resume(
        ctx.params["workflowId"]!,
        runId,
        step,
        resumeData,
        runtimeContextOf(ctx),
      );
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

  const validateJsonResponse = async (
    ctx: { op: SpecOperation; request: Request; url: URL },
    response: Response,
  ): Promise<Response> => {
    if (exempt.has(response)) return response;
    const type = response.headers.get("content-type") ?? "";
    if (!type.includes("application/json")) {
      const problem = validator.validateResponse(ctx.op, response.status, type, undefined);
      if (!problem) return response;
      violation(ctx, response.status, problem);
      return errorResponse(500, `Fake server response violates openapi/workflows.yaml: ${problem}`);
    }
    const text = await response.text();
    let parsed: unknown;
    let problem: string | undefined;
    try {
      parsed = JSON.parse(text);
    } catch {
      problem = `${ctx.op.operationId}: the body is not JSON`;
    }
    problem ??= validator.validateResponse(ctx.op, response.status, type, parsed);
    if (problem) {
      violation(ctx, response.status, problem);
      return errorResponse(500, `Fake server response violates openapi/workflows.yaml: ${problem}`);
    }
    return new Response(text, { status: response.status, headers: response.headers });
  };

  const route = async (request: Request, url: URL, method: string): Promise<Response> => {
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
    if (method !== "GET" && method !== "HEAD") {
      const limited = BODY_LIMITED.has(routeKeyOf(matched.op) as RouteKey);
      const body = await readBody(request, limited ? options.bodyLimit : undefined);
      if ("response" in body) return body.response;
      ctx.bodyText = body.text;
    }
    if (options.strict) {
      let body: unknown;
      const hasBody = ctx.bodyText.length > 0;
      if (hasBody) {
        try {
          body = JSON.parse(ctx.bodyText);
        } catch (error) {
          return errorResponse(
            400,
            `Invalid request: the body is not valid JSON (${(error as Error).message})`,
          );
        }
      }
      const problem = validator.validateRequest(matched.op, {
        pathParams: ctx.params,
        query: ctx.query,
        body,
        hasBody,
      });
      if (problem) return errorResponse(400, problem);
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

const lastStatus = (history: string[]): string => {
  try {
    return (
      (
        JSON.parse(history[history.length - 1] ?? "{}") as {
          payload?: { workflowState?: { status?: string } };
        }
      ).payload?.workflowState?.status ?? ""
    );
  } catch {
    return "";
  }
};

/** The result a waiting call answers with; the engine's result already has Mastra's shape. */
const toWireResult = (
  result: EngineResult,
): JsonBody<"POST /workflows/{workflowId}/start-async", 200> =>
  JSON.parse(JSON.stringify(result)) as JsonBody<"POST /workflows/{workflowId}/start-async", 200>;
