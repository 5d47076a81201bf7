import { StreamConsumedError, WatchAbortError } from "./errors.js";
import { iterableOnce } from "./iterable-once.js";
import { createRecordDecoder, type RecordDecoderOptions } from "./record-decoder.js";

/** Options of {@link parseRecordStream}. */
export interface ParseRecordStreamOptions extends RecordDecoderOptions {
  /** Aborting cancels the stream; the iteration then throws {@link WatchAbortError}. */
  signal?: AbortSignal;
}

const noop = (): void => {};

/**
 * Reads `stream` chunk by chunk and hands out the decoded records one `next()` at a time. A
 * hand-written iterator rather than an async generator: records of a chunk are served from an
 * array, so a record costs one resolved promise and no generator resumption.
 */
function readRecords(
  stream: ReadableStream<Uint8Array>,
  options: ParseRecordStreamOptions,
): AsyncIterableIterator<unknown> {
  const { signal } = options;
  const decoder = createRecordDecoder(options);
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let batch: unknown[] = [];
  let index = 0;
  /** Set once the stream is exhausted, failed or released: every later `next()` answers it. */
  let ended: { error: unknown } | "done" | undefined;
  /** A failure found while decoding a chunk, thrown after that chunk's earlier records. */
  let deferred: { error: unknown } | undefined;
  const push = (record: unknown): void => void batch.push(record);
  const onAbort = (): void => void reader?.cancel(signal?.reason).catch(noop);

  const release = async (cancel: boolean): Promise<void> => {
    signal?.removeEventListener("abort", onAbort);
    if (reader === undefined) return;
    // Cancelling the reader cancels the body, which aborts the underlying request.
    if (cancel) await reader.cancel().catch(noop);
    reader.releaseLock();
    reader = undefined;
  };

  const finish = async (outcome: { error: unknown } | "done", cancel: boolean) => {
    ended = outcome;
    batch = [];
    index = 0;
    await release(cancel);
    if (outcome === "done") return { done: true as const, value: undefined };
    throw outcome.error;
  };

  const start = async (): Promise<void> => {
    if (signal?.aborted) {
      await stream.cancel(signal.reason).catch(noop);
      throw new WatchAbortError(signal.reason);
    }
    try {
      reader = stream.getReader();
    } catch (cause) {
      throw new StreamConsumedError(cause);
    }
    signal?.addEventListener("abort", onAbort, { once: true });
  };

  const fill = async (): Promise<IteratorResult<unknown>> => {
    try {
      if (reader === undefined) await start();
      for (;;) {
        if (deferred !== undefined) return await finish(deferred, true);
        let result: ReadableStreamReadResult<Uint8Array>;
        try {
          result = await reader!.read();
        } catch (cause) {
          throw signal?.aborted ? new WatchAbortError(signal.reason) : cause;
        }
        if (signal?.aborted) throw new WatchAbortError(signal.reason);
        batch = [];
        index = 0;
        try {
          if (result.done) decoder.end(push);
          else decoder.write(result.value, push);
        } catch (error) {
          deferred = { error };
        }
        if (index < batch.length) return { done: false, value: batch[index++] };
        if (deferred !== undefined) return await finish(deferred, true);
        if (result.done) return await finish("done", false);
      }
    } catch (error) {
      if (ended === undefined) return await finish({ error }, true);
      throw error;
    }
  };

  let reading: Promise<void> | undefined;
  const iterator: AsyncIterator<unknown> = {
    next() {
      // Calls that overlap a read wait for it, so records keep their order.
      if (reading !== undefined) return reading.then(() => iterator.next());
      if (index < batch.length) return Promise.resolve({ done: false, value: batch[index++] });
      if (ended !== undefined) return Promise.resolve({ done: true, value: undefined });
      const read = fill();
      reading = read.then(
        () => void (reading = undefined),
        () => void (reading = undefined),
      );
      return read;
    },
    async return(value?: unknown) {
      if (ended === undefined) {
        ended = "done";
        batch = [];
        index = 0;
        if (reader === undefined && !stream.locked) await stream.cancel().catch(noop);
        await release(true);
      }
      return { done: true, value };
    },
    async throw(error?: unknown) {
      await iterator.return!();
      throw error;
    },
  };
  return iterableOnce(iterator);
}

/**
 * Parses a Mastra watch body into records: streaming UTF-8 decode, split on U+001E, `JSON.parse`
 * (twice for double-encoded servers). Invalid pieces are skipped and reported to `onError`.
 *
 * The result can be iterated once. Leaving the loop early (`break`, `return()`) or aborting
 * `signal` cancels the stream, which aborts the underlying request.
 *
 * @example
 * ```ts
 * const response = await fetch(`${baseUrl}/api/workflows/my-workflow/watch?runId=${runId}`);
 * for await (const record of parseRecordStream(response.body!)) console.log(record);
 * ```
 * @throws {@link RecordTooLargeError} when a record exceeds `maxRecordBytes`.
 * @throws {@link RecordParseError} on an invalid piece when `onInvalid` is `"throw"`.
 * @throws {@link StreamConsumedError} when iterated twice or when the stream is already locked.
 * @throws {@link WatchAbortError} when `signal` aborts.
 */
export function parseRecordStream(
  stream: ReadableStream<Uint8Array>,
  options: ParseRecordStreamOptions = {},
): AsyncIterableIterator<unknown> {
  return readRecords(stream, options);
}

/**
 * The same decoder as a `TransformStream`: pipe a watch body through it to get records.
 *
 * @example
 * ```ts
 * const records = response.body!.pipeThrough(createRecordDecoderStream());
 * ```
 */
export function createRecordDecoderStream(
  options: RecordDecoderOptions = {},
): TransformStream<Uint8Array, unknown> {
  const decoder = createRecordDecoder(options);
  return new TransformStream<Uint8Array, unknown>({
    transform(chunk, controller) {
      decoder.write(chunk, (record) => controller.enqueue(record));
    },
    flush(controller) {
      decoder.end((record) => controller.enqueue(record));
    },
  });
}
