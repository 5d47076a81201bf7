import type { WatchSource } from "@wfkit/watch";
import { finishedReason } from "@wfkit/watch/internal";

/**
 * How many run-state lookups of one client's watches may be in flight at once. A watch reads the
 * run state when it opens and while its connection is silent; with many watches open, unbounded
 * lookups would each take a socket of their own next to the watch connections (and arrive at the
 * server all at once). The rest wait their turn, in order.
 */
const MAX_CONCURRENT_LOOKUPS = 6;

/**
 * The watches of a client that are still connecting, by run. `workflow.watch(...)` is documented
 * not awaited, right before `start` or `resume`: those calls first wait until every watch on their
 * run was accepted by the server (or failed), so the watch sees the call's records as the
 * upstream client's watch does. Never longer than a watch takes to connect.
 */
export interface OpeningWatches {
  /** Remembers `accepted` (settles once the server accepted the watch, or it failed) for `key`. */
  track(key: string, accepted: Promise<unknown>): void;
  /** Settles once every watch tracked for `key` was accepted or failed. */
  settled(key: string): Promise<void>;
  /**
   * `source` with its run-state lookups sharing the client's {@link MAX_CONCURRENT_LOOKUPS}
   * slots. A lookup whose signal aborts while it waits leaves the queue at once. One already
   * sent when its watch finished (the run reached the watch's stop) is left to finish; any other
   * abort aborts it.
   */
  queueLookups(source: WatchSource): WatchSource;
}

/** Creates an empty {@link OpeningWatches}. */
export function createOpeningWatches(): OpeningWatches {
  const opening = new Map<string, Set<Promise<unknown>>>();
  let active = 0;
  const waiting: Array<() => void> = [];
  /** Resolves once a lookup slot is free (or `signal` aborted: the call then fails on its own). */
  const turn = (signal: AbortSignal): Promise<boolean> | boolean => {
    if (active < MAX_CONCURRENT_LOOKUPS || signal.aborted) {
      active++;
      return true;
    }
    return new Promise<boolean>((resolve) => {
      const go = (): void => {
        signal.removeEventListener("abort", leave);
        active++;
        resolve(true);
      };
      const leave = (): void => {
        const at = waiting.indexOf(go);
        if (at >= 0) waiting.splice(at, 1);
        resolve(false);
      };
      waiting.push(go);
      signal.addEventListener("abort", leave, { once: true });
    });
  };
  const release = (): void => {
    active--;
    waiting.shift()?.();
  };
  return {
    track(key, accepted) {
      const quiet = accepted.then(
        () => {},
        () => {},
      );
      let set = opening.get(key);
      if (set === undefined) opening.set(key, (set = new Set()));
      set.add(quiet);
      void quiet.then(() => {
        set.delete(quiet);
        if (set.size === 0 && opening.get(key) === set) opening.delete(key);
      });
    },
    async settled(key) {
      const set = opening.get(key);
      if (set !== undefined) await Promise.all(set);
    },
    queueLookups(source) {
      return {
        open: (signal) => source.open(signal),
        async state(signal) {
          // An aborted wait still calls the source, which rejects with its own abort error.
          if (!(await turn(signal))) return source.state(signal);
          // A lookup that holds a slot is sent: when its watch ends because the run reached its
          // stop, it finishes rather than being cut mid-answer, which would cost its connection
          // (a socket per lookup with many watches). Any other abort (a close, the user's
          // signal, a timeout) still aborts it. One controller per slot, not per watch.
          const sent = new AbortController();
          const forward = (): void =>
            void (signal.reason === finishedReason() || sent.abort(signal.reason));
          signal.addEventListener("abort", forward, { once: true });
          try {
            return await source.state(signal.aborted ? signal : sent.signal);
          } finally {
            signal.removeEventListener("abort", forward);
            release();
          }
        },
      };
    },
  };
}
