import { StreamConsumedError, WatchAbortError } from "./errors.js";
import { createRecordDecoder } from "./record-decoder.js";
import type { ParseRecordStreamOptions } from "./record-stream.js";

const noop = (): void => {};

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null | undefined)?.then === "function";

/**
 * Reads a Mastra watch body to its end and calls `onRecord` for each record, in order: the same
 * decoder as {@link parseRecordStream} (streaming UTF-8 decode, split on U+001E, `JSON.parse`,
 * twice for double-encoded servers), without a promise per record. Each chunk is decoded into all
 * its records in one pass and they are handed out synchronously; a callback that returns a promise
 * is awaited before the next record, so a slow consumer holds the stream back.
 *
 * Invalid pieces are skipped and reported to `onError` (or thrown with `onInvalid: "throw"`, after
 * the records before them). A callback that throws stops the reading: the stream is cancelled,
 * which aborts the underlying request, and the returned promise rejects with that error.
 *
 * @example
 * ```ts
 * const response = await fetch(`${baseUrl}/api/workflows/my-workflow/watch?runId=${runId}`);
 * await forEachRecord(response.body!, (record) => console.log(record));
 * ```
 * @returns A promise that resolves once the stream has ended and every record was handled.
 * @throws {@link RecordTooLargeError} when a record exceeds `maxRecordBytes`.
 * @throws {@link RecordParseError} on an invalid piece when `onInvalid` is `"throw"`.
 * @throws {@link StreamConsumedError} when the stream is already locked.
 * @throws {@link WatchAbortError} when `signal` aborts.
 */
export function forEachRecord(
  stream: ReadableStream<Uint8Array>,
  onRecord: (record: unknown) => void | PromiseLike<void>,
  options: ParseRecordStreamOptions = {},
): Promise<void> {
  const { signal } = options;
  if (signal?.aborted) {
    return stream
      .cancel(signal.reason)
      .catch(noop)
      .then(() => Promise.reject(new WatchAbortError(signal.reason)));
  }
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = stream.getReader();
  } catch (cause) {
    return Promise.reject(new StreamConsumedError(cause));
  }
  const decoder = createRecordDecoder(options);
  // A loop of plain callbacks rather than an async function: a chunk costs one read and no other
  // promise, and a record none unless its callback returns one.
  return new Promise<void>((resolve, reject) => {
    /**
     * Records decoded while a callback's promise is pending, handed out once it settles. The
     * usual record goes straight from the decoder to `onRecord` and is never queued.
     */
    let queue: unknown[] = [];
    /** Whether a callback's promise is pending. */
    let waiting = false;
    /** A failure found while decoding the chunk, raised after the records before it. */
    let failure: { error: unknown } | undefined;
    /** Set when a callback threw or `signal` aborted: no further record is handed out. */
    let stopped: { error: unknown } | undefined;
    let last = false;
    let settled = false;
    const onAbort = (): void => void reader.cancel(signal?.reason).catch(noop);
    signal?.addEventListener("abort", onAbort, { once: true });

    const settle = (error?: { error: unknown }): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      queue = [];
      const release = (): void => {
        reader.releaseLock();
        if (error === undefined) resolve();
        else reject(error.error);
      };
      // Cancelling the reader cancels the body, which aborts the underlying request.
      if (error === undefined) release();
      else void reader.cancel().catch(noop).then(release);
    };
    const fail = (error: unknown): void => settle({ error });
    const abortError = (): WatchAbortError => new WatchAbortError(signal?.reason);

    /** Hands one record to `onRecord`; `false` when the reading stops or waits for a callback. */
    const hand = (record: unknown): boolean => {
      try {
        const returned = onRecord(record);
        if (isThenable(returned)) {
          waiting = true;
          returned.then(resume, fail);
          return false;
        }
      } catch (error) {
        stopped = { error };
        return false;
      }
      if (signal?.aborted) {
        stopped = { error: abortError() };
        return false;
      }
      return true;
    };
    /** The decoder's `emit`: hands the record out at once, or queues it behind a pending one. */
    const emit = (record: unknown): void => {
      if (stopped !== undefined) return;
      if (waiting) queue.push(record);
      else hand(record);
    };
    /** After a callback's promise: hands out the queued records, then goes on with the stream. */
    const resume = (): void => {
      waiting = false;
      if (signal?.aborted) return fail(abortError());
      let i = 0;
      while (i < queue.length) {
        const going = hand(queue[i++]);
        if (!going) break;
      }
      queue.splice(0, i);
      if (stopped !== undefined) fail(stopped.error);
      else if (!waiting) next();
    };
    /** After a chunk's records: raise its failure, end, or read the next chunk. */
    const next = (): void => {
      if (failure !== undefined) fail(failure.error);
      else if (last) settle();
      else reader.read().then(step, readError);
    };
    const step = (result: ReadableStreamReadResult<Uint8Array>): void => {
      if (signal?.aborted) return fail(abortError());
      try {
        if (result.done) decoder.end(emit);
        else decoder.write(result.value, emit);
      } catch (error) {
        failure = { error };
      }
      last = result.done;
      if (stopped !== undefined) fail(stopped.error);
      else if (!waiting) next();
    };
    const readError = (cause: unknown): void => fail(signal?.aborted ? abortError() : cause);
    reader.read().then(step, readError);
  });
}
