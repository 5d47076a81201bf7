/**
 * The HTTP layer of a Mastra 1.x server (`@mastra/server` 1.69, as observed in
 * `harness/mastra-1.x/WIRE-NOTES.md`) over the shared runtime: its routes, request validation
 * (`Invalid query parameters` / `Invalid request body` with `issues`, input and resume data
 * checked against the schemas), `/stream`, `/resume-stream` and `/observe` with single-encoded
 * records, and its answers' shapes. Its routes are the table `V1_ROUTES`, checked against
 * `openapi/workflows-1.x.yaml`.
 */
import type { Clock } from "./clock.js";
import type { ClockWatchdog } from "./clock-watchdog.js";
import { httpError } from "./errors.js";
import type { Faults } from "./faults.js";
import { applyFaults, guard, notFoundRoute, relativePath, runHandler } from "./http-common.js";
import type { IncomingRequest } from "./incoming.js";
import { markPerStep } from "./per-step.js";
import { createSpecChecks, type SpecViolation } from "./spec-checks.js";
import type { SpecValidator } from "./spec-validation.js";
import { reply1x } from "./v1-reply.js";
import type { Runtime, StoredRun } from "./runtime.js";
import {
  FINISHED,
  IssuesError,
  PREFLIGHT_HEADERS,
  createRouteMatcher,
  issuesResponse,
  missing,
  numberIssue,
  parseRunFields,
  parseBody,
  schemaError,
  type Ctx,
  type AnyCtx1x,
  type Handlers1x,
  type RequestContextCtx,
  type ResumeOperation,
  type RequestCtx,
  type RunIdCtx,
  type WorkflowCtx,
} from "./v1-http.js";
import { createListRuns } from "./v1-list-runs.js";
import { createWorkflowRoutes } from "./v1-workflow-routes.js";
import type { V1Runs } from "./v1-runs.js";
import { describeWorkflowV1 } from "./v1-workflow-description.js";
import { createV1Streams } from "./v1-streams.js";
import { createReplayRoutes } from "./v1-replay-routes.js";
import { createUntilResumable } from "./v1-resume-wait.js";
import { createInputChecks } from "./v1-input-checks.js";
import type { Workflow } from "./workflow.js";

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
  /** Validate requests against `openapi/workflows-1.x.yaml` (400 `{ error }` when they differ). */
  strict: boolean;
  /** Validate JSON answers against it (recorded in `violations`, answered as a 500). */
  validateResponses: boolean;
  /** The 1.x document's validator. */
  validator: SpecValidator;
  violations: SpecViolation[];
}

/**
 * Creates the 1.x request handler.
 */
