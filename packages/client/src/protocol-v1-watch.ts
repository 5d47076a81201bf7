import {
  RECORD_SEPARATOR,
  TERMINAL_RUN_STATUSES,
  createRecordDecoder,
  type RunStateSnapshot,
  type WatchSource,
} from "@wfkit/watch";
import type { LiveListener } from "./protocol-v1-live.js";
import { createV1RecordAccumulator, type RawWatchRecord } from "./protocol-v1-records.js";

/** What a 1.x watch source needs from the protocol. */
export interface V1WatchSourceOptions {
  runId: string;
  /** Opens `POST /observe?runId=`: resolves with its body once the server answered. */
  observe(signal: AbortSignal): Promise<ReadableStream<Uint8Array>>;
  /** The run's state from `GET runs/:runId`; `undefined` for an unknown run. */
  state(signal: AbortSignal): Promise<RunStateSnapshot | undefined>;
  /** The clock for records whose event carries no time. @defaultValue Date.now */
  now?: () => number;
  /**
   * Subscribes a connection to the live events of this client's `start`/`resume` of the run (see
   * `protocol-v1-live.ts`); returns its unsubscribe.
   */
  live?: (listener: LiveListener) => () => void;
}

/**
 * The watcher's connections on a Mastra 1.x server. Each connection is an `/observe` body whose
 * events are turned into 0.x watch records (see `createV1RecordAccumulator`), re-encoded in the
 * watch format. One accumulator serves every connection of the watch, so what `/observe` replays
 * is dropped.
 *
 * While the connection is open it also receives the events of this client's own `start` and
 * `resume` of the run, which go through `/stream` and `/resume-stream` while a watch listens
 * (`live`): those records are live, whatever `/observe` serves.
 *
 * When both end (`/observe` ends at once for a run started with plain `start`, which the server
 * does not cache, or after a suspension; a stream connection may drop) the connection stays open
 * and silent: the watcher then polls the run state every `stallTimeoutMs` and yields what changed
 * as `synthetic` records, until the run ends (or suspends, without `follow`).
 */
export function createV1WatchSource(options: V1WatchSourceOptions): WatchSource {
  const accumulator = createV1RecordAccumulator({
    runId: options.runId,
    ...(options.now ? { now: options.now } : {}),
  });
  const encoder = new TextEncoder();
  return {
    async open(signal) {
      const body = await options.observe(signal);
      // `/observe` replays the run's cached events first. On a suspended run that history ends in
      // the suspension again, which a watcher would take for the run's next stop; so while the
      // records only repeat the stored state they are not passed on (as on 0.x, where a watch on
      // a suspended run is silent until the run moves on).
      const stored = await options.state(signal).catch(() => undefined);
      const history = stored?.status === "suspended" ? stored : undefined;
      let replaying = history !== undefined;
      // A finished run's `/observe` is only its cached history, which may stop short of the end
      // (a run streamed to its suspension, then resumed without a stream): the watcher gives the
      // stored outcome from the run state instead.
      const finished = (TERMINAL_RUN_STATUSES as readonly unknown[]).includes(stored?.status);
      const isHistory = (record: RawWatchRecord): boolean => {
        if (!replaying || history === undefined) return false;
        const step = record.payload.currentStep;
        const known = step
          ? (history.steps as Record<string, { status?: unknown }>)[step.id]
          : undefined;
        replaying = step
          ? known !== undefined &&
            (known.status === step.status ||
              (step.status === "running" && step.resumedAt === undefined))
          : record.payload.workflowState.status === "suspended";
        return replaying;
      };
      const reader = body.getReader();
      let closed = false;
      let unsubscribe = (): void => {};
      return new ReadableStream<Uint8Array>({
        start(controller) {
          if (options.live) {
            const listener = {
              event: emitter(controller),
              end: () => {},
              input: (value: unknown) => accumulator.setInput(value),
              status: stored?.status,
            };
            unsubscribe = options.live(listener);
          }
          void pump(controller);
        },
        cancel(reason) {
          closed = true;
          unsubscribe();
          return reader.cancel(reason).catch(() => {});
        },
      });

      function emitter(controller: ReadableStreamDefaultController<Uint8Array>, observed = false) {
        return (value: unknown): void => {
          for (const record of accumulator.push(value)) {
            if (closed) return;
            if ((observed && finished) || isHistory(record)) continue;
            controller.enqueue(encoder.encode(JSON.stringify(record) + RECORD_SEPARATOR));
          }
        };
      }

      async function pump(controller: ReadableStreamDefaultController<Uint8Array>): Promise<void> {
        const emit = emitter(controller, true);
        // A piece that is not JSON goes through as it came, for the watcher to report.
        const decoder = createRecordDecoder({
          onError: (error) => {
            if (!closed) controller.enqueue(encoder.encode(error.text + RECORD_SEPARATOR));
          },
        });
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (closed) return;
            if (done) {
              decoder.end(emit);
              return; // stay open and silent: the watcher polls the run state from here
            }
            decoder.write(value, emit);
          }
        } catch (error) {
          if (!closed) {
            closed = true;
            unsubscribe();
            controller.error(error);
          }
        }
      }
    },
    async state(signal) {
      const snapshot = await options.state(signal);
      if (snapshot?.payload !== undefined) accumulator.setInput(snapshot.payload);
      return snapshot;
    },
  };
}
