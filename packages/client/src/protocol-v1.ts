import { WatchRunNotFoundError } from "@wfkit/watch";
import { createCallKit, type ProtocolConfig } from "./call-kit.js";
import { InvalidResponseError, UnsupportedByServerError, isNotFoundError } from "./errors.js";
import {
  copyFields,
  requireObject,
  setField,
  toExecutionResult,
  toRunStateSnapshot,
} from "./normalize.js";
import { v1Operations } from "./operations.js";
import type { WorkflowsProtocol } from "./protocol.js";
import { createV0Protocol, runsQuery } from "./protocol-v0.js";
import type { WireWorkflowRunResult1x, WireWorkflowRuns1x, paths1x } from "./schema-1x.js";

/** The query of 1.x `GET runs`, from the generated 1.x paths. */
type V1RunsQuery = NonNullable<
  paths1x["/workflows/{workflowId}/runs"]["get"]["parameters"]["query"]
>;
import { createV1WatchSource } from "./protocol-v1-watch.js";
import { createV1Surface } from "./protocol-v1-surface.js";
import { withResumePreflight } from "./surface-preflight.js";
import type { WorkflowRun, WorkflowRuns } from "./schema.js";
import type { CallOptions } from "./transport.js";
import type { RunsFilter } from "./types.js";

/** What the Mastra 1.x protocol needs to talk to a server. */
export type V1ProtocolConfig = ProtocolConfig;

/** The run fields `runExecutionResult` and the watcher read from `GET runs/:runId`. */
const STATE_FIELDS = "result,error,payload,steps";

/**
 * The wire of Mastra 1.x servers (observed on `@mastra/core` 1.71, `@mastra/server` 1.69),
 * behind the same documented calls as 0.x. The routes 1.x kept (list, details, create-run,
 * start, start-async, resume, resume-async, cancel) are the 0.x calls with `requestContext` in the
 * body; the rest differ:
 *
 * - `runExecutionResult` reads `GET runs/:runId?fields=…` (`execution-result` is gone);
 * - `runById` rebuilds the run's `snapshot` from the state `GET runs/:runId` answers;
 * - `runs` pages with `page`/`perPage` (see {@link toRunsQuery});
 * - `watch` reads `POST /observe` and polls the run state when nothing is cached;
 * - `sendRunEvent` throws `UnsupportedByServerError` (1.x has no such route).
 */
export function createV1Protocol(config: V1ProtocolConfig): WorkflowsProtocol {
  const kept = createV0Protocol(config, "requestContext");
  const { json, stream, unlessNotFound, withSignal } = createCallKit<paths1x, typeof v1Operations>(
    config,
    v1Operations,
  );

  const readRun = (workflowId: string, runId: string, call: CallOptions, fields?: string) =>
    json("getRun", call, {
      params: { path: { workflowId, runId }, ...(fields ? { query: { fields } } : {}) },
    });

  const protocol: WorkflowsProtocol = {
    ...kept,
    surface: withResumePreflight(
      createV1Surface(config),
      () => protocol,
      config.transport.timeoutMs,
    ),

    listRuns: async (workflowId, filter, call) => {
      const { query, slice } = toRunsQuery(filter);
      const page: WorkflowRuns = toWorkflowRuns(
        await json("listRuns", call, { params: { path: { workflowId }, query } }),
      );
      if (slice === undefined || !Array.isArray(page.runs)) return page;
      return { ...page, runs: page.runs.slice(slice.start, slice.end) };
    },

    getRun: async (workflowId, runId, call) =>
      toWorkflowRun(await readRun(workflowId, runId, call)),

    getExecutionResult: async (workflowId, runId, call) =>
      toExecutionResult(
        await readRun(workflowId, runId, call, STATE_FIELDS),
        runId,
        "runExecutionResult",
      ),

    sendRunEvent: async () => {
      throw new UnsupportedByServerError(
        "sendRunEvent: Mastra 1.x servers have no send-event route. Resume the waiting step with `resume` instead, or talk to a 0.x server.",
      );
    },

    watchSource: (workflowId, runId, call) =>
      createV1WatchSource({
        runId,
        async observe(signal) {
          try {
            return await stream("observe", call, signal, {
              params: { path: { workflowId }, query: { runId } },
            });
          } catch (error) {
            if (isNotFoundError(error)) throw new WatchRunNotFoundError(runId);
            throw error;
          }
        },
        state: (signal) =>
          unlessNotFound(async () =>
            toRunStateSnapshot(
              await readRun(workflowId, runId, withSignal(call, signal), STATE_FIELDS),
              "the watched run's state",
            ),
          ),
      }),
  };
  return protocol;
}

