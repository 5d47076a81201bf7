import type { AllRunsOptions, RunsPageFetcher } from "./all-runs.js";
import type { WorkflowRun } from "./schema.js";

export type { AllRunsOptions, RunsPageFetcher };

/**
 * One pass of `allRuns`, its code loaded on demand (the lazy chunk) on the first `next()`: the
 * options are checked then, still before any request.
 */
export async function* lazyAllRuns(
  fetchPage: RunsPageFetcher,
  options: AllRunsOptions,
): AsyncGenerator<WorkflowRun, void, undefined> {
  yield* (await import("./on-demand.js")).createAllRuns(fetchPage, options);
}
