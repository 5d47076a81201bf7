import { iterableOnce } from "./iterable-once.js";
import type { StepResult, WatchRecord } from "./watch-record.js";
import { runWatchLoop, type WatchControl } from "./watch-loop.js";
import { closedReason, finishedReason, resolveWatchSettings } from "./watch-settings.js";
import type { WatchOptions, WatchSource } from "./watch-source.js";

const noop = (): void => {};

/** The iterator `watchRecords` returns. */
export interface WatchIterator<
  TSteps extends Record<string, StepResult> = Record<string, StepResult>,
> extends AsyncIterableIterator<WatchRecord<TSteps>> {
  /**
   * Resolves once the server has accepted the watch: start the run after this and no record is
   * missed. Rejects when the watch could not be opened. The connection opens when
   * `watchRecords` is called, not at the first `next()`.
   */
  readonly ready: Promise<void>;
}

/**
 * Watches a run and yields its records as typed {@link WatchRecord}s.
 *
 * - Without `follow`, ends at the run's next stop: suspended, or a terminal status (success,
 *   failed, canceled). On a run that is already suspended it stays open and silent until the run
 *   moves on; on a finished run it settles at once from the stored state. With `follow: true` it
 *   ends at a terminal status only, attaching again after each suspension. A `waiting` sleep is
 *   never the end.
 * - After every (re)connect, after an unparsable record, and whenever the connection is silent
 *   for `stallTimeoutMs`, compares with the run's state; a step result or status the server did
 *   not send is yielded as a record with `synthetic: true`, in the order it happened, and so is a
 *   step a wire record skipped over. No transition is yielded twice.
 * - Connects at once; `await iterator.ready` before starting the run to see every record.
 * - Reconnects dropped connections with capped exponential backoff and jitter, on `clock`.
 * - `break`, `return()` or aborting `signal` close every connection and timer at once.
 *
 * @example
 * ```ts
 * for await (const record of watchRecords(source, { runId, follow: true })) {
 *   console.log(record.payload.workflowState.status);
 * }
 * ```
 * @throws {@link WatchRunNotFoundError} when the server does not know the run.
 * @throws {@link WatchReconnectError} when the connection was lost and could not be re-established.
 * @throws The source's own error (or {@link WatchTimeoutError}) when no connection could ever be
 * opened within the reconnection budget.
 * @throws {@link WatchAbortError} when `signal` aborts.
 * @throws {@link StreamConsumedError} when iterated twice.
 */
export function watchRecords<
  TSteps extends Record<string, StepResult> = Record<string, StepResult>,
>(source: WatchSource, options: WatchOptions): WatchIterator<TSteps> {
  const settings = resolveWatchSettings(options);
  const control = new Control(options.signal);

  let opened = noop;
  const accepted = new Promise<void>((resolve) => {
    opened = resolve;
  });
  const loop = runWatchLoop(
    source,
    settings,
    { onOpen: () => opened() },
    control,
  ) as AsyncGenerator<WatchRecord<TSteps>, void, undefined>;

  // Connect now rather than at the first next(): Mastra does not replay, so a run started right
  // after this call would otherwise lose its first records.
  let first: Promise<IteratorResult<WatchRecord<TSteps>>> | undefined = loop.next();
  first.catch(noop);
  const ready = Promise.race([accepted, first.then(noop)]);
  ready.catch(noop);

  return iterableOnce<WatchRecord<TSteps>, { ready: Promise<void> }>(
    {
      next() {
        const pending = first;
        first = undefined;
        return pending ?? loop.next();
      },
      async return(value?: unknown) {
        // Closes everything (connections, lookups, timers) even while a `next()` is pending.
        first = undefined;
        control.closed = true;
        control.dispose();
        await loop.return();
        return { done: true, value };
      },
      throw: (error?: unknown) => loop.throw(error),
    },
    { ready },
  );
}

/**
 * The {@link WatchControl} of one watch: no abort controller of its own, only the current
 * connection's, which aborting the watch (the user's signal, `close()`, `break`) aborts with the
 * watch's reason. One abort signal per watch at a time, besides the user's.
 */
class Control implements WatchControl {
  aborted = false;
  reason: unknown = undefined;
  closed = false;
  #current: AbortController | undefined = undefined;
  readonly #external: AbortSignal | undefined;
  readonly #onExternalAbort: (() => void) | undefined;

  constructor(external: AbortSignal | undefined) {
    this.#external = external;
    if (external === undefined) return;
    if (external.aborted) {
      this.abort(external.reason);
      return;
    }
    this.#onExternalAbort = () => this.abort(external.reason);
    external.addEventListener("abort", this.#onExternalAbort, { once: true });
  }

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.#current?.abort(reason);
  }

  renew(): AbortController {
    const controller = new AbortController();
    if (this.aborted) controller.abort(this.reason);
    this.#current = controller;
    return controller;
  }

  isClosed(): boolean {
    return this.closed;
  }

  dispose(finished?: boolean): void {
    if (this.#onExternalAbort !== undefined) {
      this.#external?.removeEventListener("abort", this.#onExternalAbort);
    }
    this.abort(finished ? finishedReason() : closedReason());
  }
}
