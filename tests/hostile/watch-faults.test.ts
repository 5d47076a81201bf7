/**
 * The watcher under hostile watch connections (issue 11, finding 2): for each fault mode, N runs
 * followed with `watchRecords({ runId, follow: true })`; every step outcome in the run state is
 * delivered once, in order; none lost, none duplicated. The attack is in helpers/watch-faults.ts
 * (bench/hostile-figures.mjs runs it too). `WFKIT_SOAK=1` runs 40 runs per mode instead of 8.
 * Seeds are fixed and printed on failure; `WFKIT_SEED` sets the base seed.
 */
import { describe, expect, it } from "vitest";
import { count } from "./helpers/measure.js";
import { MODES, attackMode } from "./helpers/watch-faults.js";

const RUNS_PER_MODE = count(8, 40);

describe("follow: true under watch faults: every step outcome in the run state, once, in order", () => {
  it.each(MODES)(
    "%s: 0 lost, 0 duplicated",
    async (mode) => {
      const { summary, bad } = await attackMode(mode, RUNS_PER_MODE);
      expect(
        bad,
        `${JSON.stringify(summary)}\nfailing runs (seed, fault):\n${JSON.stringify(bad, null, 1)}`,
      ).toEqual([]);
      expect(summary).toMatchObject({ lost: 0, duplicated: 0 });
      // The proxy really cut watch connections (in the proxy mode).
      expect(mode !== "tcp-cut" || (summary.cuts ?? 0) > 0).toBe(true);
    },
    RUNS_PER_MODE * 15_000,
  );
});
