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
}

/** Creates an empty {@link OpeningWatches}. */
export function createOpeningWatches(): OpeningWatches {
  const opening = new Map<string, Set<Promise<unknown>>>();
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
  };
}
