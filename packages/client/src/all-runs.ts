import { InvalidArgumentError, InvalidResponseError } from "./errors.js";
import type { WorkflowRun, WorkflowRuns } from "./schema.js";
import type { CallOptions } from "./transport.js";
import type { RunsFilter } from "./types.js";
import { describeValue, requireRunsFilter } from "./validate.js";

/** The page size of `allRuns` when none is given. */
const DEFAULT_RUNS_PAGE_SIZE = 100;
/** The largest page size `allRuns` accepts. */
const MAX_RUNS_PAGE_SIZE = 1000;

/** Options of `workflow.allRuns()`: the filters of `runs()` (without paging), a page size and a signal. */
export interface AllRunsOptions extends Omit<RunsFilter, "limit" | "offset"> {
  /**
   * Runs asked for per request (`limit` on 0.x, `perPage` on 1.x), a whole number from 1 to
   * 1000.
   * @defaultValue 100
   */
  pageSize?: number;
  /** Aborts the iteration: the pending page request and every later one. */
  signal?: AbortSignal;
}

/** Fetches one page with the public `limit`/`offset` form (the workflow's `runs()`). */
export type RunsPageFetcher = (filter: RunsFilter, options: CallOptions) => Promise<WorkflowRuns>;

/**
 * Every run matching `options`, newest first, fetched one page at a time with `runs()`
 * (`limit`/`offset` on 0.x, translated to `page`/`perPage` on 1.x). Only one page is held at a time,
 * so memory stays flat however many runs there are.
 *
 * - Stops after a page shorter than asked, an empty page, or once `total` runs were read.
 * - Re-iterable: each `for await` starts a fresh pass from the newest run, with its own requests.
 * - Runs created while paging land before the current offset and shift older runs one place later:
 *   a run already yielded may reappear at the top of the next page. Each page is deduplicated by
 *   `runId` against the page before it, so no run is yielded twice as long as fewer than
 *   `pageSize` runs are created between two page requests. Runs created during the pass are not
 *   yielded; runs deleted during it shift the others earlier, so an older run may be missed.
 * - `signal` aborts the pending request; no later page is asked for.
 *
 * @throws `InvalidArgumentError` (before any request) for a bad `pageSize` or filter: here at once;
 * from `workflow.allRuns()` on the first `next()`, as its code loads on demand.
 */
export function createAllRuns(
  fetchPage: RunsPageFetcher,
  options: AllRunsOptions = {},
): AsyncIterable<WorkflowRun> {
  const { pageSize = DEFAULT_RUNS_PAGE_SIZE, signal, ...filter } = requireAllRunsOptions(options);
  return {
    async *[Symbol.asyncIterator]() {
      let offset = 0;
      let previous = new Set<string>();
      for (;;) {
        signal?.throwIfAborted();
        const page = await fetchPage(
          { ...filter, limit: pageSize, offset },
          signal ? { signal } : {},
        );
        if (page.runs.length > pageSize) {
          throw new InvalidResponseError(
            `allRuns: the server answered ${page.runs.length} runs for a page of ${pageSize}.`,
          );
        }
        const seen = new Set<string>();
        for (const run of page.runs) {
          seen.add(run.runId);
          if (!previous.has(run.runId)) yield run;
        }
        offset += page.runs.length;
        const total = typeof page.total === "number" ? page.total : Number.POSITIVE_INFINITY;
        if (page.runs.length < pageSize || offset >= total) return;
        previous = seen;
      }
    },
  };
}

function requireAllRunsOptions(options: AllRunsOptions): AllRunsOptions {
  const checked = requireRunsFilter(options, "allRuns") as AllRunsOptions & RunsFilter;
  if (checked.limit !== undefined || checked.offset !== undefined) {
    throw new InvalidArgumentError(
      "allRuns: pages by `pageSize`; `limit`/`offset` are for runs().",
    );
  }
  const size: unknown = checked.pageSize;
  if (
    size !== undefined &&
    !(Number.isSafeInteger(size) && (size as number) >= 1 && (size as number) <= MAX_RUNS_PAGE_SIZE)
  ) {
    throw new InvalidArgumentError(
      `allRuns: \`pageSize\` must be a whole number from 1 to ${MAX_RUNS_PAGE_SIZE}, got ${describeValue(size)}.`,
    );
  }
  const signal: unknown = checked.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new InvalidArgumentError("allRuns: `signal` must be an AbortSignal.");
  }
  return checked;
}
