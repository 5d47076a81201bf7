/** A clock per execution that counts the sleeps the execution is in (for the clock watchdog). */
import type { Clock } from "./clock.js";

/** Wraps `clock`: `sleeping.count` is how many of its sleeps are pending right now. */
export const createExecutionClock = (clock: Clock) => {
  const sleeping = { count: 0 };
  const wrapped: Clock = {
    kind: clock.kind,
    now: () => clock.now(),
    sleep: async (ms, signal) => {
      sleeping.count++;
      try {
        await clock.sleep(ms, signal);
      } finally {
        sleeping.count--;
      }
    },
    advance: (ms) => clock.advance(ms),
    runAll: (max) => clock.runAll(max),
    get pending() {
      return clock.pending;
    },
  };
  return { clock: wrapped, sleeping };
};
