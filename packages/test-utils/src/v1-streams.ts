/**
 * The stream bodies of the fake 1.x server: single-encoded records, each body holding at most
 * `maxStreamBufferBytes` for a client that does not read (a client further behind is
 * disconnected).
 */
import { byteStrategy, enqueueWithin, onClientAbort, tooFarBehind } from "./http-common.js";
import type { IncomingRequest } from "./incoming.js";
import { markLive } from "./inflight.js";
import type { Runtime, StoredRun } from "./runtime.js";
import { STREAM_HEADERS, type Json, type RequestCtx } from "./v1-http.js";
import type { V1Record, V1Runs } from "./v1-runs.js";
import { encodeStreamEvent } from "./watch-encoding.js";

/** Creates the 1.x stream bodies. */
export const createV1Streams = (options: {
  runtime: Runtime;
  runs: V1Runs;
  maxStreamBufferBytes: number;
}) => {
  const { runtime, runs, maxStreamBufferBytes } = options;
  const strategy = byteStrategy(maxStreamBufferBytes);

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
              controller.error(tooFarBehind(maxStreamBufferBytes));
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
  const failedStream = (ctx: RequestCtx, run: StoredRun, errorMessage: string, error: Json) =>
    streamResponse(ctx.request, (send, end) => {
      send(runs.record(run, "workflow-start", { workflowId: run.workflowName }));
      send(runs.finishRecord(run, "failed", { error, errorMessage }));
      end();
    });

  /** Streams the run's next execution, which `launch` starts once the body is subscribed. */
  const executionStream = (
    ctx: RequestCtx,
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

  return { streamResponse, failedStream, executionStream };
};
