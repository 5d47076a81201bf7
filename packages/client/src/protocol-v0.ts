import createClient from "openapi-fetch";
import { InvalidResponseError, isNotFoundError } from "./errors.js";
import { toExecutionResult, toWorkflowResult } from "./normalize.js";
import type { ResumeRequest, StartRequest, WorkflowsProtocol } from "./protocol.js";
import type { paths } from "./schema.js";
import {
  anySignal,
  runCall,
  type AttemptResult,
  type CallOptions,
  type TransportConfig,
} from "./transport.js";
import type { RunsFilter } from "./types.js";
import type { RunStateSnapshot } from "@wfkit/watch";

/** What the Mastra 0.x protocol needs to talk to a server. */
export interface V0ProtocolConfig {
  /** The origin plus the API prefix, without a trailing slash, e.g. `http://localhost:4111/api`. */
  apiUrl: string;
  fetch: ((request: Request) => Promise<Response>) | undefined;
  transport: TransportConfig;
}

type Attempt<T> = (init: { signal: AbortSignal; headers: Headers }) => Promise<AttemptResult<T>>;

/**
 * The wire of Mastra 0.10–0.24 (`openapi/workflows.yaml`): every call goes through openapi-fetch,
 * typed by the generated paths.
 */
export function createV0Protocol(config: V0ProtocolConfig): WorkflowsProtocol {
  const api = createClient<paths>({
    baseUrl: config.apiUrl,
    ...(config.fetch ? { fetch: config.fetch } : {}),
  });
  const prefix = new URL(config.apiUrl).pathname.replace(/\/$/, "");

  /** Runs a call and insists on a body. */
  async function json<T>(
    label: string,
    idempotent: boolean,
    call: CallOptions,
    attempt: Attempt<T>,
  ): Promise<NonNullable<T>> {
    const { data } = await runCall(config.transport, { label, idempotent }, call, attempt);
    if (data === undefined || data === null) {
      throw new InvalidResponseError(`${label} answered with an empty body; expected JSON.`);
    }
    return data as NonNullable<T>;
  }

  const label = (method: string, path: string) => `${method} ${prefix}${path}`;

  const startBody = (r: StartRequest) => ({
    inputData: r.inputData as Record<string, unknown>,
    ...(r.runtimeContext ? { runtimeContext: r.runtimeContext } : {}),
  });
  const resumeBody = (r: ResumeRequest) => ({
    step: typeof r.step === "string" ? r.step : [...r.step],
    ...(r.resumeData === undefined ? {} : { resumeData: r.resumeData as Record<string, unknown> }),
    ...(r.runtimeContext ? { runtimeContext: r.runtimeContext } : {}),
  });

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

  return {
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
      async open(signal) {
        const { data } = await runCall(
          config.transport,
          {
            label: label("GET", `/workflows/${workflowId}/watch?runId=${runId}`),
            idempotent: true,
          },
          { ...call, signal: call.signal ? anySignal([call.signal, signal]) : signal },
          (init) =>
            api.GET("/workflows/{workflowId}/watch", {
              params: { path: { workflowId }, query: { runId } },
              parseAs: "stream",
              ...init,
            }),
        );
        return (data as ReadableStream<Uint8Array> | null | undefined) ?? emptyStream();
      },
      async state(signal) {
        try {
          const raw = await rawExecutionResult(workflowId, runId, {
            ...call,
            signal: call.signal ? anySignal([call.signal, signal]) : signal,
          });
          return raw as unknown as RunStateSnapshot;
        } catch (error) {
          if (isNotFoundError(error)) return undefined;
          throw error;
        }
      },
    }),
  };
}

function runsQuery(filter: RunsFilter) {
  const iso = (d: Date | string | undefined) => (d instanceof Date ? d.toISOString() : d);
  const query: Record<string, string | number> = {};
  const fromDate = iso(filter.fromDate);
  const toDate = iso(filter.toDate);
  if (fromDate !== undefined) query.fromDate = fromDate;
  if (toDate !== undefined) query.toDate = toDate;
  if (filter.limit !== undefined) query.limit = filter.limit;
  if (filter.offset !== undefined) query.offset = filter.offset;
  if (filter.resourceId !== undefined) query.resourceId = filter.resourceId;
  return query;
}

function emptyStream(): ReadableStream<Uint8Array> {
  return new ReadableStream({ start: (controller) => controller.close() });
}
