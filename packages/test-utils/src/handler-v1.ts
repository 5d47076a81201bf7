/**
 * The HTTP layer of a Mastra 1.x server (`@mastra/server` 1.69, as observed in
 * `harness/mastra-1.x/WIRE-NOTES.md`) over the shared runtime: its routes, request validation
 * (`Invalid query parameters` / `Invalid request body` with `issues`, input and resume data
 * checked against the schemas), `/stream`, `/resume-stream` and `/observe` with single-encoded
 * records, and its answers' shapes. `openapi/workflows.yaml` describes 0.x only, so nothing here
 * is checked against it.
 */
import type { Clock } from "./clock.js";
import type { ClockWatchdog } from "./clock-watchdog.js";
import { httpError } from "./errors.js";
import type { Faults } from "./faults.js";
import {
  CORS_HEADERS,
  applyFaults,
  byteStrategy,
  enqueueWithin,
  guard,
  jsonResponse,
  notFoundRoute,
  onClientAbort,
  relativePath,
  runHandler,
  tooFarBehind,
} from "./http-common.js";
import type { IncomingRequest } from "./incoming.js";
import { markLive } from "./inflight.js";
import type { Runtime, StoredRun } from "./runtime.js";
import { RUN_RESULT_FIELDS, describeWorkflowV1, type V1Record, type V1Runs } from "./v1-runs.js";
import { createInputValidator, describeIssues, type ValidationIssue } from "./v1-validation.js";
import { encodeStreamEvent } from "./watch-encoding.js";
import type { JsonSchema, Workflow } from "./workflow.js";

/** Options of {@link createV1RequestHandler}. */
export interface V1HandlerOptions {
  runtime: Runtime;
  runs: V1Runs;
  workflows: Record<string, Workflow>;
  clock: Clock;
  apiPrefix: string;
  faults: Faults;
  watchdog: ClockWatchdog;
  timeoutMs: number | undefined;
  maxStreamBufferBytes: number;
}

type Json = Record<string, unknown>;

interface Ctx {
  request: IncomingRequest;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Json;
}

const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  "access-control-allow-headers":
    "Content-Type,Authorization,A2A-Version,x-mastra-client-type,x-mastra-dev-playground",
  "access-control-allow-methods": "GET,POST,PUT,PATCH,DELETE,OPTIONS",
  "access-control-max-age": "3600",
  vary: "Access-Control-Request-Headers",
} as const;

/** 1.x streams answer `text/plain` without a charset. */
const STREAM_HEADERS = { ...CORS_HEADERS, "content-type": "text/plain" };

const RUN_STATUSES = [
  "running",
  "waiting",
  "suspended",
  "success",
  "failed",
  "canceled",
  "pending",
  "bailed",
  "tripwire",
  "paused",
  "skipped",
];

/** Statuses `/stream` refuses with 409. */
const FINISHED = new Set(["success", "failed", "canceled", "tripwire"]);

/** How long a resume waits for a pending or running run to suspend (Mastra 1.x). */
const RESUME_WAIT_MS = 2_000;

const FIELDS_ERROR = `Invalid field name. Available fields: ${RUN_RESULT_FIELDS.join(", ")}`;

/** A 400 with zod-style issues, as Mastra's request validation answers. */
const issuesResponse = (error: string, issues: { field: string; message: string }[]): Response =>
  jsonResponse(400, { error, issues });

class IssuesError extends Error {
  constructor(
    readonly label: string,
    readonly issues: { field: string; message: string }[],
  ) {
    super(label);
  }
}

const missing = (field: string) => ({
  field,
  message: "Invalid input: expected string, received undefined",
});

/** The error a step-schema failure carries in a stream's `workflow-finish` metadata. */
const schemaError = (message: string, type: "input data" | "resume data"): Json => ({
  message,
  domain: "MASTRA_WORKFLOW",
  category: "USER",
  code: "WORKFLOW_SCHEMA_VALIDATION_FAILED",
  details: { type },
});

interface Route {
  method: string;
  operationId: string;
  template: string;
  regex: RegExp;
  names: string[];
  handle: (ctx: Ctx) => Promise<Response> | Response;
}

/**
 * Creates the 1.x request handler.
 */
