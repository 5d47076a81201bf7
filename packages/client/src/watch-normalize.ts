import type { WatchIterator, WatchOptions, WatchRecord } from "@wfkit/watch";
import { anySignal } from "./transport.js";
import { isAbortError, isApiError } from "./errors.js";
import { toWorkflowError } from "./normalize.js";
import { isRetryableStatus } from "./retry.js";

/**
 * Whether a failed watch connection is worth opening again: not after an abort (the caller's or
 * the client's signal: the watch ends at once with the abort error), nor after a 4xx other than
 * 408/429, which would be refused again.
 */
export const reconnectable = (error: unknown): boolean =>
  !isAbortError(error) &&
  !(error instanceof Error && error.name === "AbortError") &&
  (!isApiError(error) || isRetryableStatus(error.status));

/**
 * The record with `workflowState.error` as a `WorkflowError`, the same type results carry, on
 * both server generations (the 0.x wire sends a stack string, 1.x an object or a tripwire text).
 */
export function normalizeRecord<T extends WatchRecord>(record: T): T {
  const state = record.payload?.workflowState;
  if (state && state.error !== undefined && state.error !== null) {
    state.error = toWorkflowError(state.error);
  }
  return record;
}

/** `iterator` with each record normalised by {@link normalizeRecord}. */
export function normalizeRecords(iterator: WatchIterator): WatchIterator {
  const map = (
    result: IteratorResult<WatchRecord, unknown>,
  ): IteratorResult<WatchRecord, unknown> => {
    if (!result.done) normalizeRecord(result.value);
    return result;
  };
  const wrapped: WatchIterator = {
    ...iterator,
    ready: iterator.ready,
    next: () => iterator.next().then(map),
    return: (value?: unknown) => iterator.return!(value).then(map),
    throw: (error?: unknown) => iterator.throw!(error).then(map),
    [Symbol.asyncIterator]() {
      iterator[Symbol.asyncIterator](); // throws StreamConsumedError the second time
      return wrapped;
    },
  };
  return wrapped;
}

/**
 * A watch's options with every signal that may end it merged into `signal`: the watch option's,
 * the call's and the client's. Any of them aborting ends the watch at once with the abort error.
 */
export function watchOptionsFor(
  options: WatchOptions,
  signals: ReadonlyArray<AbortSignal | undefined>,
): WatchOptions {
  const all = [options.signal, ...signals].filter((s): s is AbortSignal => s !== undefined);
  const merged = { shouldReconnect: reconnectable, ...options };
  if (all.length > 0) merged.signal = all.length === 1 ? all[0]! : anySignal(all);
  return merged;
}
