import { createCallKit, type ProtocolConfig } from "./call-kit.js";
import { InvalidArgumentError } from "./errors.js";
import { toExecutionResult, toRunStateSnapshot, toWorkflowResult } from "./normalize.js";
import { v0Operations } from "./operations.js";
import { createLazySurface, once } from "./lazy.js";
import { startOptionsBody } from "./start-options-body.js";
import { unsupportedOnV0 } from "./protocol-surface.js";
import type { ResumeRequest, StartRequest, WorkflowsProtocol } from "./protocol.js";
import type { paths } from "./schema.js";
import type { CallOptions } from "./transport.js";
import type { RunsFilter } from "./types.js";

/** What the Mastra 0.x protocol needs to talk to a server. */
export type V0ProtocolConfig = ProtocolConfig;

/**
 * The wire of Mastra 0.10–0.24 (`openapi/workflows.yaml`): every call goes through openapi-fetch,
 * typed by the generated paths.
 *
 * @param contextKey - the body field that carries the caller's `runtimeContext`; Mastra 1.x keeps
 * these routes but names the field `requestContext`.
 */
export function createV0Protocol(
  config: V0ProtocolConfig,
  contextKey: "runtimeContext" | "requestContext" = "runtimeContext",
): WorkflowsProtocol {
  const { json, stream, unlessNotFound, withSignal } = createCallKit<paths, typeof v0Operations>(
    config,
    v0Operations,
  );

  // The generated body types name the context field `runtimeContext`; on 1.x the same routes take
  // `requestContext`, hence the casts.
  const context = (r: StartRequest | ResumeRequest) =>
    r.runtimeContext ? { [contextKey]: r.runtimeContext } : {};
  const startBody = (r: StartRequest, call: "start" | "startAsync") =>
    ({
      inputData: r.inputData as Record<string, unknown>,
      ...context(r),
      ...startOptionsBody(r, contextKey === "requestContext", call),
    }) as {
      inputData: Record<string, unknown>;
    };
  const resumeBody = (r: ResumeRequest) => {
    requireResumeStep(r);
    return {
      ...(r.step === undefined ? {} : { step: typeof r.step === "string" ? r.step : [...r.step] }),
      ...(r.resumeData === undefined
        ? {}
        : { resumeData: r.resumeData as Record<string, unknown> }),
      ...context(r),
    } as { step: string | string[] };
  };

  const rawExecutionResult = (workflowId: string, runId: string, call: CallOptions) =>
    json("getExecutionResult", call, { params: { path: { workflowId, runId } } });

  // 0.x cannot pick the suspended step itself: a resume without one fails before it is sent.
  const requireResumeStep = (r: ResumeRequest): void => {
    if (r.step === undefined && contextKey === "runtimeContext") {
      throw new InvalidArgumentError(
        "resume: Mastra 0.x servers need `step`. Name the suspended step, or leave `preflight` on so wfkit finds it.",
      );
    }
  };
  const checked = (protocol: WorkflowsProtocol): WorkflowsProtocol => ({
    ...protocol,
    resume: async (workflowId, request, call) => {
      requireResumeStep(request);
      return protocol.resume(workflowId, request, call);
    },
    resumeAsync: async (workflowId, request, call) => {
      requireResumeStep(request);
      return protocol.resumeAsync(workflowId, request, call);
    },
  });

  return checked({
    // The calls beyond the 0.10 surface are their own chunk, loaded on first use.
    surface: createLazySurface(
      once(async () => (await import("./on-demand.js")).createV0Surface(config)),
    ),

    listWorkflows: (call) => json("listWorkflows", call, {}),

    getWorkflow: (workflowId, call) =>
      json("getWorkflow", call, { params: { path: { workflowId } } }),

    listRuns: (workflowId, filter, call) =>
      json("listRuns", call, { params: { path: { workflowId }, query: runsQuery(filter) } }),

    getRun: (workflowId, runId, call) =>
      json("getRun", call, { params: { path: { workflowId, runId } } }),

    getExecutionResult: async (workflowId, runId, call) =>
      toExecutionResult(
        await rawExecutionResult(workflowId, runId, call),
        runId,
        "runExecutionResult",
      ),

    createRun: (workflowId, runId, call) =>
      json("createRun", call, { params: { path: { workflowId }, query: { runId } } }),

    start: (workflowId, request, call) =>
      json("start", call, {
        params: { path: { workflowId }, query: { runId: request.runId as string } },
        body: startBody(request, "start"),
      }),

    startAsync: async (workflowId, request, call) =>
      toWorkflowResult(
        await json("startAsync", call, {
          params: {
            path: { workflowId },
            query: request.runId === undefined ? {} : { runId: request.runId },
          },
          body: startBody(request, "startAsync"),
        }),
        request.runId,
        "startAsync",
      ),

    resume: (workflowId, request, call) =>
      json("resume", call, {
        params: { path: { workflowId }, query: { runId: request.runId } },
        body: resumeBody(request),
      }),

    resumeAsync: async (workflowId, request, call) =>
      toWorkflowResult(
        await json("resumeAsync", call, {
          params: { path: { workflowId }, query: { runId: request.runId } },
          body: resumeBody(request),
        }),
        request.runId,
        "resumeAsync",
      ),

    cancelRun: (workflowId, runId, call) =>
      json("cancelRun", call, { params: { path: { workflowId, runId } } }),

    sendRunEvent: (workflowId, { runId, event, data }, call) =>
      json("sendRunEvent", call, {
        params: { path: { workflowId, runId } },
        body: { event, data: data as Record<string, unknown> },
      }),

    watchSource: (workflowId, runId, call) => ({
      open: (signal) =>
        stream("watch", call, signal, {
          params: { path: { workflowId }, query: { runId } },
        }),
      state: (signal) =>
        unlessNotFound(async () =>
          toRunStateSnapshot(
            await rawExecutionResult(workflowId, runId, withSignal(call, signal)),
            "the watched run's state",
          ),
        ),
    }),
  });
}

/**
 * The `runs` query from the public filter: dates as ISO strings, the resource, and (unless
 * `paging` is false) 0.x's `limit`/`offset`, with `offset=0` added to a lone `limit`.
 */
export function runsQuery(filter: RunsFilter, paging = true): Record<string, string | number> {
  const iso = (d: Date | string | undefined) => (d instanceof Date ? d.toISOString() : d);
  const query: Record<string, string | number> = {};
  const fromDate = iso(filter.fromDate);
  const toDate = iso(filter.toDate);
  if (fromDate !== undefined) query.fromDate = fromDate;
  if (toDate !== undefined) query.toDate = toDate;
  // Mastra 0.10's stores page only when both are given: `limit` alone would return every run.
  if (paging && filter.limit !== undefined) query.limit = filter.limit;
  if (paging && (filter.offset !== undefined || filter.limit !== undefined)) {
    query.offset = filter.offset ?? 0;
  }
  if (filter.resourceId !== undefined) query.resourceId = filter.resourceId;
  if (filter.status !== undefined) {
    if (paging) throw unsupportedOnV0("runs", "`status` filter on GET /runs");
    query.status = filter.status;
  }
  return query;
}
