import type { WatchIterator, WatchOptions, WatchRecord } from "@wfkit/watch";
import { anySignal, type CallOptions } from "./transport.js";
import type { WorkflowEnv } from "./workflow-env.js";
import { isAbortError, isApiError } from "./errors.js";
import { toWorkflowError } from "./normalize.js";
import { isRetryableStatus } from "./retry.js";

/**
 * Whether a failed watch connection is worth opening again: not after an abort (the caller's or
 * the client's signal: the watch ends at once with the abort error), nor after a 4xx other than
 * 408/429, which would be refused again.
 */
export const reconnectable = (error: unknown): boolean =>
  !isAbortError(error) && (!isApiError(error) || isRetryableStatus(error.status));

/** `holder.error` as a `WorkflowError`, when it has one. */
function normalizeError(holder: { error?: unknown } | undefined): void {
  if (holder && holder.error !== undefined && holder.error !== null) {
    holder.error = toWorkflowError(holder.error);
  }
}

/**
 * The record with every error as a `WorkflowError`, the same type results carry, on both server
 * generations (the 0.x wire sends a stack string, 1.x an object or a tripwire text): the run's
 * `workflowState.error`, each step's in `workflowState.steps`, and `currentStep.error`.
 */
export function normalizeRecord<T extends WatchRecord>(record: T): T {
  const state = record.payload?.workflowState;
  normalizeError(state);
  for (const step of Object.values(state?.steps ?? {})) normalizeError(step);
  normalizeError(record.payload?.currentStep);
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
 * A watch's options with the client's clock and every signal that may end it merged into
 * `signal`: the watch option's, the call's and the client's. Any of them aborting ends the watch
 * at once with the abort error.
 */
export function watchOptionsFor(
  options: WatchOptions,
  call: CallOptions,
  env: Pick<WorkflowEnv, "clock" | "signal">,
): WatchOptions {
  const all = [options.signal, call.signal, env.signal].filter(
    (s): s is AbortSignal => s !== undefined,
  );
  const merged: WatchOptions = {
    shouldReconnect: reconnectable,
    ...(env.clock ? { clock: env.clock } : {}),
    ...options,
  };
  if (all.length > 0) merged.signal = all.length === 1 ? all[0]! : anySignal(all);
  return merged;
}
