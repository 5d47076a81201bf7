import type { BackoffOptions } from "./backoff.js";
import { systemClock, type Clock, type Sleep } from "./clock.js";
import { WatchAbortError, isWatchAbortError } from "./errors.js";
import type { WatchOptions } from "./watch-source.js";
import { isWfkitError } from "./wfkit-error.js";

const DEFAULT_STALL_TIMEOUT_MS = 2000;
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_ATTEMPTS = 5;
const DEFAULT_BASE_DELAY_MS = 250;
const DEFAULT_MAX_DELAY_MS = 5000;
/** Longest delay a timer accepts (2³¹ − 1 ms); longer ones fire at once in browsers and Node. */
const MAX_TIMER_MS = 2_147_483_647;
/**
 * How long a state the connection has not reported yet waits for the connection before it is
 * delivered as rebuilt records: records already in flight on the wire win over the snapshot.
 */
const MAX_SETTLE_MS = 250;

/** The options of one watch, defaults applied and numbers made safe. */
export interface WatchSettings {
  runId: string;
  follow: boolean;
  clock: Clock;
  stallTimeoutMs: number;
  settleMs: number;
  connectTimeoutMs: number;
  maxAttempts: number;
  backoff: BackoffOptions;
  /** Sleeps between reconnection attempts (`clock.sleep` unless the deprecated `sleep` is given). */
  backoffSleep: Sleep;
  shouldReconnect: (error: unknown) => boolean;
  maxRecordBytes: number | undefined;
  onError: ((error: unknown) => void) | undefined;
}

/** `value` when it is a finite number, else `fallback`; then clamped to [min, max]. */
const clamp = (value: unknown, fallback: number, min: number, max: number): number => {
  const n = typeof value === "number" && Number.isFinite(value) ? value : fallback;
  return Math.min(max, Math.max(min, n));
};

/** Resolves a watch's options: defaults, clamping (never a request storm), the clock. */
export const resolveWatchSettings = (options: WatchOptions): WatchSettings => {
  const base = options.clock ?? systemClock;
  const clock: Clock = options.now === undefined ? base : { now: options.now, sleep: base.sleep };
  const stallTimeoutMs = clamp(options.stallTimeoutMs, DEFAULT_STALL_TIMEOUT_MS, 10, MAX_TIMER_MS);
  const baseDelayMs = clamp(options.reconnect?.baseDelayMs, DEFAULT_BASE_DELAY_MS, 0, MAX_TIMER_MS);
  return {
    runId: options.runId,
    follow: options.follow ?? false,
    clock,
    stallTimeoutMs,
    settleMs: Math.min(MAX_SETTLE_MS, stallTimeoutMs),
    connectTimeoutMs: clamp(options.connectTimeoutMs, DEFAULT_CONNECT_TIMEOUT_MS, 10, MAX_TIMER_MS),
    maxAttempts: Math.floor(clamp(options.reconnect?.maxAttempts, DEFAULT_MAX_ATTEMPTS, 0, 1000)),
    backoff: {
      baseDelayMs,
      maxDelayMs: clamp(options.reconnect?.maxDelayMs, DEFAULT_MAX_DELAY_MS, 0, MAX_TIMER_MS),
      random: options.random ?? Math.random,
    },
    backoffSleep: options.sleep ?? ((ms, signal) => base.sleep(ms, signal)),
    shouldReconnect: options.shouldReconnect ?? (() => true),
    maxRecordBytes: options.maxRecordBytes,
    onError: options.onError,
  };
};

/**
 * `true` for an error that says a signal aborted the operation: any wfkit error with code
 * `aborted` (the client's `AbortError`, {@link WatchAbortError}) or an `AbortError` by name (a
 * `DOMException` from `fetch`). Such a failure is never a reason to reconnect.
 */
export const isAbortLike = (error: unknown): boolean =>
  isWfkitError(error)
    ? error.code === "aborted"
    : typeof error === "object" &&
      error !== null &&
      (error as { name?: unknown }).name === "AbortError";

/** The error a watch ends with for an abort: a wfkit abort error as is, else a {@link WatchAbortError}. */
export const toAbortError = (error: unknown): unknown =>
  isWatchAbortError(error) || (isWfkitError(error) && error.code === "aborted")
    ? error
    : new WatchAbortError(error);

let closed: WatchAbortError | undefined;
/**
 * The reason the watcher aborts its own connections, lookups and timers with once a watch or a
 * connection is over. Nobody reads it then, so one shared error saves building a stack per close.
 */
export const closedReason = (): WatchAbortError => (closed ??= new WatchAbortError());
let finished: WatchAbortError | undefined;
/**
 * The reason a watch whose run reached its stop aborts its connection with: what it still has in
 * flight is no longer needed, but nothing was closed by hand. A run-state lookup that holds one of
 * the client's slots may finish rather than be cut mid-answer (the client compares the reason).
 */
export const finishedReason = (): WatchAbortError => (finished ??= new WatchAbortError());
