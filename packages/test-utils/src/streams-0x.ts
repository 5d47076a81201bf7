/**
 * The streamed bodies of the 0.x server: `GET watch` (double-encoded records, Mastra's closing
 * rules, the watch faults, sane mode's replay) and `POST stream`. Each body holds at most
 * `maxStreamBufferBytes` for a client that does not read; a client further behind is
 * disconnected.
 */
import type { Clock } from "./clock.js";
import type { Ctx } from "./handler-context.js";
import {
  CORS_HEADERS,
  byteStrategy,
  enqueueWithin,
  errorResponse,
  onClientAbort,
  tooFarBehind,
} from "./http-common.js";
import { markLive } from "./inflight.js";
import type { Runtime } from "./runtime.js";
import type { SpecValidator } from "./spec-validation.js";
import { RECORD_SEPARATOR } from "@wfkit/watch";
import { encodeStreamEvent, encodeWatchRecord } from "./watch-encoding.js";
import { stopsWatch } from "./watch-state.js";

const streamHeaders = { ...CORS_HEADERS, "content-type": "text/plain; charset=UTF-8" };

/** Options of {@link createStreams0x}. */
export interface Streams0xOptions {
  runtime: Runtime;
  clock: Clock;
  validator: SpecValidator;
  sane: boolean;
  validateResponses: boolean;
  maxStreamBufferBytes: number;
  violation: (ctx: Ctx, status: number, message: string) => void;
  runtimeContextOf: (ctx: Ctx) => Map<string, unknown>;
  /** Responses that intentionally leave the spec (sane mode's 404). */
  exempt: WeakSet<Response>;
}

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

/** Creates the 0.x stream bodies. */
export const createStreams0x = (options: Streams0xOptions) => {
  const { runtime, clock, validator, sane, validateResponses, violation, exempt } = options;
  const { runtimeContextOf, maxStreamBufferBytes } = options;
  const strategy = byteStrategy(maxStreamBufferBytes);

  const watchBody = (ctx: Ctx, runId: string): Response => {
    const key = ctx.params["workflowId"]!;
    const encoder = new TextEncoder();
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

    const stream = new ReadableStream<Uint8Array>(
      {
        start(controller) {
          const finish = () => {
            if (closed) return;
            closed = true;
            ctx.request.release();
            unsubscribe?.();
            if (closeTimer) clearImmediate(closeTimer);
            if (buffered.length > 0)
              controller.enqueue(encoder.encode(buffered.splice(0).join("")));
            controller.close();
          };
          const fail = (error: Error) => {
            if (closed) return;
            closed = true;
            ctx.request.release();
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
            if (validateResponses) {
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
              text = half + RECORD_SEPARATOR;
            }
            if (buffer) buffered.push(text);
            else if (!enqueueWithin(controller, encoder.encode(text))) {
              fail(tooFarBehind(maxStreamBufferBytes));
              return false;
            }
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
              if (sane ? stopsWatch(status) : status !== "running") finish();
            });
          };

          if (sane) {
            const run = runtime.find(key, runId)!;
            for (const record of run.history) send(record);
            const status = run.snapshot.status;
            if (stopsWatch(status)) {
              if (run.history.length === 0 || !stopsWatch(lastStatus(run.history))) {
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
          ctx.request.release();
          unsubscribe?.();
          if (closeTimer) clearImmediate(closeTimer);
        },
      },
      strategy,
    );
    return markLive(new Response(stream, { status: 200, headers: streamHeaders }));
  };

  const streamBody = (ctx: Ctx, inputData: unknown): Response => {
    const key = ctx.params["workflowId"]!;
    const runId = ctx.query.get("runId");
    const encoder = new TextEncoder();
    let unsubscribe: (() => void) | undefined;
    const stream = new ReadableStream<Uint8Array>(
      {
        start(controller) {
          let closed = false;
          // Every error (missing runId, unknown workflow) answers 200 with an empty body.
          if (!runId || !runtime.has(key)) {
            ctx.request.release();
            controller.close();
            return;
          }
          const gone = onClientAbort(ctx.request.signal, (error) => {
            if (closed) return;
            closed = true;
            ctx.request.release();
            unsubscribe?.();
            controller.error(error);
          });
          if (gone) return;
          unsubscribe = runtime.stream(key, runId, inputData, runtimeContextOf(ctx), {
            write: (event) => {
              if (closed) return;
              if (validateResponses) {
                const problem = validator.validateRecord(ctx.op, event);
                if (problem) violation(ctx, 200, problem);
              }
              if (!enqueueWithin(controller, encoder.encode(encodeStreamEvent(event)))) {
                closed = true;
                ctx.request.release();
                unsubscribe?.();
                controller.error(tooFarBehind(maxStreamBufferBytes));
              }
            },
            end: () => {
              if (closed) return;
              closed = true;
              ctx.request.release();
              controller.close();
            },
          });
        },
        cancel() {
          ctx.request.release();
          unsubscribe?.();
        },
      },
      strategy,
    );
    return markLive(new Response(stream, { status: 200, headers: streamHeaders }));
  };

  return { watchBody, streamBody };
};
