import createClient from "openapi-fetch";
import { WatchRunNotFoundError, type RunStateSnapshot } from "@wfkit/watch";
import { InvalidResponseError, UnsupportedByServerError, isNotFoundError } from "./errors.js";
import { toExecutionResult, toWorkflowResult } from "./normalize.js";
import type { ResumeRequest, StartRequest, WorkflowsProtocol } from "./protocol.js";
import type {
  V1Object,
  V1Paths,
  V1ResumeBody,
  V1RunsQuery,
  V1StartBody,
} from "./protocol-v1-paths.js";
import { createV1WatchSource } from "./protocol-v1-watch.js";
import type { WorkflowRun, WorkflowRuns } from "./schema.js";
import {
  anySignal,
  runCall,
  type AttemptResult,
  type CallOptions,
  type TransportConfig,
} from "./transport.js";
import type { RunsFilter } from "./types.js";

/** What the Mastra 1.x protocol needs to talk to a server. */
export interface V1ProtocolConfig {
  /** The origin plus the API prefix, without a trailing slash, e.g. `http://localhost:4111/api`. */
  apiUrl: string;
  fetch: ((request: Request) => Promise<Response>) | undefined;
  transport: TransportConfig;
}

type Attempt<T> = (init: { signal: AbortSignal; headers: Headers }) => Promise<AttemptResult<T>>;

/** The run fields `runExecutionResult` and the watcher read from `GET runs/:runId`. */
const STATE_FIELDS = "result,error,payload,steps";

/**
 * The wire of Mastra 1.x servers (observed on `@mastra/core` 1.71, `@mastra/server` 1.69),
 * behind the same documented calls as 0.x:
 *
 * - bodies carry `requestContext` where the caller passed `runtimeContext`;
 * - `runExecutionResult` reads `GET runs/:runId?fields=…` (`execution-result` is gone);
 * - `runById` rebuilds the run's `snapshot` from the state `GET runs/:runId` answers;
 * - `runs` pages with `page`/`perPage` (see {@link toRunsQuery});
 * - `watch` reads `POST /observe` and polls the run state when nothing is cached;
 * - `sendRunEvent` throws `UnsupportedByServerError` (1.x has no such route).
 */
export function createV1Protocol(config: V1ProtocolConfig): WorkflowsProtocol {
  const api = createClient<V1Paths>({
    baseUrl: config.apiUrl,
    ...(config.fetch ? { fetch: config.fetch } : {}),
  });
  const prefix = new URL(config.apiUrl).pathname.replace(/\/$/, "");
  const label = (method: string, path: string) => `${method} ${prefix}${path}`;

  /** Runs a call and insists on a body. */
  async function json<T>(
    what: string,
    idempotent: boolean,
    call: CallOptions,
    attempt: Attempt<T>,
  ): Promise<NonNullable<T>> {
    const { data } = await runCall(config.transport, { label: what, idempotent }, call, attempt);
    if (data === undefined || data === null) {
      throw new InvalidResponseError(`${what} answered with an empty body; expected JSON.`);
    }
    return data as NonNullable<T>;
  }

  const startBody = (r: StartRequest): V1StartBody => ({
    inputData: r.inputData,
    ...(r.runtimeContext ? { requestContext: r.runtimeContext } : {}),
  });
  const resumeBody = (r: ResumeRequest): V1ResumeBody => ({
    step: typeof r.step === "string" ? r.step : [...r.step],
    ...(r.resumeData === undefined ? {} : { resumeData: r.resumeData }),
    ...(r.runtimeContext ? { requestContext: r.runtimeContext } : {}),
  });

  const readRun = (workflowId: string, runId: string, call: CallOptions, fields?: string) =>
    json(
      label("GET", `/workflows/${workflowId}/runs/${runId}${fields ? `?fields=${fields}` : ""}`),
      true,
      call,
      (init) =>
        api.GET("/workflows/{workflowId}/runs/{runId}", {
          params: { path: { workflowId, runId }, ...(fields ? { query: { fields } } : {}) },
          ...init,
        }),
    );

  const withSignal = (call: CallOptions, signal: AbortSignal): CallOptions => ({
    ...call,
    signal: call.signal ? anySignal([call.signal, signal]) : signal,
  });

  return {
    listWorkflows: (call) =>
      json(label("GET", "/workflows"), true, call, (init) => api.GET("/workflows", init)),

    getWorkflow: (workflowId, call) =>
      json(label("GET", `/workflows/${workflowId}`), true, call, (init) =>
        api.GET("/workflows/{workflowId}", { params: { path: { workflowId } }, ...init }),
      ),

    listRuns: async (workflowId, filter, call) => {
      const { query, slice } = toRunsQuery(filter);
      const page = (await json(label("GET", `/workflows/${workflowId}/runs`), true, call, (init) =>
        api.GET("/workflows/{workflowId}/runs", {
          params: { path: { workflowId }, query },
          ...init,
        }),
      )) as unknown as WorkflowRuns;
      if (slice === undefined || !Array.isArray(page.runs)) return page;
      return { ...page, runs: page.runs.slice(slice.start, slice.end) };
    },

    getRun: async (workflowId, runId, call) =>
      toWorkflowRun(await readRun(workflowId, runId, call)),

    getExecutionResult: async (workflowId, runId, call) =>
      toExecutionResult(await readRun(workflowId, runId, call, STATE_FIELDS)),

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
        await json(label("POST", `/workflows/${workflowId}/start-async`), false, call, (init) =>
          api.POST("/workflows/{workflowId}/start-async", {
            params: {
              path: { workflowId },
              ...(request.runId === undefined ? {} : { query: { runId: request.runId } }),
            },
            body: startBody(request),
            ...init,
          }),
        ),
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
        await json(label("POST", `/workflows/${workflowId}/resume-async`), false, call, (init) =>
          api.POST("/workflows/{workflowId}/resume-async", {
            params: { path: { workflowId }, query: { runId: request.runId } },
            body: resumeBody(request),
            ...init,
          }),
        ),
      ),

    cancelRun: (workflowId, runId, call) =>
      json(label("POST", `/workflows/${workflowId}/runs/${runId}/cancel`), false, call, (init) =>
        api.POST("/workflows/{workflowId}/runs/{runId}/cancel", {
          params: { path: { workflowId, runId } },
          ...init,
        }),
      ),

    sendRunEvent: async () => {
      throw new UnsupportedByServerError(
        "sendRunEvent: Mastra 1.x servers have no send-event route. Resume the waiting step with `resume` instead, or talk to a 0.x server.",
      );
    },

    watchSource: (workflowId, runId, call) =>
      createV1WatchSource({
        runId,
        async observe(signal) {
          try {
            const { data } = await runCall(
              config.transport,
              {
                label: label("POST", `/workflows/${workflowId}/observe?runId=${runId}`),
                idempotent: true,
              },
              withSignal(call, signal),
              (init) =>
                api.POST("/workflows/{workflowId}/observe", {
                  params: { path: { workflowId }, query: { runId } },
                  parseAs: "stream",
                  ...init,
                }),
            );
            return (data as ReadableStream<Uint8Array> | null | undefined) ?? emptyStream();
          } catch (error) {
            if (isNotFoundError(error)) throw new WatchRunNotFoundError(runId);
            throw error;
          }
        },
        async state(signal) {
          try {
            const raw = await readRun(workflowId, runId, withSignal(call, signal), STATE_FIELDS);
            return raw as unknown as RunStateSnapshot;
          } catch (error) {
            if (isNotFoundError(error)) return undefined;
            throw error;
          }
        },
      }),
  };
}