export const createV1RequestHandler = (options: V1HandlerOptions) => {
  const { runtime, runs, workflows, clock, faults } = options;
  const prefix = options.apiPrefix.replace(/\/+$/, "");
  const validator = createInputValidator();
  const strategy = byteStrategy(options.maxStreamBufferBytes);

  /** Mastra 1.x finds a workflow by registration key, then by id. */
  const keyOf = (ctx: Ctx): string => {
    const param = ctx.params["workflowId"]!;
    if (runtime.has(param)) return param;
    const byId = Object.keys(workflows).find((key) => workflows[key]!.id === param);
    if (byId === undefined) throw httpError(404, "Workflow not found");
    return byId;
  };

  /** Waits for an execution, failing it when it sleeps on a virtual clock nothing advances. */
  const waitFor = <T>(ctx: Ctx, execution: Promise<T>): Promise<T> =>
    options.watchdog.wait(
      execution,
      `${ctx.request.method} ${new URL(ctx.request.url).pathname}`,
      () => runtime.isSleeping(execution),
    );

  const requireRunId = (ctx: Ctx, action: string): string => {
    const runId = ctx.query.get("runId");
    if (runId === null) throw new IssuesError("Invalid query parameters", [missing("runId")]);
    if (runId === "") throw httpError(400, `runId required to ${action}`);
    return runId;
  };

  const findRun = (key: string, runId: string): StoredRun => {
    const run = runtime.find(key, runId);
    if (!run) throw httpError(404, "Workflow run not found");
    return run;
  };

  const requestContextOf = (ctx: Ctx): Map<string, unknown> => {
    const value = ctx.body["requestContext"];
    return value && typeof value === "object" ? new Map(Object.entries(value)) : new Map();
  };

  const inputProblem = (key: string, inputData: unknown): string | undefined => {
    const schema = workflows[key]!.inputSchema;
    const issues = schema ? validator.issues(schema, inputData) : [];
    return issues.length > 0 ? describeIssues("Invalid input data", issues) : undefined;
  };

  const stepOf = (key: string, id: string) =>
    workflows[key]!.graph.flatMap((entry) =>
      entry.type === "step" && entry.step.id === id ? [entry.step] : [],
    )[0];

  /** The resume request's step ids: `step` is optional when one step is suspended. */
  const resumeSteps = (run: StoredRun, step: unknown): string[] => {
    if (step === undefined) {
      const suspended = Object.keys(run.snapshot.suspendedPaths ?? {});
      return suspended.length > 0 ? [suspended[0]!] : [];
    }
    return (Array.isArray(step) ? step : [step]).map(String);
  };

  /** `Invalid resume data: …` when the run waits on this step and the data does not fit its schema. */
  const resumeProblem = (key: string, run: StoredRun, steps: string[], data: unknown) => {
    const id = steps[0];
    if (run.snapshot.status !== "suspended" || id === undefined) return undefined;
    if (!Object.keys(run.snapshot.suspendedPaths ?? {}).includes(id)) return undefined;
    const schema: JsonSchema | undefined = stepOf(key, id)?.resumeSchema;
    const issues: ValidationIssue[] = schema ? validator.issues(schema, data) : [];
    return issues.length > 0 ? describeIssues("Invalid resume data", issues) : undefined;
  };

  // ---- streams -----------------------------------------------------------------------------

  /**
   * A `text/plain` body of single-encoded records. `attach` sends what it has and subscribes;
   * it returns a cleanup function. The body ends when `attach` calls `end`.
   */
  const streamResponse = (
    request: IncomingRequest,
    attach: (send: (record: V1Record) => void, end: () => void) => (() => void) | void,
  ): Response => {
    const encoder = new TextEncoder();
    let cleanup: (() => void) | void;
    let closed = false;
    const body = new ReadableStream<Uint8Array>(
      {
        start(controller) {
          const end = () => {
            if (closed) return;
            closed = true;
            request.release();
            cleanup?.();
            controller.close();
          };
          const send = (record: V1Record) => {
            if (closed) return;
            if (!enqueueWithin(controller, encoder.encode(encodeStreamEvent(record)))) {
              closed = true;
              request.release();
              cleanup?.();
              controller.error(tooFarBehind(options.maxStreamBufferBytes));
            }
          };
          const gone = onClientAbort(request.signal, (error) => {
            if (closed) return;
            closed = true;
            request.release();
            cleanup?.();
            controller.error(error);
          });
          if (gone) return;
          cleanup = attach(send, end);
          if (closed) cleanup?.();
        },
        cancel() {
          closed = true;
          request.release();
          cleanup?.();
        },
      },
      strategy,
    );
    return markLive(new Response(body, { status: 200, headers: STREAM_HEADERS }));
  };

  /** `workflow-start` then `workflow-finish` `failed`: how a stream reports a refused request. */
  const failedStream = (ctx: Ctx, run: StoredRun, errorMessage: string, error: Json) =>
    streamResponse(ctx.request, (send, end) => {
      send(runs.record(run, "workflow-start", { workflowId: run.workflowName }));
      send(runs.finishRecord(run, "failed", { error, errorMessage }));
      end();
    });

  /** Streams the run's next execution, which `launch` starts once the body is subscribed. */
  const executionStream = (
    ctx: Ctx,
    run: StoredRun,
    closeOnSuspend: boolean,
    launch: () => Promise<unknown>,
  ): Response =>
    streamResponse(ctx.request, (send, end) => {
      const unsubscribe = runs.subscribe(run, (record) => {
        send(record);
        if (record.type !== "workflow-finish") return;
        if (record.payload["workflowStatus"] !== "suspended" || closeOnSuspend) end();
      });
      runs.markStreamed(run);
      runtime.background(
        launch().catch((error: unknown) => {
          end();
          throw error;
        }),
      );
      return unsubscribe;
    });

  // ---- routes ------------------------------------------------------------------------------

  /**
   * Mastra 1.x's `waitForSuspendedSnapshot`: a resume of a run whose stored status is `pending` or
   * `running` waits (up to 2 s) for it to suspend or end before checking it. The fake waits only
   * for an execution in flight; a run that never started is refused at once.
   */
  const untilResumable = async (run: StoredRun): Promise<void> => {
    const deadline = clock.now() + RESUME_WAIT_MS;
    while (
      runs.inProgress(run) &&
      (run.snapshot.status === "pending" || run.snapshot.status === "running") &&
      run.execution &&
      clock.now() < deadline
    ) {
      const timer = new AbortController();
      await Promise.race([
        run.execution.catch(() => {}),
        clock.sleep(deadline - clock.now(), timer.signal).catch(() => {}),
      ]);
      timer.abort();
    }
  };

  /** The resume request's run and what it resumes (checked once the run can be resumed). */
  const resumeRequest = (ctx: Ctx) => {
    const key = keyOf(ctx);
    const runId = requireRunId(ctx, "resume workflow");
    const run = findRun(key, runId);
    const { resumeData } = ctx.body;
    const prepare = async () => {
      await untilResumable(run);
      const steps = resumeSteps(run, ctx.body["step"]);
      return {
        steps,
        problem: resumeProblem(key, run, steps, resumeData),
        resume: () => runtime.resume(key, runId, steps, resumeData, requestContextOf(ctx)),
      };
    };
    return { key, runId, run, prepare };
  };

  const resumeRoute =
    (kind: "async" | "fire" | "no-wait") =>
    async (ctx: Ctx): Promise<Response> => {
      const { runId, run, prepare } = resumeRequest(ctx);
      if (kind === "async") {
        const { problem, resume } = await prepare();
        if (problem) throw httpError(400, problem);
        return jsonResponse(200, runs.result(run, await waitFor(ctx, resume())));
      }
      // `resume` and `resume-no-wait` answer at once; failures are only logged.
      runtime.background(
        prepare().then(({ problem, resume }) => {
          if (problem) throw new Error(problem);
          return resume();
        }),
      );
      return kind === "fire"
        ? jsonResponse(200, { message: "Workflow run resumed" })
        : jsonResponse(200, { runId });
    };

  const numberIssue = (field: string, raw: string, min?: number) => {
    const value = Number(raw);
    if (raw.trim() === "" || Number.isNaN(value))
      return { field, message: "Invalid input: expected number, received NaN" };
    if (min !== undefined && value < min)
      return { field, message: `Too small: expected number to be >=${min}` };
    return undefined;
  };

  const listRuns = (ctx: Ctx): Response => {
    const key = keyOf(ctx);
    const q = ctx.query;
    const issues: { field: string; message: string }[] = [];
    for (const field of ["page", "perPage", "offset", "limit"]) {
      const raw = q.get(field);
      const issue = raw === null ? undefined : numberIssue(field, raw, 0);
      if (issue) issues.push(issue);
    }
    for (const field of ["fromDate", "toDate"]) {
      const raw = q.get(field);
      if (raw !== null && Number.isNaN(new Date(raw).getTime()))
        issues.push({ field, message: "Invalid input: expected date, received Date" });
    }
    const status = q.get("status");
    if (status !== null && !RUN_STATUSES.includes(status))
      issues.push({
        field: "status",
        message: `Invalid option: expected one of ${RUN_STATUSES.map((s) => JSON.stringify(s)).join("|")}`,
      });
    if (issues.length > 0) return issuesResponse("Invalid query parameters", issues);
    const num = (name: string) => (q.get(name) === null ? undefined : Number(q.get(name)));
    let page = num("page");
    let perPage = num("perPage");
    const offset = num("offset");
    if (perPage === undefined) perPage = num("limit");
    if (page === undefined && offset !== undefined && perPage !== undefined && perPage > 0)
      page = Math.floor(offset / perPage);
    if (perPage !== undefined && (!Number.isInteger(perPage) || perPage <= 0))
      throw httpError(400, "perPage must be a positive integer");
    if (page !== undefined && !Number.isInteger(page))
      throw httpError(400, "page must be a non-negative integer");
    const from = q.get("fromDate") === null ? undefined : new Date(q.get("fromDate")!).getTime();
    const to = q.get("toDate") === null ? undefined : new Date(q.get("toDate")!).getTime();
    const resourceId = q.get("resourceId");
    // Newest first; runs created in the same millisecond keep the newest first too.
    let list = runtime
      .runs(key)
      .reverse()
      .sort((a, b) => b.createdAt - a.createdAt)
      .filter(
        (run) =>
          (from === undefined || run.createdAt >= from) &&
          (to === undefined || run.createdAt <= to) &&
          (resourceId === null || run.resourceId === resourceId) &&
          (status === null || runs.statusOf(run) === status),
      );
    const total = list.length;
    // The in-memory store pages only when both are given.
    if (page !== undefined && perPage !== undefined)
      list = list.slice(page * perPage, (page + 1) * perPage);
    return jsonResponse(200, { runs: list.map((run) => runs.runRow(run)), total });
  };

  const routes: [method: string, template: string, operationId: string, handle: Route["handle"]][] =
    [
      [
        "GET",
        "/workflows",
        "listWorkflows",
        () =>
          jsonResponse(
            200,
            Object.fromEntries(
              Object.entries(workflows).map(([key, workflow]) => [
                key,
                describeWorkflowV1(workflow),
              ]),
            ),
          ),
      ],
      [
        "GET",
        "/workflows/run-counts",
        "listWorkflowRunCounts",
        () =>
          jsonResponse(
            200,
            Object.fromEntries(
              Object.keys(workflows).map((key) => {
                const statuses = runtime.runs(key).map((run) => runs.statusOf(run));
                const count = (status: string) => statuses.filter((s) => s === status).length;
                return [key, { running: count("running"), suspended: count("suspended") }];
              }),
            ),
          ),
      ],
      [
        "GET",
        "/workflows/{workflowId}",
        "getWorkflow",
        (ctx) => jsonResponse(200, describeWorkflowV1(workflows[keyOf(ctx)]!)),
      ],
      ["GET", "/workflows/{workflowId}/runs", "listWorkflowRuns", listRuns],
      [
        "GET",
        "/workflows/{workflowId}/runs/{runId}",
        "getWorkflowRun",
        (ctx) => {
          const raw = ctx.query.get("fields");
          const fields = raw ? raw.split(",").map((field) => field.trim()) : undefined;
          if (fields?.some((field) => !(RUN_RESULT_FIELDS as readonly string[]).includes(field)))
            throw new IssuesError("Invalid query parameters", [
              { field: "fields", message: FIELDS_ERROR },
            ]);
          const run = findRun(keyOf(ctx), ctx.params["runId"]!);
          return jsonResponse(200, runs.runState(run, fields));
        },
      ],
      [
        "DELETE",
        "/workflows/{workflowId}/runs/{runId}",
        "deleteWorkflowRun",
        (ctx) => {
          const key = keyOf(ctx);
          findRun(key, ctx.params["runId"]!);
          runtime.deleteRun(key, ctx.params["runId"]!);
          return jsonResponse(200, { message: "Workflow run deleted" });
        },
      ],
      [
        "POST",
        "/workflows/{workflowId}/create-run",
        "createWorkflowRun",
        (ctx) => {
          const key = keyOf(ctx);
          const created = runtime.createRun(key, ctx.query.get("runId") || undefined);
          const resourceId = ctx.body["resourceId"];
          const run = runtime.find(key, created.runId);
          if (run && typeof resourceId === "string" && run.resourceId === undefined)
            run.resourceId = resourceId;
          return jsonResponse(200, created);
        },
      ],
      [
        "POST",
        "/workflows/{workflowId}/start",
        "startWorkflowRun",
        (ctx) => {
          const key = keyOf(ctx);
          const runId = requireRunId(ctx, "start run");
          findRun(key, runId);
          const { inputData } = ctx.body;
          const problem = inputProblem(key, inputData);
          // 1.x answers 200 and only logs the validation error; the run stays as it was.
          if (problem) runtime.backgroundError(new Error(problem));
          else runtime.start(key, runId, inputData, requestContextOf(ctx));
          return jsonResponse(200, { message: "Workflow run started" });
        },
      ],
      [
        "POST",
        "/workflows/{workflowId}/start-async",
        "startWorkflowRunAsync",
        async (ctx) => {
          const key = keyOf(ctx);
          const { inputData } = ctx.body;
          const problem = inputProblem(key, inputData);
          if (problem) throw httpError(400, problem);
          const created = runtime.createRun(key, ctx.query.get("runId") || undefined);
          const result = await waitFor(
            ctx,
            runtime.startAsync(key, created.runId, inputData, requestContextOf(ctx)),
          );
          return jsonResponse(200, runs.result(runtime.find(key, created.runId)!, result));
        },
      ],
      ["POST", "/workflows/{workflowId}/resume", "resumeWorkflowRun", resumeRoute("fire")],
      [
        "POST",
        "/workflows/{workflowId}/resume-async",
        "resumeWorkflowRunAsync",
        resumeRoute("async"),
      ],
      [
        "POST",
        "/workflows/{workflowId}/resume-no-wait",
        "resumeWorkflowRunNoWait",
        resumeRoute("no-wait"),
      ],
      [
        "POST",
        "/workflows/{workflowId}/stream",
        "streamWorkflowRun",
        (ctx) => {
          const key = keyOf(ctx);
          const runId = requireRunId(ctx, "stream workflow");
          const existing = runtime.find(key, runId);
          const status = existing ? runs.statusOf(existing) : undefined;
          if (status !== undefined && FINISHED.has(status))
            throw httpError(
              409,
              `Workflow run ${runId} already finished with status "${status}". Use /observe to read its stream back, or stream a new runId.`,
            );
          runtime.createRun(key, runId);
          const run = runtime.find(key, runId)!;
          if (status === "suspended" || status === "running" || status === "waiting") {
            // The run is not started again: only `workflow-start`, then the body ends.
            return streamResponse(ctx.request, (send, end) => {
              send(runs.record(run, "workflow-start", { workflowId: run.workflowName }));
              end();
            });
          }
          const { inputData } = ctx.body;
          const problem = inputProblem(key, inputData);
          if (problem) return failedStream(ctx, run, problem, schemaError(problem, "input data"));
          return executionStream(ctx, run, ctx.body["closeOnSuspend"] !== false, () =>
            runtime.startAsync(key, runId, inputData, requestContextOf(ctx)),
          );
        },
      ],
      [
        "POST",
        "/workflows/{workflowId}/resume-stream",
        "resumeStreamWorkflowRun",
        async (ctx) => {
          const { key, runId, run, prepare } = resumeRequest(ctx);
          const { steps, problem, resume } = await prepare();
          if (problem) return failedStream(ctx, run, problem, schemaError(problem, "resume data"));
          // The run's own checks (not suspended, wrong step) fail inside the stream too.
          try {
            runtime.checkResume(key, runId, steps);
          } catch (error) {
            return failedStream(ctx, run, (error as Error).message, {});
          }
          return executionStream(ctx, run, true, resume);
        },
      ],
      [
        "POST",
        "/workflows/{workflowId}/observe",
        "observeWorkflowRun",
        (ctx) => {
          const key = keyOf(ctx);
          const runId = requireRunId(ctx, "observe workflow stream");
          const run = findRun(key, runId);
          const rawOffset = ctx.query.get("offset");
          if (rawOffset !== null) {
            const issue = numberIssue("offset", rawOffset);
            if (issue) throw new IssuesError("Invalid query parameters", [issue]);
          }
          const { replay, live } = runs.observe(run, rawOffset === null ? 0 : Number(rawOffset));
          return streamResponse(ctx.request, (send, end) => {
            for (const record of replay) send(record);
            if (!live) return end();
            return runs.subscribe(run, (record) => {
              send(record);
              if (record.type === "workflow-finish") end();
            });
          });
        },
      ],
      [
        "POST",
        "/workflows/{workflowId}/runs/{runId}/cancel",
        "cancelWorkflowRun",
        (ctx) => {
          const key = keyOf(ctx);
          findRun(key, ctx.params["runId"]!);
          runtime.cancel(key, ctx.params["runId"]!, { markCanceled: true });
          return jsonResponse(200, { message: "Workflow run cancelled" });
        },
      ],
    ];

  const compiled: Route[] = routes.map(([method, template, operationId, handle]) => {
    const names: string[] = [];
    const source = template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      names.push(name);
      return "([^/]+)";
    });
    return { method, operationId, template, regex: new RegExp(`^${source}$`), names, handle };
  });

  const match = (method: string, path: string) => {
    for (const route of compiled) {
      if (route.method !== method) continue;
      const m = route.regex.exec(path);
      if (!m) continue;
      try {
        const params = Object.fromEntries(
          route.names.map((name, i) => [name, decodeURIComponent(m[i + 1]!)]),
        );
        return { route, params };
      } catch {
        return undefined;
      }
    }
    return undefined;
  };

  /** Mastra 1.x reads a JSON body only when the request says it is JSON. */
  const parseBody = (request: IncomingRequest, text: string): Json => {
    const type = request.headers.get("content-type") ?? "";
    if (!type.includes("application/json") || text.trim() === "") return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new IssuesError("Invalid request body", [
        { field: "body", message: (error as Error).message },
      ]);
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
      throw new IssuesError("Invalid request body", [
        {
          field: "body",
          message: `Invalid input: expected object, received ${parsed === null ? "null" : Array.isArray(parsed) ? "array" : typeof parsed}`,
        },
      ]);
    return parsed as Json;
  };

  const route = async (request: IncomingRequest, url: URL, method: string): Promise<Response> => {
    if (method === "OPTIONS")
      return new Response(null, { status: 204, headers: PREFLIGHT_HEADERS });
    const relative = relativePath(prefix, url.pathname);
    const matched =
      relative === undefined ? undefined : match(method === "HEAD" ? "GET" : method, relative);
    const { failure } = await applyFaults(faults, clock, request, {
      method,
      path: url.pathname,
      operationId: matched?.route.operationId,
      route: matched ? `${matched.route.method} ${matched.route.template}` : undefined,
    });
    if (failure) return failure;
    if (!matched) return notFoundRoute();
    const text = method !== "GET" && method !== "HEAD" ? request.bodyText : "";
    return runHandler(clock, options.timeoutMs, async () => {
      try {
        const ctx: Ctx = {
          request,
          params: matched.params,
          query: url.searchParams,
          body: parseBody(request, text),
        };
        return await matched.route.handle(ctx);
      } catch (error) {
        if (error instanceof IssuesError) return issuesResponse(error.label, error.issues);
        throw error;
      }
    });
  };

  /** Handles one request. Never throws: anything unexpected answers 500 `{ error }`. */
  return guard(route);
};
