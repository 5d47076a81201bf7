/** `GET runs` of the fake 1.x server: zod-style query checks, 1.x paging and filters. */
import { httpError } from "./errors.js";
import type { Runtime } from "./runtime.js";
import {
  RUN_STATUSES,
  isRunStatus1x,
  issuesResponse,
  numberIssue,
  type Handle1x,
  type WorkflowCtx,
} from "./v1-http.js";
import { reply1x, type ErrorIssue1x } from "./v1-reply.js";
import type { V1Runs } from "./v1-runs.js";

/** Creates the `GET runs` handler. */
export const createListRuns = (options: {
  runtime: Runtime;
  runs: V1Runs;
  keyOf: (ctx: WorkflowCtx) => string;
}): Handle1x<"listWorkflowRuns"> => {
  const { runtime, runs, keyOf } = options;
  return (ctx) => {
    const key = keyOf(ctx);
    const q = ctx.query;
    const issues: ErrorIssue1x[] = [];
    for (const field of ["page", "perPage", "offset", "limit"] as const) {
      const raw = q.get(field);
      const issue = raw === null ? undefined : numberIssue(field, raw, 0);
      if (issue) issues.push(issue);
    }
    for (const field of ["fromDate", "toDate"] as const) {
      const raw = q.get(field);
      if (raw !== null && Number.isNaN(new Date(raw).getTime()))
        issues.push({ field, message: "Invalid input: expected date, received Date" });
    }
    const status = q.get("status");
    if (status !== null && !isRunStatus1x(status))
      issues.push({
        field: "status",
        message: `Invalid option: expected one of ${RUN_STATUSES.map((s) => JSON.stringify(s)).join("|")}`,
      });
    if (issues.length > 0) return issuesResponse("Invalid query parameters", issues);
    const num = (name: "page" | "perPage" | "offset" | "limit") =>
      q.get(name) === null ? undefined : Number(q.get(name));
    let page = num("page");
    let perPage = num("perPage");
    const offset = num("offset");
    if (perPage === undefined) perPage = num("limit");
    if (page === undefined && offset !== undefined && perPage !== undefined && perPage > 0)
      page = Math.floor(offset / perPage);
    if (perPage !== undefined && (!Number.isInteger(perPage) || perPage <= 0))
      throw httpError(400, "perPage must be a positive integer");
    if (page !== undefined && !Number.isInteger(page))
      throw httpError(400, "page must be a non-negative integer");
    const from = q.get("fromDate") === null ? undefined : new Date(q.get("fromDate")!).getTime();
    const to = q.get("toDate") === null ? undefined : new Date(q.get("toDate")!).getTime();
    const resourceId = q.get("resourceId");
    // Newest first; runs created in the same millisecond keep the newest first too.
    let list = runtime
      .runs(key)
      .reverse()
      .sort((a, b) => b.createdAt - a.createdAt)
      .filter(
        (run) =>
          (from === undefined || run.createdAt >= from) &&
          (to === undefined || run.createdAt <= to) &&
          (resourceId === null || run.resourceId === resourceId) &&
          (status === null || runs.statusOf(run) === status),
      );
    const total = list.length;
    // The in-memory store pages only when both are given.
    if (page !== undefined && perPage !== undefined)
      list = list.slice(page * perPage, (page + 1) * perPage);
    return reply1x("listWorkflowRuns", 200, { runs: list.map((run) => runs.runRow(run)), total });
  };
};
