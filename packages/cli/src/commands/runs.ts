import type { WorkflowRun } from "@wfkit/client";
import { RUN_STATUSES } from "@wfkit/watch";
import { parsePositiveInt, type CommandContext } from "../context.js";
import { EXIT, UsageError, type ExitCode } from "../exit-codes.js";
import { explainNotFound } from "../lookup.js";
import { renderTable } from "../table.js";

/** Options of `wfkit runs`. */
export interface RunsOptions {
  status?: string;
  limit?: string;
}

/** A run's status from its stored snapshot (a JSON string on some stores). */
export const runStatusOf = (run: WorkflowRun): string => {
  let snapshot: unknown = run.snapshot;
  if (typeof snapshot === "string") {
    try {
      snapshot = JSON.parse(snapshot);
    } catch {
      return "unknown";
    }
  }
  const status =
    typeof snapshot === "object" && snapshot !== null
      ? (snapshot as { status?: unknown }).status
      : undefined;
  return typeof status === "string" ? status : "unknown";
};

const time = (value: unknown): string => {
  const date = new Date(String(value));
  return Number.isNaN(date.getTime())
    ? String(value ?? "")
    : date.toISOString().replace("T", " ").slice(0, 19);
};

/** `wfkit runs <workflow>`: id, status, created and updated of a workflow's runs, newest first. */
export const listRuns = async (
  ctx: CommandContext,
  workflowKey: string,
  options: RunsOptions,
): Promise<ExitCode> => {
  const limit = options.limit === undefined ? 20 : parsePositiveInt("--limit", options.limit);
  if (
    options.status !== undefined &&
    !(RUN_STATUSES as readonly string[]).includes(options.status)
  ) {
    throw new UsageError(
      `--status must be one of ${RUN_STATUSES.join(", ")}, got ${JSON.stringify(options.status)}.`,
    );
  }
  const workflow = ctx.client.getWorkflow(workflowKey);
  // With a status filter, the window is taken after filtering, so read every run.
  const page = await workflow
    .runs(options.status === undefined ? { limit } : {})
    .catch(explainNotFound(ctx, { workflow: workflowKey }));
  const runs = page.runs
    .map((run) => ({
      runId: run.runId,
      status: runStatusOf(run),
      createdAt: run.createdAt,
      updatedAt: run.updatedAt,
    }))
    .filter((run) => options.status === undefined || run.status === options.status)
    .slice(0, limit);
  if (ctx.options.json === true) {
    ctx.io.stdout.write(
      `${JSON.stringify({ runs, total: options.status === undefined ? page.total : runs.length }, null, 2)}\n`,
    );
    return EXIT.success;
  }
  if (runs.length === 0) {
    ctx.io.stdout.write(
      `No runs of ${workflowKey}${options.status === undefined ? "" : ` with status ${options.status}`}.\n`,
    );
    return EXIT.success;
  }
  const rows = runs.map((run) => [run.runId, run.status, time(run.createdAt), time(run.updatedAt)]);
  ctx.io.stdout.write(renderTable(["RUN", "STATUS", "CREATED", "UPDATED"], rows, ctx.colors));
  return EXIT.success;
};