/** A 1.x page of runs, checked: its rows have the 0.x run shape (with the snapshot). */
function toWorkflowRuns(page: WireWorkflowRuns1x): WorkflowRuns {
  const body = requireObject(page, "runs");
  if (!Array.isArray(body.runs)) {
    throw new InvalidResponseError("runs: the server answered without a `runs` array.");
  }
  const runs = page.runs.map((row): WorkflowRun => ({
    workflowName: row.workflowName,
    runId: row.runId,
    // 1.x's stored snapshot is 0.x's with more optional fields.
    snapshot: row.snapshot as WorkflowRun["snapshot"],
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    ...(typeof row.resourceId === "string" ? { resourceId: row.resourceId } : {}),
  }));
  return { runs, total: typeof page.total === "number" ? page.total : runs.length };
}

/**
 * Maps the 0.x paging filter onto 1.x's `page`/`perPage`. `limit` with an `offset` that is a
 * multiple of it is exact; any other `offset` reads the first `offset + limit` runs (or all, without
 * `limit`) and keeps the requested window, so results match 0.x at the cost of a larger answer.
 */
export function toRunsQuery(filter: RunsFilter): {
  query: V1RunsQuery;
  slice: { start: number; end: number | undefined } | undefined;
} {
  const query = runsQuery(filter, false) as V1RunsQuery;
  const { limit, offset = 0 } = filter;
  if (limit !== undefined && limit > 0 && offset % limit === 0) {
    query.perPage = limit;
    query.page = offset / limit;
    return { query, slice: undefined };
  }
  if (limit !== undefined && limit > 0) {
    query.perPage = offset + limit;
    query.page = 0;
    return { query, slice: { start: offset, end: offset + limit } };
  }
  return { query, slice: offset > 0 ? { start: offset, end: undefined } : undefined };
}

/**
 * The 0.x `WorkflowRun` shape from 1.x's flat run state: the stored snapshot is rebuilt from its
 * parts (`context` holds the input and the steps, as on 0.x).
 */
export function toWorkflowRun(body: WireWorkflowRunResult1x): WorkflowRun {
  const raw = requireObject(body, "GET runs/:runId");
  if (typeof raw.runId !== "string") {
    throw new InvalidResponseError("GET runs/:runId answered without the run's `runId`.");
  }
  const {
    runId,
    workflowName,
    resourceId,
    createdAt,
    updatedAt,
    status,
    payload,
    steps,
    initialState,
    ...rest
  } = raw;
  // Keyed by server data: no prototype, so a `"__proto__"` key stays a field.
  const context = copyFields(payload === undefined ? {} : { input: payload });
  if (steps && typeof steps === "object") {
    for (const [id, step] of Object.entries(steps)) setField(context, id, step);
  }
  const snapshot = copyFields({ runId, status, value: initialState ?? {} });
  snapshot.context = context;
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) setField(snapshot, key, value);
  }
  const updated = typeof updatedAt === "string" ? Date.parse(updatedAt) : Number.NaN;
  if (!Number.isNaN(updated)) snapshot.timestamp = updated;
  return {
    workflowName: workflowName as string,
    runId: runId as string,
    snapshot: snapshot as WorkflowRun["snapshot"],
    createdAt: createdAt as string,
    updatedAt: updatedAt as string,
    ...(typeof resourceId === "string" ? { resourceId } : {}),
  };
}