export const createV1RequestHandler = (options: V1HandlerOptions) => {
  const { runtime, runs, workflows, clock, faults } = options;
  const prefix = options.apiPrefix.replace(/\/+$/, "");

  /** Mastra 1.x finds a workflow by registration key, then by id. */
  const keyOf = (ctx: WorkflowCtx): string => {
    const param = ctx.params.workflowId;
    if (runtime.has(param)) return param;
    const byId = Object.keys(workflows).find((key) => workflows[key]!.id === param);
    if (byId === undefined) throw httpError(404, "Workflow not found");
    return byId;
  };

  /** Waits for an execution, failing it when it sleeps on a virtual clock nothing advances. */
  const waitFor = <T>(ctx: RequestCtx, execution: Promise<T>): Promise<T> =>
    options.watchdog.wait(
      execution,
      `${ctx.request.method} ${new URL(ctx.request.url).pathname}`,
      () => runtime.isSleeping(execution),
    );

  const requireRunId = (ctx: RunIdCtx, action: string): string => {
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

  const requestContextOf = (ctx: RequestContextCtx): Map<string, unknown> => {
    const value = ctx.body.requestContext;
    return value && typeof value === "object" ? new Map(Object.entries(value)) : new Map();
  };

  const { inputProblem, resumeSteps, resumeProblem } = createInputChecks(workflows);

  const streams = createV1Streams({
    runtime,
    runs,
    maxStreamBufferBytes: options.maxStreamBufferBytes,
  });
  const { streamResponse, failedStream, executionStream } = streams;

  // ---- routes ------------------------------------------------------------------------------

  const untilResumable = createUntilResumable(clock, runs);

  /** The resume request's run and what it resumes (checked once the run can be resumed). */
  const resumeRequest = (ctx: AnyCtx1x<ResumeOperation>) => {
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
    async (ctx: AnyCtx1x<ResumeOperation>): Promise<Response> => {
      const { runId, run, prepare } = resumeRequest(ctx);
      if (kind === "async") {
        const { problem, resume } = await prepare();
        if (problem) throw httpError(400, problem);
        const result = runs.result(run, await waitFor(ctx, resume()));
        return reply1x("resumeWorkflowRunAsync", 200, result);
      }
      // `resume` and `resume-no-wait` answer at once; failures are only logged.
      runtime.background(
        prepare().then(({ problem, resume }) => {
          if (problem) throw new Error(problem);
          return resume();
        }),
      );
      return kind === "fire"
        ? reply1x("resumeWorkflowRun", 200, { message: "Workflow run resumed" })
        : reply1x("resumeWorkflowRunNoWait", 200, { runId });
    };

  const listRuns = createListRuns({ runtime, runs, keyOf });

  /** Each 1.x operation of the route table (`V1_ROUTES`, checked against the 1.x spec). */
  const handlers: Handlers1x = {
    ...createWorkflowRoutes({ workflows, runtime, runs }),
    getWorkflow: (ctx) => reply1x("getWorkflow", 200, describeWorkflowV1(workflows[keyOf(ctx)]!)),
    listWorkflowRuns: listRuns,
    getWorkflowRun: (ctx) => {
      const fields = parseRunFields(ctx.query.get("fields"));
      const run = findRun(keyOf(ctx), ctx.params.runId);
      return reply1x("getWorkflowRun", 200, runs.runState(run, fields));
    },
    deleteWorkflowRun: (ctx) => {
      const key = keyOf(ctx);
      findRun(key, ctx.params.runId);
      runtime.deleteRun(key, ctx.params.runId);
      return reply1x("deleteWorkflowRun", 200, { message: "Workflow run deleted" });
    },
    createWorkflowRun: (ctx) => {
      const key = keyOf(ctx);
      const created = runtime.createRun(key, ctx.query.get("runId") || undefined);
      const resourceId = ctx.body["resourceId"];
      const run = runtime.find(key, created.runId);
      if (run && typeof resourceId === "string" && run.resourceId === undefined)
        run.resourceId = resourceId;
      return reply1x("createWorkflowRun", 200, created);
    },
    startWorkflowRun: (ctx) => {
      const key = keyOf(ctx);
      const runId = requireRunId(ctx, "start run");
      markPerStep(findRun(key, runId), ctx.body);
      const { inputData } = ctx.body;
      const problem = inputProblem(key, inputData);
      // 1.x answers 200 and only logs the validation error; the run stays as it was.
      if (problem) runtime.backgroundError(new Error(problem));
      else runtime.start(key, runId, inputData, requestContextOf(ctx));
      return reply1x("startWorkflowRun", 200, { message: "Workflow run started" });
    },
    startWorkflowRunAsync: async (ctx) => {
      const key = keyOf(ctx);
      const { inputData } = ctx.body;
      const problem = inputProblem(key, inputData);
      if (problem) throw httpError(400, problem);
      const fresh = !runtime.find(key, ctx.query.get("runId") ?? "");
      const created = runtime.createRun(key, ctx.query.get("runId") || undefined);
      const run = runtime.find(key, created.runId)!;
      // The run's resourceId is the one it was created with (a run start-async creates takes it).
      if (fresh && typeof ctx.body["resourceId"] === "string")
        run.resourceId = ctx.body["resourceId"];
      markPerStep(run, ctx.body);
      const result = await waitFor(
        ctx,
        runtime.startAsync(key, created.runId, inputData, requestContextOf(ctx)),
      );
      return reply1x("startWorkflowRunAsync", 200, runs.result(run, result));
    },
    resumeWorkflowRun: resumeRoute("fire"),
    resumeWorkflowRunAsync: resumeRoute("async"),
    resumeWorkflowRunNoWait: resumeRoute("no-wait"),
    streamWorkflowRun: (ctx) => {
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
      markPerStep(run, ctx.body);
      return executionStream(ctx, run, ctx.body["closeOnSuspend"] !== false, () =>
        runtime.startAsync(key, runId, inputData, requestContextOf(ctx)),
      );
    },
    resumeStreamWorkflowRun: async (ctx) => {
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
    observeWorkflowRun: (ctx) => {
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
    ...createReplayRoutes({
      ...{ runtime, runs, workflows, clock, streams, keyOf, requireRunId, findRun, waitFor },
      requestContextOf,
    }),
    cancelWorkflowRun: (ctx) => {
      const key = keyOf(ctx);
      findRun(key, ctx.params.runId);
      runtime.cancel(key, ctx.params.runId, { markCanceled: true });
      return reply1x("cancelWorkflowRun", 200, { message: "Workflow run cancelled" });
    },
  };

  const match = createRouteMatcher(handlers);
  const checks = createSpecChecks({ ...options, document: "openapi/workflows-1.x.yaml" });
  /** The spec operation of each route of the table (each one is, by `V1_ROUTES`' type). */
  const specOps = new Map(options.validator.operations.map((op) => [op.operationId, op]));

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
    const op = specOps.get(matched.route.operationId);
    if (op && options.strict) {
      const refusal = checks.checkRequest(op, {
        pathParams: matched.params,
        query: url.searchParams,
        bodyText: text,
      });
      if (refusal) return refusal;
    }
    const response = await runHandler(clock, options.timeoutMs, async () => {
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
    return op && options.validateResponses
      ? checks.checkResponse({ op, request, url }, response)
      : response;
  };

  /** Handles one request. Never throws: anything unexpected answers 500 `{ error }`. */
  return guard(route);
};
