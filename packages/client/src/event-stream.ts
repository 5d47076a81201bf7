/**
 * The typed event stream that `stream`, `resumeStream`, `observeStream` and `timeTravelStream`
 * return: an `AsyncIterable` of {@link WorkflowStreamEvent}s over one HTTP body, with the final
 * result as a lazily created promise.
 */
import {
  RecordParseError,
  StreamConsumedError,
  parseRecordStream,
  type RecordDecoderOptions,
} from "@wfkit/watch";
import { StreamIncompleteError } from "./stream-incomplete.js";
import { toStreamEvent, type WorkflowStreamEvent } from "./stream-events.js";
import { createStreamResultFold, type WorkflowStreamResult } from "./stream-result.js";

export { StreamIncompleteError };

/** Options of a stream call, besides its parameters. */
export interface EventStreamOptions {
  /**
   * Receives each record that could not be read (not JSON, or not an object); the stream goes
   * on without it.
   */
  onInvalidRecord?: (error: RecordParseError) => void;
  /**
   * Largest record, in UTF-8 bytes, the stream buffers.
   * @defaultValue 16 MiB
   */
  maxRecordBytes?: number;
}

/**
 * A workflow run's events as they happen.
 *
 * - Iterate it once (`for await`); a second iteration throws `StreamConsumedError`.
 * - Leaving the loop early (`break`, `return`, a throw) or aborting the call's `signal` closes the
 *   HTTP connection.
 * - A record that cannot be read is reported to `onInvalidRecord` and skipped, never fatal.
 * - `result` is the run's final result, folded from the events: reading it (without iterating)
 *   reads the whole stream; while iterating, it settles when the loop reaches `workflow-finish`.
 *   It is created when first read, so an unread `result` never becomes an unhandled rejection.
 *
 * @example
 * ```ts
 * const stream = await workflow.stream({ inputData: { city: "Paris" } });
 * for await (const event of stream) console.log(event.type);
 * const { status } = await stream.result;
 * ```
 */
export interface WorkflowEventStream<TResult = unknown> extends AsyncIterable<WorkflowStreamEvent> {
  /** The run the stream belongs to. */
  readonly runId: string;
  /** The final result; rejects when the stream ends (or is closed) before `workflow-finish`. */
  readonly result: Promise<WorkflowStreamResult<TResult>>;
  /** Closes the connection; a loop over the stream then ends. */
  cancel(): Promise<void>;
}

/** How a stream's records become events. */
export interface EventStreamSource extends EventStreamOptions {
  runId: string;
  /** The HTTP body. */
  body: ReadableStream<Uint8Array>;
  /**
   * Maps one decoded record to its events (none for a repeat, two when a held-back record is let
   * through); `undefined` reports the record as bad. @defaultValue the 1.x mapping
   */
  toEvent?: (record: unknown) => WorkflowStreamEvent | readonly WorkflowStreamEvent[] | undefined;
  /** Aborting closes the connection. */
  signal?: AbortSignal;
  /**
   * End the stream, and close the connection, at its `workflow-finish` (for a server that keeps
   * the body open after it, as 0.10.15 does on a suspended run). @defaultValue false
   */
  endAtFinish?: boolean;
}

const noop = (): void => {};

/** Wraps an open stream body as a {@link WorkflowEventStream}. */
export function createEventStream<TResult = unknown>(
  source: EventStreamSource,
): WorkflowEventStream<TResult> {
  const { runId, onInvalidRecord = noop, toEvent = toStreamEvent } = source;
  const decoder: RecordDecoderOptions = {
    onError: (error) => onInvalidRecord(error),
    ...(source.maxRecordBytes === undefined ? {} : { maxRecordBytes: source.maxRecordBytes }),
  };
  const records = parseRecordStream(source.body, {
    ...decoder,
    ...(source.signal ? { signal: source.signal } : {}),
  })[Symbol.asyncIterator]();
  const fold = createStreamResultFold(runId);
  const buffered: WorkflowStreamEvent[] = [];
  /** Set once the body ended, failed or was closed. */
  let ended: { error?: unknown; closed?: boolean } | undefined;
  let reading: Promise<void> | undefined;
  let claimed = false;
  let result: Promise<WorkflowStreamResult<TResult>> | undefined;

  /** Reads one record off the body into `buffered`; calls made meanwhile share the read. */
  const readOne = (): Promise<void> => {
    reading ??= (async () => {
      try {
        const next = await records.next();
        if (ended !== undefined) return;
        if (next.done) {
          ended = {};
          return;
        }
        const mapped = toEvent(next.value);
        if (mapped === undefined) {
          onInvalidRecord(
            new RecordParseError(JSON.stringify(next.value) ?? "", undefined, "is not an event"),
          );
          return;
        }
        for (const event of Array.isArray(mapped) ? mapped : [mapped as WorkflowStreamEvent]) {
          fold.push(event);
          buffered.push(event);
          if (source.endAtFinish && event.type === "workflow-finish") {
            ended = {};
            await records.return?.().catch(noop);
            return;
          }
        }
      } catch (error) {
        ended ??= { error };
      }
    })().finally(() => {
      reading = undefined;
    });
    return reading;
  };

  const close = async (): Promise<void> => {
    if (ended === undefined) ended = { closed: true };
    buffered.length = 0;
    await records.return?.().catch(noop);
  };

  const iterator: AsyncIterableIterator<WorkflowStreamEvent> = {
    async next() {
      for (;;) {
        const event = buffered.shift();
        if (event !== undefined) return { done: false, value: event };
        if (ended !== undefined) {
          if (ended.error !== undefined) {
            const { error } = ended;
            ended = { closed: true }; // the error is thrown once
            throw error;
          }
          return { done: true, value: undefined };
        }
        await readOne();
      }
    },
    async return(value?: unknown) {
      await close();
      return { done: true, value };
    },
    async throw(error?: unknown) {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };

  const settle = async (): Promise<WorkflowStreamResult<TResult>> => {
    while (ended === undefined && fold.result()?.status === undefined) await readOne();
    // Past workflow-finish nothing changes the result; the body may stay open (closeOnSuspend:
    // false), so the result does not wait for its end.
    const done = fold.result();
    if (done !== undefined) return done as WorkflowStreamResult<TResult>;
    const reason = ended?.error !== undefined ? "failed" : ended?.closed ? "was closed" : "ended";
    throw new StreamIncompleteError(runId, reason, ended?.error);
  };

  return {
    runId,
    get result() {
      result ??= settle();
      return result;
    },
    cancel: close,
    [Symbol.asyncIterator]() {
      if (claimed) throw new StreamConsumedError();
      claimed = true;
      return iterator;
    },
  };
}
