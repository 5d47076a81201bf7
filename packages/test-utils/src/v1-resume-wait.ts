/** How a 1.x resume waits for a run that has not stopped yet. */
import type { Clock } from "./clock.js";
import type { StoredRun } from "./runtime.js";
import { RESUME_WAIT_MS } from "./v1-http.js";
import type { V1Runs } from "./v1-runs.js";

/**
 * Mastra 1.x's `waitForSuspendedSnapshot`: a resume of a run whose stored status is `pending` or
 * `running` waits (up to 2 s) for it to suspend or end before checking it. The fake waits only
 * for an execution in flight; a run that never started is refused at once.
 */
export const createUntilResumable =
  (clock: Clock, runs: V1Runs) =>
  async (run: StoredRun): Promise<void> => {
    const deadline = clock.now() + RESUME_WAIT_MS;
    while (
      runs.inProgress(run) &&
      (run.snapshot.status === "pending" || run.snapshot.status === "running") &&
      run.execution &&
      clock.now() < deadline
    ) {
      const timer = new AbortController();
      await Promise.race([
        run.execution.catch(() => {}),
        clock.sleep(deadline - clock.now(), timer.signal).catch(() => {}),
      ]);
      timer.abort();
    }
  };
