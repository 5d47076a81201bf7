/** A virtual clock for the client's `clock` option: time moves only when the test advances it. */
export function createVirtualClock(start = 0) {
  let now = start;
  const timers = new Set<{ at: number; resolve: () => void }>();
  const clock = {
    now: () => now,
    sleep(ms: number, signal?: AbortSignal): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const timer = { at: now + ms, resolve };
        timers.add(timer);
        signal?.addEventListener(
          "abort",
          () => {
            timers.delete(timer);
            reject(signal.reason);
          },
          { once: true },
        );
      });
    },
  };
  return {
    clock,
    /** How many sleeps are pending (timeouts armed, retry waits). */
    pending: () => timers.size,
    /** The delays of the pending sleeps, from now. */
    delays: () => [...timers].map((t) => t.at - now),
    /** Moves time on by `ms`, firing every sleep that is due. */
    advance(ms: number): void {
      now += ms;
      for (const timer of timers) {
        if (timer.at <= now) {
          timers.delete(timer);
          timer.resolve();
        }
      }
    },
  };
}

/** Resolves once `condition` holds, checking after each macrotask (no timers involved). */
export async function until(condition: () => boolean, what = "condition"): Promise<void> {
  for (let i = 0; i < 10_000; i++) {
    if (condition()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`never reached: ${what}`);
}
