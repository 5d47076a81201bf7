/**
 * The 0.x implementation of {@link SurfaceProtocol}. 0.10.15 has one of the newer routes,
 * `POST /stream`, whose events are renamed to the 1.x names (`createV0EventMapper`); every other
 * call, and every 1.x-only option, throws `UnsupportedByServerError` before anything is sent.
 */
import { createCallKit, type ProtocolConfig } from "./call-kit.js";
import { createEventStream } from "./event-stream.js";
import { v0SurfaceOperations } from "./operations-1x.js";
import {
  unsupportedOnV0,
  type SurfaceProtocol,
  type SurfaceStartRequest,
} from "./protocol-surface.js";
import type { paths } from "./schema.js";
import { createV0EventMapper } from "./stream-events.js";

/** The 1.x route each call needs, for messages. */
const SURFACE_ROUTES: Readonly<Record<keyof SurfaceProtocol, string>> = {
  stream: "POST /stream",
  resumeStream: "POST /resume-stream",
  observeStream: "POST /observe",
  resumeNoWait: "POST /resume-no-wait",
  restart: "POST /restart",
  restartAsync: "POST /restart-async",
  timeTravel: "POST /time-travel",
  timeTravelAsync: "POST /time-travel-async",
  timeTravelStream: "POST /time-travel-stream",
  deleteRun: "DELETE /runs/{runId}",
  runCounts: "GET /run-counts",
};

/** The options of a start or stream request that 0.x servers do not take. */
const V1_ONLY_OPTIONS = [
  "initialState",
  "perStep",
  "resourceId",
  "tracingOptions",
  "closeOnSuspend",
] as const;

/** The first 1.x-only option `request` sets, if any. */
export function v1OnlyOption(request: SurfaceStartRequest): string | undefined {
  return V1_ONLY_OPTIONS.find((key) => request[key] !== undefined);
}

/** Creates the 0.x surface calls. */
export function createV0Surface(config: ProtocolConfig): SurfaceProtocol {
  const { stream } = createCallKit<paths, typeof v0SurfaceOperations>(config, v0SurfaceOperations);
  const refuse = (call: keyof SurfaceProtocol, what?: string) => async () => {
    throw unsupportedOnV0(call, what ?? SURFACE_ROUTES[call]);
  };
  const option = (request: SurfaceStartRequest) => `the \`${v1OnlyOption(request)}\` option`;

  return {
    async stream(workflowId, request, call) {
      if (v1OnlyOption(request) !== undefined) throw unsupportedOnV0("stream", option(request));
      const controller = new AbortController();
      const { onInvalidRecord, maxRecordBytes, ...transport } = call;
      const body = await stream("stream", transport, controller.signal, {
        params: { path: { workflowId }, query: { runId: request.runId } },
        body: {
          inputData: request.inputData as Record<string, unknown>,
          ...(request.requestContext ? { runtimeContext: request.requestContext } : {}),
        },
      });
      return createEventStream({
        runId: request.runId,
        body,
        toEvent: createV0EventMapper(workflowId, request.runId),
        endAtFinish: true,
        ...(call.signal ? { signal: call.signal } : {}),
        ...(onInvalidRecord ? { onInvalidRecord } : {}),
        ...(maxRecordBytes === undefined ? {} : { maxRecordBytes }),
      });
    },
    resumeStream: refuse("resumeStream"),
    observeStream: refuse("observeStream"),
    resumeNoWait: refuse("resumeNoWait"),
    restart: refuse("restart"),
    restartAsync: refuse("restartAsync"),
    timeTravel: refuse("timeTravel"),
    timeTravelAsync: refuse("timeTravelAsync"),
    timeTravelStream: refuse("timeTravelStream"),
    deleteRun: refuse("deleteRun"),
    runCounts: refuse("runCounts"),
  };
}
