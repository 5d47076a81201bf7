import { computeBackoff } from "./backoff.js";
import { startTimer } from "./clock.js";
import { createDeliveryLog } from "./delivery-log.js";
import {
  WatchAbortError,
  WatchReconnectError,
  WatchRunNotFoundError,
  WatchTimeoutError,
  isWatchAbortError,
  isWatchRunNotFoundError,
} from "./errors.js";
import { readConnection, type ConnectionOutcome, type WatchSession } from "./read-connection.js";
import type { WatchRecord } from "./watch-record.js";
import { isAbortLike, toAbortError, type WatchSettings } from "./watch-settings.js";
import type { RunStateSnapshot, WatchSource } from "./watch-source.js";

const noop = (): void => {};

/** Hooks of {@link runWatchLoop}. */
export interface WatchHooks {
  /** Called once, when the first connection was accepted by the server. */
  onOpen?: () => void;
}

/**
 * How the iterator around the loop controls it. The watch has no abort signal of its own: the
 * connection in use (or the wait before it) has one, and aborting the watch (the user's signal,
 * `close()`, `break`) aborts that one with the watch's reason.
 */
export interface WatchControl {
  /** `true` once the watch was aborted. */
  readonly aborted: boolean;
  /** Why the watch was aborted. */
  readonly reason: unknown;
  /** A new controller for the next connection and the waits before it; aborted with the watch. */
  renew(): AbortController;
  /** `true` once the watch was closed on purpose: the loop then ends without an error. */
  isClosed(): boolean;
  /**
   * Releases the iterator's listeners and aborts the current controller; called at the end (a
   * second call does nothing). The reason is `finishedReason()` when the run reached the watch's
   * stop (`finished`), else `closedReason()`.
   */
  dispose(finished?: boolean): void;
}

/**
 * Opens one connection, bounded by `connectTimeoutMs` on the watch's clock. A timeout aborts the
 * request and rejects with {@link WatchTimeoutError}; a body that arrives after it is cancelled.
 */
const openConnection = async (
  source: WatchSource,
  settings: WatchSettings,
  connection: AbortController,
): Promise<ReadableStream<Uint8Array>> => {
  let timedOut = false;
  let expire: (error: unknown) => void = noop;
  const expired = new Promise<never>((_, reject) => {
    expire = reject;
  });
  const stop = startTimer(settings.clock, settings.connectTimeoutMs, () => {
    timedOut = true;
    const error = new WatchTimeoutError(settings.runId, settings.connectTimeoutMs);
    connection.abort(error);
    expire(error);
  });
  const opening = Promise.resolve().then(() => source.open(connection.signal));
  opening.then((body) => (timedOut ? body.cancel().catch(noop) : undefined), noop);
  try {
    return await Promise.race([opening, expired]);
  } catch (error) {
    throw timedOut ? new WatchTimeoutError(settings.runId, settings.connectTimeoutMs) : error;
  } finally {
    stop();
  }
};

/**
 * The watch: connects, reads each connection, and reconnects with capped exponential backoff
 * after a drop, until the run reaches its stop (see `follow`), the reconnection budget is spent,
 * or the watch is aborted or closed. Every wait is on the watch's clock and ends at once on abort.
 */
export async function* runWatchLoop(
  source: WatchSource,
  settings: WatchSettings,
  hooks: WatchHooks,
  control: WatchControl,
): AsyncGenerator<WatchRecord, void, undefined> {
  const { runId, maxAttempts, backoff } = settings;
  let failures = 0;
  let lastFailure: unknown;
  let connectionNumber = 0;
  let accepted = false;
  const report = (error: unknown): void => {
    if (control.aborted || settings.onError === undefined) return;
    try {
      settings.onError(error);
    } catch {
      // A throwing error handler must not break the watch.
    }
  };
  const session: WatchSession = {
    settings,
    source,
    log: createDeliveryLog(),
    control,
    report,
    onProgress: () => {
      failures = 0;
    },
    baselinePending: true,
    lossPossible: false,
  };
  const pause = async (ms: number, signal: AbortSignal): Promise<void> => {
    try {
      await settings.backoffSleep(ms, signal);
    } catch (error) {
      throw control.aborted ? new WatchAbortError(control.reason) : error;
    }
  };
  /**
   * The connection's controller. A connection that ended on its own (its body read to the end or
   * failed) leaves it as it is for the next one, so the run-state lookups it started go on; one
   * that was aborted (a connect timeout) gets a new one.
   */
  let connection: AbortController | undefined;
  const fail = (error: unknown): void => {
    failures++;
    lastFailure = error;
    report(error);
  };

  try {
    for (;;) {
      if (control.aborted) throw new WatchAbortError(control.reason);
      if (failures > maxAttempts) {
        // A watch that never connected ends with why it could not; one that lost its connection
        // says so.
        throw accepted ? new WatchReconnectError(runId, maxAttempts, lastFailure) : lastFailure;
      }
      if (connection === undefined || connection.signal.aborted) connection = control.renew();
      if (failures > 0) await pause(computeBackoff(failures, backoff), connection.signal);
      let body: ReadableStream<Uint8Array>;
      try {
        body = await openConnection(source, settings, connection);
      } catch (error) {
        if (control.aborted) throw new WatchAbortError(control.reason);
        if (isAbortLike(error)) throw toAbortError(error);
        if (isWatchRunNotFoundError(error) || !settings.shouldReconnect(error)) throw error;
        fail(error);
        continue;
      }
      if (!accepted) {
        accepted = true;
        hooks.onOpen?.();
      }
      connectionNumber++;
      // Whatever happened between two connections was not on any wire, and a state read now
      // is no longer where the watch started.
      if (connectionNumber > 1) {
        session.lossPossible = true;
        session.baselinePending = false;
      }
      const outcome: ConnectionOutcome = yield* readConnection(
        session,
        body,
        connection,
        connectionNumber,
      );

      // The run reached the watch's stop: what is still in flight is aborted as finished.
      if (outcome.kind === "finished") return control.dispose(true);
      if (outcome.kind === "closedAfterFinal") {
        // Normal close after a suspension while following: attach again. Wait a little if the
        // connection brought nothing new, so a server that closes at once is not hammered.
        if (!outcome.progressed) await pause(computeBackoff(1, backoff), connection.signal);
        continue;
      }

      // The connection dropped before the run reached a non-running status: find out why.
      let snapshot: RunStateSnapshot | undefined;
      try {
        snapshot = await source.state(connection.signal);
      } catch (error) {
        if (control.aborted) throw new WatchAbortError(control.reason);
        if (isAbortLike(error)) throw toAbortError(error);
        failures++;
        lastFailure = outcome.error ?? error;
        report(error);
        continue;
      }
      if (snapshot === undefined) throw new WatchRunNotFoundError(runId);
      // Known run: attach again. The new connection compares with the run state once it is open.
      fail(
        outcome.error ??
          new Error(
            `The watch connection for run "${runId}" closed before the run reached a final status`,
          ),
      );
    }
  } catch (error) {
    if (control.isClosed()) return;
    if (control.aborted) {
      throw isWatchAbortError(error) ? error : new WatchAbortError(control.reason);
    }
    throw error;
  } finally {
    control.dispose();
  }
}
