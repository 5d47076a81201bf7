import type { Clock } from "@wfkit/watch";

/** One sleep waiting on a {@link TestClock}. */
export interface PendingTimer {
  /** The delay it was set with. */
  ms: number;
  /** When it falls due, in the clock's time. */
  due: number;
}

/** A virtual clock for watch tests: time moves only when the test says so. */
export interface TestClock extends Clock {
  /** The sleeps waiting now. */
  readonly timers: readonly PendingTimer[];
  /** Moves time forward by `ms`, firing every timer due on the way, in order. */
  advance(ms: number): Promise<void>;
  /** Resolves once a timer set with this delay is pending (an event: the watcher armed it). */
  waitForTimer(ms: number): Promise<void>;
}

interface Timer extends PendingTimer {
  seq: number;
  fire: () => void;
}

/** Lets promise chains and I/O callbacks woken so far run (no time passes on any clock). */
export const settle = async (rounds = 3): Promise<void> => {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setImmediate(resolve));
};

/** Waits, turn by turn of the event loop, until `predicate` holds. */
export const waitFor = async (predicate: () => boolean): Promise<void> => {
  while (!predicate()) await settle(1);
};

export const createTestClock = (start = 1_700_000_000_000): TestClock => {
  let now = start;
  let seq = 0;
  const timers: Timer[] = [];
  const next = (limit: number): Timer | undefined => {
    let best: Timer | undefined;
    for (const timer of timers) {
      if (timer.due > limit) continue;
      if (!best || timer.due < best.due || (timer.due === best.due && timer.seq < best.seq))
        best = timer;
    }
    if (best) timers.splice(timers.indexOf(best), 1);
    return best;
  };
  return {
    now: () => now,
    get timers() {
      return timers.map(({ ms, due }) => ({ ms, due }));
    },
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const onAbort = (): void => {
          const index = timers.indexOf(timer);
          if (index !== -1) timers.splice(index, 1);
          reject(signal?.reason);
        };
        const timer: Timer = {
          ms,
          due: now + Math.max(0, ms),
          seq: seq++,
          fire: () => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
          },
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        timers.push(timer);
      });
    },
    async advance(ms) {
      const target = now + ms;
      await settle();
      for (let timer = next(target); timer; timer = next(target)) {
        now = Math.max(now, timer.due);
        timer.fire();
        await settle();
      }
      now = target;
      await settle();
    },
    waitForTimer: (ms) => waitFor(() => timers.some((timer) => timer.ms === ms)),
  };
};
