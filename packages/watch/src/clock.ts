import { WatchAbortError } from "./errors.js";

/**
 * Where the watcher gets its time: every timer (stall timeout, settle delay, reconnection
 * backoff, connect timeout) and every timestamp goes through it. The fake server's virtual clock
 * from `@wfkit/test-utils` has this shape, so tests can pass it straight in.
 */
export interface Clock {
  /** Current time in epoch milliseconds. */
  now(): number;
  /**
   * Resolves after `ms` milliseconds of this clock's time. Rejects when `signal` aborts (and
   * drops the timer), with the signal's reason or a {@link WatchAbortError}.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** A sleep function: resolves after `ms`, rejects with {@link WatchAbortError} when `signal` aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * Waits `ms` milliseconds of wall-clock time. Aborting `signal` clears the timer and rejects with
 * {@link WatchAbortError} (its `cause` is the signal's reason).
 */
const wallSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new WatchAbortError(signal.reason));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new WatchAbortError(signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });

/**
 * The wall clock: `Date.now()` and `setTimeout`. The default of every watch.
 *
 * @example
 * ```ts
 * import { systemClock } from "@wfkit/watch";
 *
 * await systemClock.sleep(10);
 * console.log(new Date(systemClock.now()).toISOString());
 * ```
 */
export const systemClock: Clock = Object.freeze({
  now: () => Date.now(),
  sleep: wallSleep,
});

/**
 * Calls `fire` after `ms` of `clock` time; the returned function cancels it. On the wall clock a
 * plain `setTimeout`: no abort signal, listener or abort error per timer, which the watcher sets
 * for every record it waits for.
 */
export const startTimer = (clock: Clock, ms: number, fire: () => void): (() => void) => {
  if (clock === systemClock) {
    const timer = setTimeout(fire, ms);
    return () => clearTimeout(timer);
  }
  const cancel = new AbortController();
  clock.sleep(ms, cancel.signal).then(
    () => {
      if (!cancel.signal.aborted) fire();
    },
    () => {},
  );
  return () => cancel.abort();
};
