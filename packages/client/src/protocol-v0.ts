import createClient from "openapi-fetch";
import type { RunStateSnapshot } from "@wfkit/watch";
import { createCallKit, type ProtocolConfig } from "./call-kit.js";
import { InvalidArgumentError } from "./errors.js";
import { toExecutionResult, toWorkflowResult } from "./normalize.js";
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
  const api = createClient<paths>({
    baseUrl: config.apiUrl,
    ...(config.fetch ? { fetch: config.fetch } : {}),
  });
  const { label, json, stream, unlessNotFound, withSignal } = createCallKit(config);

  // The generated body types name the context field `runtimeContext`; on 1.x the same routes take
  // `requestContext`, hence the casts.
  const context = (r: StartRequest | ResumeRequest) =>
    r.runtimeContext ? { [contextKey]: r.runtimeContext } : {};
  const startBody = (r: StartRequest) =>
    ({ inputData: r.inputData as Record<string, unknown>, ...context(r) }) as {
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
    json(
      label("GET", `/workflows/${workflowId}/runs/${runId}/execution-result`),
      true,
      call,
      (init) =>
        api.GET("/workflows/{workflowId}/runs/{runId}/execution-result", {
          params: { path: { workflowId, runId } },
          ...init,
        }),
    );

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
    listWorkflows: (call) =>
      json(label("GET", "/workflows"), true, call, (init) => api.GET("/workflows", init)),

    getWorkflow: (workflowId, call) =>
      json(label("GET", `/workflows/${workflowId}`), true, call, (init) =>
        api.GET("/workflows/{workflowId}", { params: { path: { workflowId } }, ...init }),
      ),

    listRuns: (workflowId, filter, call) =>
      json(label("GET", `/workflows/${workflowId}/runs`), true, call, (init) =>
        api.GET("/workflows/{workflowId}/runs", {
          params: { path: { workflowId }, query: runsQuery(filter) },
          ...init,
        }),
      ),

    getRun: (workflowId, runId, call) =>
      json(label("GET", `/workflows/${workflowId}/runs/${runId}`), true, call, (init) =>
        api.GET("/workflows/{workflowId}/runs/{runId}", {
          params: { path: { workflowId, runId } },
          ...init,
        }),
      ),

    getExecutionResult: async (workflowId, runId, call) =>
      toExecutionResult(
        (await rawExecutionResult(workflowId, runId, call)) as unknown as Record<string, unknown>,
      ),

    // create-run with a runId is idempotent on the server: safe to retry.
    createRun: (workflowId, runId, call) =>
      json(label("POST", `/workflows/${workflowId}/create-run`), true, call, (init) =>
        api.POST("/workflows/{workflowId}/create-run", {
          params: { path: { workflowId }, query: { runId } },
          ...init,
        }),
      ),

    start: (workflowId, request, call) =>
      json(label("POST", `/workflows/${workflowId}/start`), false, call, (init) =>
        api.POST("/workflows/{workflowId}/start", {
          params: { path: { workflowId }, query: { runId: request.runId as string } },
          body: startBody(request),
          ...init,
        }),
      ),

    startAsync: async (workflowId, request, call) =>
      toWorkflowResult(
        (await json(label("POST", `/workflows/${workflowId}/start-async`), false, call, (init) =>
          api.POST("/workflows/{workflowId}/start-async", {
            params: {
              path: { workflowId },
              query: request.runId === undefined ? {} : { runId: request.runId },
            },
            body: startBody(request),
            ...init,
          }),
        )) as unknown as Record<string, unknown>,
      ),

    resume: (workflowId, request, call) =>
      json(label("POST", `/workflows/${workflowId}/resume`), false, call, (init) =>
        api.POST("/workflows/{workflowId}/resume", {
          params: { path: { workflowId }, query: { runId: request.runId } },
          body: resumeBody(request),
          ...init,
        }),
      ),

    resumeAsync: async (workflowId, request, call) =>
      toWorkflowResult(
        (await json(label("POST", `/workflows/${workflowId}/resume-async`), false, call, (init) =>
          api.POST("/workflows/{workflowId}/resume-async", {
            params: { path: { workflowId }, query: { runId: request.runId } },
            body: resumeBody(request),
            ...init,
          }),
        )) as unknown as Record<string, unknown>,
      ),

    cancelRun: (workflowId, runId, call) =>
      json(label("POST", `/workflows/${workflowId}/runs/${runId}/cancel`), false, call, (init) =>
        api.POST("/workflows/{workflowId}/runs/{runId}/cancel", {
          params: { path: { workflowId, runId } },
          ...init,
        }),
      ),

    sendRunEvent: (workflowId, { runId, event, data }, call) =>
      json(
        label("POST", `/workflows/${workflowId}/runs/${runId}/send-event`),
        false,
        call,
        (init) =>
          api.POST("/workflows/{workflowId}/runs/{runId}/send-event", {
            params: { path: { workflowId, runId } },
            body: { event, data: data as Record<string, unknown> },
            ...init,
          }),
      ),

    watchSource: (workflowId, runId, call) => ({
      open: (signal) =>
        stream(
          label("GET", `/workflows/${workflowId}/watch?runId=${runId}`),
          call,
          signal,
          (init) =>
            api.GET("/workflows/{workflowId}/watch", {
              params: { path: { workflowId }, query: { runId } },
              parseAs: "stream",
              ...init,
            }),
        ),
      state: (signal) =>
        unlessNotFound(
          async () =>
            (await rawExecutionResult(
              workflowId,
              runId,
              withSignal(call, signal),
            )) as unknown as RunStateSnapshot,
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
  return query;
}
