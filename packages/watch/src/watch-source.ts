import type { Clock, Sleep } from "./clock.js";
import type { RunStatus } from "./run-status.js";

/**
 * A run's current state, as the execution-result endpoint reports it. `steps` is the wire's
 * object (including the `input` pseudo-step); `payload` is the run input.
 */
export interface RunStateSnapshot {
  status: RunStatus;
  steps: Record<string, unknown>;
  result?: unknown;
  error?: unknown;
  payload?: unknown;
}

/**
 * Where the watcher gets its data: the seam between the watcher and a protocol. The client
 * implements it over HTTP for one workflow run; the watcher knows no routes.
 */
export interface WatchSource {
  /**
   * Opens one watch connection. Resolves when the server accepted it (response headers
   * received) with the body; rejects with the client's typed errors on HTTP errors or network
   * failures. Aborting `signal` must abort the request.
   */
  open(signal: AbortSignal): Promise<ReadableStream<Uint8Array>>;
  /** The run's current state (from execution-result); `undefined` when the run is unknown (404). */
  state(signal: AbortSignal): Promise<RunStateSnapshot | undefined>;
}

/** Reconnection policy after a dropped or refused watch connection. */
export interface ReconnectOptions {
  /**
   * Consecutive failed reconnection attempts before giving up with `WatchReconnectError`.
   * The counter resets whenever the watch makes progress. `0` disables reconnection.
   * @defaultValue 5
   */
  maxAttempts?: number;
  /** Delay before the first reconnection attempt (before jitter). @defaultValue 250 */
  baseDelayMs?: number;
  /** Upper bound of any reconnection delay. @defaultValue 5000 */
  maxDelayMs?: number;
}

/** Options of `watchRecords` and `watch`. */
export interface WatchOptions {
  /** The run to watch. */
  runId: string;
  /**
   * `false`: end at the run's next stop: when it suspends or reaches a terminal status, like
   * Mastra's own watch, but never at a `waiting` sleep. A watch opened on a run that is already
   * suspended stays open and silent until the run moves on (a resume), then delivers that move's
   * records and ends at the next stop; one opened on a finished run settles at once from the
   * stored state. `true`: keep watching across suspend and resume until the run reaches a
   * terminal status (success, failed, canceled).
   * @defaultValue false
   */
  follow?: boolean;
  /** Aborting ends the watch with `WatchAbortError` and closes every connection. */
  signal?: AbortSignal;
  /**
   * When a connection is silent this long, the watcher compares with the run's state (and keeps
   * polling at this interval while silence lasts), so a run that finished, suspended or resumed
   * without the server saying so is still seen. Clamped to [10, 2³¹ − 1]; not a finite number
   * means the default.
   * @defaultValue 2000
   */
  stallTimeoutMs?: number;
  /**
   * How long one watch connection may take to open (until the server sends the response
   * headers) before it counts as a failed attempt, on `clock`. Separate from a client's call
   * timeout: only the watcher retries a watch connection. Clamped like `stallTimeoutMs`.
   * @defaultValue 10000
   */
  connectTimeoutMs?: number;
  /** Reconnection policy. */
  reconnect?: ReconnectOptions;
  /**
   * Decides whether a failure to open a connection is worth retrying (e.g. `false` for HTTP 4xx).
   * `WatchRunNotFoundError` and aborts (any error with code `aborted` or name `AbortError`) are
   * never retried.
   * @defaultValue every failure is retried
   */
  shouldReconnect?: (error: unknown) => boolean;
  /** Largest record accepted, in bytes. @defaultValue 16 MiB */
  maxRecordBytes?: number;
  /**
   * Receives non-fatal problems: skipped records (`RecordParseError`), dropped connections before
   * a reconnection, failed state lookups, and (for `watch`) callback errors.
   */
  onError?: (error: unknown) => void;
  /**
   * The time source of every timer of the watch (stall timeout, settle delay, reconnection
   * backoff, connect timeout) and of synthetic records' timestamps. Pass a virtual clock (such as
   * the fake server's `server.clock` from `@wfkit/test-utils`) to test without waiting.
   * @defaultValue {@link systemClock}
   */
  clock?: Clock;
  /** Sleep for reconnection delays only. @deprecated Pass `clock` instead. */
  sleep?: Sleep;
  /** Random source in [0, 1) for the backoff jitter. @defaultValue Math.random */
  random?: () => number;
  /** Epoch milliseconds for synthetic records. @deprecated Pass `clock` instead. */
  now?: () => number;
}
