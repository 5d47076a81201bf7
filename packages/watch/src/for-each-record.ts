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
export async function forEachRecord(
  stream: ReadableStream<Uint8Array>,
  onRecord: (record: unknown) => void | PromiseLike<void>,
  options: ParseRecordStreamOptions = {},
): Promise<void> {
  const { signal } = options;
  if (signal?.aborted) {
    await stream.cancel(signal.reason).catch(noop);
    throw new WatchAbortError(signal.reason);
  }
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = stream.getReader();
  } catch (cause) {
    throw new StreamConsumedError(cause);
  }
  const decoder = createRecordDecoder(options);
  const onAbort = (): void => void reader.cancel(signal?.reason).catch(noop);
  signal?.addEventListener("abort", onAbort, { once: true });
  /** The records of the chunk at hand. */
  const batch: unknown[] = [];
  const push = (record: unknown): void => void batch.push(record);
  const checkAbort = (): void => {
    if (signal?.aborted) throw new WatchAbortError(signal.reason);
  };
  let ended = false;
  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (cause) {
        checkAbort();
        throw cause;
      }
      checkAbort();
      let failure: { error: unknown } | undefined;
      try {
        if (result.done) decoder.end(push);
        else decoder.write(result.value, push);
      } catch (error) {
        failure = { error };
      }
      for (let i = 0; i < batch.length; i++) {
        const returned = onRecord(batch[i]);
        if (isThenable(returned)) await returned;
        checkAbort();
      }
      batch.length = 0;
      if (failure !== undefined) throw failure.error;
      if (result.done) {
        ended = true;
        return;
      }
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
    batch.length = 0;
    // Cancelling the reader cancels the body, which aborts the underlying request.
    if (!ended) await reader.cancel().catch(noop);
    reader.releaseLock();
  }
}
