import type { WatchIterator, WatchRecord } from "@wfkit/watch";
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