/**
 * Maps the 0.x paging filter onto 1.x's `page`/`perPage`. `limit` with an `offset` that is a
 * multiple of it is exact; any other `offset` reads the first `offset + limit` runs (or all, without
 * `limit`) and keeps the requested window, so results match 0.x at the cost of a larger answer.
 */
export function toRunsQuery(filter: RunsFilter): {
  query: V1RunsQuery;
  slice: { start: number; end: number | undefined } | undefined;
} {
  const iso = (d: Date | string | undefined) => (d instanceof Date ? d.toISOString() : d);
  const query: V1RunsQuery = {};
  const fromDate = iso(filter.fromDate);
  const toDate = iso(filter.toDate);
  if (fromDate !== undefined) query.fromDate = fromDate;
  if (toDate !== undefined) query.toDate = toDate;
  if (filter.resourceId !== undefined) query.resourceId = filter.resourceId;
  const { limit, offset = 0 } = filter;
  if (limit !== undefined && limit > 0 && offset % limit === 0) {
    query.perPage = limit;
    query.page = offset / limit;
    return { query, slice: undefined };
  }
  if (limit !== undefined && limit > 0) {
    query.perPage = offset + limit;
    query.page = 0;
    return { query, slice: { start: offset, end: offset + limit } };
  }
  return { query, slice: offset > 0 ? { start: offset, end: undefined } : undefined };
}

/**
 * The 0.x `WorkflowRun` shape from 1.x's flat run state: the stored snapshot is rebuilt from its
 * parts (`context` holds the input and the steps, as on 0.x).
 */
export function toWorkflowRun(raw: V1Object): WorkflowRun {
  const {
    runId,
    workflowName,
    resourceId,
    createdAt,
    updatedAt,
    status,
    payload,
    steps,
    initialState,
    ...rest
  } = raw;
  const snapshot: Record<string, unknown> = {
    runId,
    status,
    value: initialState ?? {},
    context: {
      ...(payload === undefined ? {} : { input: payload }),
      ...(steps && typeof steps === "object" ? steps : {}),
    },
  };
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) snapshot[key] = value;
  const updated = typeof updatedAt === "string" ? Date.parse(updatedAt) : Number.NaN;
  if (!Number.isNaN(updated)) snapshot.timestamp = updated;
  return {
    workflowName: workflowName as string,
    runId: runId as string,
    snapshot: snapshot as WorkflowRun["snapshot"],
    createdAt: createdAt as string,
    updatedAt: updatedAt as string,
    ...(typeof resourceId === "string" ? { resourceId } : {}),
  };
}

function emptyStream(): ReadableStream<Uint8Array> {
  return new ReadableStream({ start: (controller) => controller.close() });
}
