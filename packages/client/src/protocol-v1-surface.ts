/**
 * The 1.x implementation of {@link SurfaceProtocol}: one function per call over the protocol
 * config, typed by the 1.x spec (`paths1x`) and the declarations of `v1SurfaceOperations`.
 */
import { createCallKit, type ProtocolConfig } from "./call-kit.js";
import { createEventStream, type WorkflowEventStream } from "./event-stream.js";
import { toWorkflowResult } from "./normalize.js";
import { createObserveDeduper } from "./observe-dedupe.js";
import { v1SurfaceOperations } from "./operations-1x.js";
import type {
  RestartRequest,
  StreamCallOptions,
  SurfaceProtocol,
  SurfaceResumeRequest,
  SurfaceStartRequest,
  TimeTravelRequest,
} from "./protocol-surface.js";
import type { WireWorkflowResult1x, paths1x } from "./schema-1x.js";

type Body = Record<string, unknown>;

/** `value` without its `undefined` fields (they would only be noise on the wire). */
function defined<T extends Body>(value: T): T {
  const out: Body = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) out[key] = field;
  return out as T;
}

const startBody = (r: SurfaceStartRequest): Body =>
  defined({
    inputData: r.inputData,
    initialState: r.initialState,
    requestContext: r.requestContext,
    resourceId: r.resourceId,
    perStep: r.perStep,
    tracingOptions: r.tracingOptions,
    closeOnSuspend: r.closeOnSuspend,
  });

const resumeBody = (r: SurfaceResumeRequest): Body =>
  defined({
    step: r.step,
    resumeData: r.resumeData,
    requestContext: r.requestContext,
    perStep: r.perStep,
    tracingOptions: r.tracingOptions,
    forEachIndex: r.forEachIndex,
  });

const restartBody = (r: RestartRequest): Body =>
  defined({ requestContext: r.requestContext, tracingOptions: r.tracingOptions });

const timeTravelBody = (r: TimeTravelRequest): Body =>
  defined({
    step: r.step,
    inputData: r.inputData,
    resumeData: r.resumeData,
    context: r.context,
    nestedStepsContext: r.nestedStepsContext,
    initialState: r.initialState,
    requestContext: r.requestContext,
    perStep: r.perStep,
    tracingOptions: r.tracingOptions,
  });

/** Creates the 1.x surface calls. */
export function createV1Surface(config: ProtocolConfig): SurfaceProtocol {
  const { json, stream } = createCallKit<paths1x, typeof v1SurfaceOperations>(
    config,
    v1SurfaceOperations,
  );
  const result = (body: WireWorkflowResult1x, runId: string, call: string) =>
    toWorkflowResult(body, runId, `POST ${call}`);

  /** Opens a stream operation; the controller closes the body when the stream is left. */
  async function open(
    name: "stream" | "resumeStream" | "observeStream" | "timeTravelStream",
    runId: string,
    call: StreamCallOptions,
    init: { workflowId: string; query?: Record<string, unknown>; body?: Body },
  ): Promise<WorkflowEventStream> {
    const controller = new AbortController();
    const { onInvalidRecord, maxRecordBytes, ...transport } = call;
    const body = await stream(name, transport, controller.signal, {
      params: { path: { workflowId: init.workflowId }, query: { runId, ...init.query } },
      ...(init.body === undefined ? {} : { body: init.body }),
    } as never);
    return createEventStream({
      runId,
      body,
      ...(call.signal ? { signal: call.signal } : {}),
      ...(onInvalidRecord ? { onInvalidRecord } : {}),
      ...(maxRecordBytes === undefined ? {} : { maxRecordBytes }),
      ...(name === "observeStream"
        ? { toEvent: createObserveDeduper(Number(init.query?.["offset"] ?? 0)) }
        : {}),
    });
  }

  const runQuery = (workflowId: string, runId: string) => ({
    params: { path: { workflowId }, query: { runId } },
  });

  return {
    stream: (workflowId, request, call) =>
      open("stream", request.runId, call, { workflowId, body: startBody(request) }),

    resumeStream: (workflowId, request, call) =>
      open("resumeStream", request.runId, call, { workflowId, body: resumeBody(request) }),

    observeStream: (workflowId, { runId, offset }, call) =>
      open("observeStream", runId, call, {
        workflowId,
        ...(offset === undefined ? {} : { query: { offset } }),
      }),

    timeTravelStream: (workflowId, request, call) =>
      open("timeTravelStream", request.runId, call, {
        workflowId,
        body: timeTravelBody(request),
      }),

    resumeNoWait: (workflowId, request, call) =>
      json("resumeNoWait", call, {
        ...runQuery(workflowId, request.runId),
        body: resumeBody(request),
      }),

    restart: (workflowId, request, call) =>
      json("restart", call, { ...runQuery(workflowId, request.runId), body: restartBody(request) }),

    restartAsync: async (workflowId, request, call) =>
      result(
        await json("restartAsync", call, {
          ...runQuery(workflowId, request.runId),
          body: restartBody(request),
        }),
        request.runId,
        "restart-async",
      ),

    timeTravel: (workflowId, request, call) =>
      json("timeTravel", call, {
        ...runQuery(workflowId, request.runId),
        body: timeTravelBody(request) as never,
      }),

    timeTravelAsync: async (workflowId, request, call) =>
      result(
        await json("timeTravelAsync", call, {
          ...runQuery(workflowId, request.runId),
          body: timeTravelBody(request) as never,
        }),
        request.runId,
        "time-travel-async",
      ),

    deleteRun: (workflowId, runId, call) =>
      json("deleteRun", call, { params: { path: { workflowId, runId } } }),

    runCounts: (call) => json("runCounts", call, {}),
  };
}
