/**
 * Notices a waiting call (`start-async`, `resume-async`) whose run sleeps on a virtual clock that
 * nothing advances, and fails it, naming the clock, instead of letting the test hang until its
 * timeout. "Nothing advances" is judged on events: between two checks half a second apart, the
 * clock did not move, no timer fired or was added, and the server saw no request and no run event.
 */
import type { Clock } from "./clock.js";
import { httpError } from "./errors.js";

/** How often (real milliseconds) a waiting call checks the clock; it fails on the second idle check at most. */
export const WATCHDOG_INTERVAL_MS = 500;

/** Creates the watchdog of a server. `activity()` is bumped on every request and run event. */
export const createClockWatchdog = (clock: Clock) => {
  let activity = 0;
  const snapshot = () => `${clock.now()}:${clock.pending}:${activity}`;
  return {
    /** Something happened on the server (a request arrived, a run moved). */
    bump() {
      activity++;
    },
    /**
     * Resolves with `work`, or rejects with a 500 `FakeServerError` once `work` waits on a virtual
     * timer (`sleeping()` says so) that nothing advances. On a real clock it only waits.
     */
    wait<T>(work: Promise<T>, label: string, sleeping: () => boolean): Promise<T> {
      if (clock.kind !== "virtual") return work;
      return new Promise<T>((resolve, reject) => {
        let last = snapshot();
        const timer = setInterval(() => {
          const now = snapshot();
          if (now !== last || !sleeping()) {
            last = now;
            return;
          }
          clearInterval(timer);
          reject(
            httpError(
              500,
              `${label} waits on the fake server's virtual clock (${clock.pending} sleep${clock.pending === 1 ? "" : "s"} pending) and nothing advances it. ` +
                'Call server.clock.advance(ms) or server.clock.runAll() while the call is pending, or create the server with clock: "real".',
            ),
          );
        }, WATCHDOG_INTERVAL_MS);
        timer.unref?.();
        work.then(
          (value) => {
            clearInterval(timer);
            resolve(value);
          },
          (error: unknown) => {
            clearInterval(timer);
            reject(error);
          },
        );
      });
    },
  };
};

/** The watchdog returned by {@link createClockWatchdog}. */
export type ClockWatchdog = ReturnType<typeof createClockWatchdog>;
