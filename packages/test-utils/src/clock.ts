/**
 * The time source of a fake server: timestamps, step `sleep`s, `.sleep()` entries and injected
 * latency all go through it, so tests can run a slow workflow without waiting.
 */
export interface Clock {
  /** `"virtual"` moves only when a test advances it; `"real"` follows the wall clock. */
  readonly kind: "virtual" | "real";
  /** Current time in epoch milliseconds. */
  now(): number;
  /**
   * Resolves after `ms` milliseconds of this clock's time.
   * @throws the signal's reason when `signal` aborts first.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /**
   * Moves a virtual clock forward by `ms`, firing every timer that falls due on the way (in
   * order, letting the code each one wakes up run before the next fires).
   * @throws on a real clock.
   */
  advance(ms: number): Promise<void>;
  /**
   * Fires timers until none is left (including timers that the woken code schedules).
   * @throws on a real clock, or after `maxTimers` timers (a workflow that sleeps forever).
   */
  runAll(maxTimers?: number): Promise<void>;
  /** Number of sleeps waiting on this clock. */
  readonly pending: number;
}

interface Timer {
  due: number;
  seq: number;
  resolve: () => void;
}

/** Lets every promise chain and queued I/O callback woken by a timer run. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => setImmediate(resolve));
};

const abortError = (signal: AbortSignal): unknown =>
  signal.reason ?? new DOMException("This operation was aborted", "AbortError");

/**
 * Creates a clock that only moves when told to.
 *
 * @param start - Epoch milliseconds the clock starts at.
 * @defaultValue start - `Date.now()` when created
 * @example
 * const clock = createVirtualClock();
 * const done = clock.sleep(1000);
 * await clock.advance(1000); // `done` is now resolved
 */
export const createVirtualClock = (start: number = Date.now()): Clock => {
  let now = start;
  let seq = 0;
  const timers: Timer[] = [];

  const takeDue = (limit: number): Timer | undefined => {
    let best = -1;
    for (let i = 0; i < timers.length; i++) {
      const t = timers[i]!;
      if (t.due > limit) continue;
      const b = timers[best];
      if (b === undefined || t.due < b.due || (t.due === b.due && t.seq < b.seq)) best = i;
    }
    return best === -1 ? undefined : timers.splice(best, 1)[0];
  };

  const fire = async (limit: number): Promise<boolean> => {
    await settle();
    const timer = takeDue(limit);
    if (!timer) return false;
    now = Math.max(now, timer.due);
    timer.resolve();
    await settle();
    return true;
  };

  return {
    kind: "virtual",
    now: () => now,
    get pending() {
      return timers.length;
    },
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(abortError(signal));
          return;
        }
        const timer: Timer = {
          due: now + Math.max(0, Number.isFinite(ms) ? ms : 0),
          seq: seq++,
          resolve: () => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
          },
        };
        const onAbort = () => {
          const i = timers.indexOf(timer);
          if (i !== -1) timers.splice(i, 1);
          reject(abortError(signal!));
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        timers.push(timer);
      });
    },
    async advance(ms) {
      const target = now + Math.max(0, ms);
      while (await fire(target)) {
        /* fire every timer due up to target */
      }
      now = target;
      await settle();
    },
    async runAll(maxTimers = 10_000) {
      for (let fired = 0; await fire(Number.POSITIVE_INFINITY); fired++) {
        if (fired >= maxTimers) {
          throw new Error(
            `clock.runAll() fired ${maxTimers} timers and more keep coming: is a workflow sleeping in a loop?`,
          );
        }
      }
    },
  };
};

/**
 * Creates a clock that follows the wall clock (`Date.now()` and `setTimeout`).
 *
 * @example
 * const server = await createFakeServer({ workflows, clock: createRealClock() });
 */
export const createRealClock = (): Clock => {
  let pending = 0;
  const refuse = (): Promise<void> =>
    Promise.reject(
      new Error(
        "This fake server uses real time: a real clock cannot be advanced. Use the default virtual clock to control time.",
      ),
    );
  return {
    kind: "real",
    now: () => Date.now(),
    get pending() {
      return pending;
    },
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(abortError(signal));
          return;
        }
        pending++;
        const onAbort = () => {
          clearTimeout(handle);
          pending--;
          reject(abortError(signal!));
        };
        const handle = setTimeout(
          () => {
            pending--;
            signal?.removeEventListener("abort", onAbort);
            resolve();
          },
          Math.max(0, ms),
        );
        signal?.addEventListener("abort", onAbort, { once: true });
      });
    },
    advance: refuse,
    runAll: refuse,
  };
};
