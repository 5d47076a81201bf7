import { StreamConsumedError, WatchAbortError } from "./errors.js";
import { createRecordDecoder, type RecordDecoderOptions } from "./record-decoder.js";

/** Options of {@link parseRecordStream}. */
export interface ParseRecordStreamOptions extends RecordDecoderOptions {
  /** Aborting cancels the stream; the iteration then throws {@link WatchAbortError}. */
  signal?: AbortSignal;
}

const noop = (): void => {};

async function* readRecords(
  stream: ReadableStream<Uint8Array>,
  options: ParseRecordStreamOptions,
): AsyncGenerator<unknown, void, undefined> {
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
  let finished = false;
  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (cause) {
        if (signal?.aborted) throw new WatchAbortError(signal.reason);
        throw cause;
      }
      if (signal?.aborted) throw new WatchAbortError(signal.reason);
      const batch: unknown[] = [];
      const push = (record: unknown): void => void batch.push(record);
      let failure: { error: unknown } | undefined;
      try {
        if (result.done) decoder.end(push);
        else decoder.write(result.value, push);
      } catch (error) {
        failure = { error };
      }
      if (result.done && failure === undefined) finished = true;
      for (const record of batch) yield record;
      if (failure !== undefined) throw failure.error;
      if (result.done) return;
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
    // Cancelling the reader cancels the body, which aborts the underlying request.
    if (!finished) await reader.cancel().catch(noop);
    reader.releaseLock();
  }
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
  let claimed = false;
  let generator: AsyncGenerator<unknown, void, undefined> | undefined;
  const started = (): AsyncGenerator<unknown, void, undefined> =>
    (generator ??= readRecords(stream, options));
  const iterator: AsyncIterableIterator<unknown> = {
    next: () => started().next(),
    async return(value?: unknown) {
      if (generator === undefined && !stream.locked) await stream.cancel().catch(noop);
      await started().return();
      return { done: true, value };
    },
    throw: (error?: unknown) => started().throw(error),
    [Symbol.asyncIterator]() {
      if (claimed) throw new StreamConsumedError();
      claimed = true;
      return iterator;
    },
  };
  return iterator;
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
