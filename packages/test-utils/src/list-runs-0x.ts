/** `GET runs` of the 0.x fake: Mastra 0.10's in-memory store filters and paging. */
import { toWire, type StoredRun } from "./stored-run.js";
import type { components } from "./wire-types.js";

/** The query `GET runs` takes on 0.x. */
export interface ListRunsQuery {
  fromDate?: string;
  toDate?: string;
  limit?: string;
  offset?: string;
  resourceId?: string;
}

/** Filters, sorts (newest first) and pages a workflow's stored runs (`limit`/`offset` only together). */
export const listRuns0x = (
  all: StoredRun[],
  query: ListRunsQuery,
): components["schemas"]["WorkflowRuns"] => {
  const from = query.fromDate ? new Date(query.fromDate) : undefined;
  const to = query.toDate ? new Date(query.toDate) : undefined;
  const limit = query.limit ? Number(query.limit) : undefined;
  const offset = query.offset ? Number(query.offset) : undefined;
  let runs = all;
  if (from) runs = runs.filter((r) => new Date(r.createdAt) >= from);
  if (to) runs = runs.filter((r) => new Date(r.createdAt) <= to);
  if (query.resourceId) runs = runs.filter((r) => r.resourceId === query.resourceId);
  const total = runs.length;
  runs.sort((a, b) => b.createdAt - a.createdAt);
  if (limit !== undefined && offset !== undefined) runs = runs.slice(offset, offset + limit);
  return { runs: runs.map(toWire), total };
};
