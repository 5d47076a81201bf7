import { WatchCallbackError } from "./errors.js";
import type { StepResult, WatchRecord } from "./watch-record.js";
import { watchRecords } from "./watch-iterator.js";
import type { WatchOptions, WatchSource } from "./watch-source.js";

/** A running watch started with {@link watch}. */
export interface WatchHandle {
  /**
   * Settles when the watch ends: resolves at the run's final status (see `follow`) or after
   * `close()`; rejects with a `WatchError` (`WatchRunNotFoundError`, `WatchReconnectError`,
   * `WatchAbortError`, `WatchCallbackError`). Never an unhandled rejection if left unobserved.
   */
  done: Promise<void>;
  /** Stops watching: closes the connection and every timer, then waits for `done` to settle. */
  close(): Promise<void>;
  /** Same as `close()`, for `await using`. */
  [Symbol.asyncDispose](): Promise<void>;
}

/** `Symbol.asyncDispose`, or its registered stand-in on runtimes that lack it. */
const asyncDispose: typeof Symbol.asyncDispose =
  (Symbol as { asyncDispose?: typeof Symbol.asyncDispose }).asyncDispose ??
  (Symbol.for("Symbol.asyncDispose") as typeof Symbol.asyncDispose);

const noop = (): void => {};

/**
 * Watches a run and calls `onRecord` for each record, one at a time (a returned promise is
 * awaited before the next record).
 *
 * Resolves as soon as the server has **accepted** the watch, so `await watch(...)` followed by
 * `start()` works (Mastra's own client resolves only when the stream ends, which deadlocks that
 * order). Watching then continues in the background; `handle.done` settles when it ends.
 *
 * By default the watch ends at the run's next stop, when it suspends or finishes (not at a
 * sleep); on a run that is already suspended it waits for the run to move on (a resume) and ends
 * at the stop after that. Pass `follow: true` to keep watching across suspend and resume until a
 * terminal status.
 *
 * A callback that throws (or rejects) is reported to `options.onError` and watching goes on; with
 * no `onError`, the watch is closed and `done` rejects with a `WatchCallbackError` wrapping it.
 *
 * @example
 * ```ts
 * const handle = await watch(source, { runId }, (record) => console.log(record));
 * await startRun();
 * await handle.done;
 * ```
 * @throws The first connection's error when it could not be opened within the reconnection
 * budget (the source's own error, `WatchTimeoutError`, `WatchRunNotFoundError`), or
 * `WatchAbortError`.
 */
export async function watch<TSteps extends Record<string, StepResult> = Record<string, StepResult>>(
  source: WatchSource,
  options: WatchOptions,
  onRecord: (record: WatchRecord<TSteps>) => void | Promise<void>,
): Promise<WatchHandle> {
  const records = watchRecords<TSteps>(source, options);

  const done = (async (): Promise<void> => {
    for (;;) {
      const step = await records.next();
      if (step.done) return;
      try {
        await onRecord(step.value);
      } catch (cause) {
        const error = new WatchCallbackError(cause);
        if (options.onError !== undefined) {
          try {
            options.onError(error);
          } catch {
            // A throwing error handler must not break the watch.
          }
          continue;
        }
        await records.return?.();
        throw error;
      }
    }
  })();
  // `done` is handed to the caller as is; this handler only keeps an unobserved rejection quiet.
  done.catch(noop);

  const close = async (): Promise<void> => {
    await records.return?.();
    await done.catch(noop);
  };

  // Resolve once accepted; if the watch fails (or ends) before that, surface it here.
  await Promise.race([records.ready, done]);
  return { done, close, [asyncDispose]: close };
}
