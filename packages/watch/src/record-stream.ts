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
 * hand-written iterator rather than an async generator: a chunk is decoded into all its records
 * in one pass, and the records are served from that batch, so a record costs one resolved promise
 * (the one `for await` needs) and a chunk costs one read.
 */
function readRecords(
  stream: ReadableStream<Uint8Array>,
  options: ParseRecordStreamOptions,
): AsyncIterableIterator<unknown> {
  const { signal } = options;
  const decoder = createRecordDecoder(options);
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const batch: unknown[] = [];
  let index = 0;
  /** Set once the stream is exhausted, failed or released: every later `next()` answers it. */
  let ended: { error: unknown } | "done" | undefined;
  /** A failure found while decoding a chunk, thrown after that chunk's earlier records. */
  let deferred: { error: unknown } | undefined;
  /** The read in flight: `next()` calls that overlap it wait for it, so records keep their order. */
  let reading: Promise<IteratorResult<unknown>> | undefined;
  const push = (record: unknown): void => void batch.push(record);
  const onAbort = (): void => void reader?.cancel(signal?.reason).catch(noop);

  const clear = (): void => {
    batch.length = 0;
    index = 0;
  };

  const release = async (cancel: boolean): Promise<void> => {
    signal?.removeEventListener("abort", onAbort);
    if (reader === undefined) return;
    // Cancelling the reader cancels the body, which aborts the underlying request.
    if (cancel) await reader.cancel().catch(noop);
    reader.releaseLock();
    reader = undefined;
  };

  const finish = async (
    outcome: { error: unknown } | "done",
    cancel: boolean,
  ): Promise<IteratorResult<unknown>> => {
    ended = outcome;
    clear();
    await release(cancel);
    if (outcome === "done") return { done: true, value: undefined };
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

  /** Decodes one read into the batch; the first record, or `undefined` to read on. */
  const take = (
    result: ReadableStreamReadResult<Uint8Array>,
  ): IteratorResult<unknown> | Promise<IteratorResult<unknown>> | undefined => {
    if (signal?.aborted) throw new WatchAbortError(signal.reason);
    clear();
    try {
      if (result.done) decoder.end(push);
      else decoder.write(result.value, push);
    } catch (error) {
      deferred = { error };
    }
    if (batch.length > 0) {
      index = 1;
      return { done: false, value: batch[0] };
    }
    if (deferred !== undefined) return finish(deferred, true);
    if (result.done) return finish("done", false);
    return undefined;
  };

  const fail = (error: unknown): Promise<IteratorResult<unknown>> => {
    reading = undefined;
    if (ended !== undefined) return Promise.reject(error);
    return finish({ error }, true);
  };

  const readError = (cause: unknown): Promise<IteratorResult<unknown>> =>
    fail(signal?.aborted ? new WatchAbortError(signal.reason) : cause);

  /** Handles one read: the chunk's first record (the others wait in the batch), or reads on. */
  const step = (
    result: ReadableStreamReadResult<Uint8Array>,
  ): IteratorResult<unknown> | Promise<IteratorResult<unknown>> => {
    let first: IteratorResult<unknown> | Promise<IteratorResult<unknown>> | undefined;
    try {
      first = take(result);
    } catch (error) {
      return fail(error);
    }
    if (first === undefined) return reader!.read().then(step, readError);
    reading = undefined;
    return first;
  };

  /** Reads until a chunk brings a record or the stream ends. */
  const fill = (): Promise<IteratorResult<unknown>> => reader!.read().then(step, readError);
  const again = (): Promise<IteratorResult<unknown>> => iterator.next();

  const iterator: AsyncIterator<unknown> = {
    next() {
      if (index < batch.length) return Promise.resolve({ done: false, value: batch[index++] });
      if (reading !== undefined) return reading.then(again, again);
      if (ended !== undefined) return Promise.resolve({ done: true, value: undefined });
      if (deferred !== undefined) return finish(deferred, true);
      reading = reader === undefined ? start().then(fill, fail) : fill();
      return reading;
    },
    async return(value?: unknown) {
      if (ended === undefined) {
        ended = "done";
        clear();
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
