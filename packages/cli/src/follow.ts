import type { Workflow, WorkflowInfo } from "@wfkit/client";
import type { WatchIterator, WatchRecord, WorkflowState } from "@wfkit/watch";
import type { CommandContext } from "./context.js";
import { createRunDisplay, type RunDisplay } from "./display/display.js";
import { resumeSchemaOf } from "./lookup.js";
import { printSuspension, suspendedPaths } from "./outcome.js";
import { promptResumeData } from "./prompt-resume.js";

/** What {@link followRun} needs. */
export interface FollowParams {
  workflow: Workflow;
  runId: string;
  records: WatchIterator;
  info?: WorkflowInfo | undefined;
  /** Suspensions already known (e.g. answered before the watch opened): not asked again. */
  seen?: Set<string>;
}

/** What {@link followRun} ends with: the run's last known state. */
export interface FollowResult {
  state: WorkflowState | undefined;
  display: RunDisplay;
}

/** One key per suspension: the step's path and when it suspended. */
export const suspensionKeys = (state: Pick<WorkflowState, "steps">): string[] =>
  suspendedPaths(state.steps as Record<string, never>).map((path) => {
    const step = (state.steps as Record<string, { suspendedAt?: number } | undefined>)[path[0]!];
    return `${path.join(".")}@${step?.suspendedAt ?? ""}`;
  });

const recordLine = (record: WatchRecord): string =>
  `${JSON.stringify({ ...record, eventTimestamp: record.eventTimestamp.toISOString() })}\n`;

/**
 * Follows a run through its watch records: draws each record, and when the run suspends either
 * asks for the resume data and resumes it (interactive), or stops. Ends at a terminal status, at
 * an unanswered suspension, or when the watch ends.
 */
export const followRun = async (
  ctx: CommandContext,
  params: FollowParams,
): Promise<FollowResult> => {
  const display = createRunDisplay({
    stream: ctx.io.stdout,
    colors: ctx.colors,
    graph: params.info?.stepGraph,
    live: ctx.live,
  });
  const seen = params.seen ?? new Set<string>();
  const jsonl = ctx.options.jsonl === true;
  const quiet = ctx.options.json === true;
  let state: WorkflowState | undefined;
  try {
    for await (const record of params.records) {
      state = record.payload.workflowState;
      if (jsonl) ctx.io.stdout.write(recordLine(record));
      else if (!quiet) display.update(state);
      const status = state.status;
      if (status === "success" || status === "failed" || status === "canceled") break;
      if (status !== "suspended") continue;
      const keys = suspensionKeys(state);
      if (keys.length > 0 && keys.every((key) => seen.has(key))) continue;
      for (const key of keys) seen.add(key);
      if (!ctx.interactive) break;
      const [path] = suspendedPaths(state.steps as Record<string, never>);
      if (path === undefined) break;
      display.pause();
      printSuspension(ctx, path, {
        payload: state.steps[path[0]!]?.suspendPayload,
        heading: !ctx.live || quiet || jsonl,
      });
      const resumeData = await promptResumeData(resumeSchemaOf(params.info, path), {
        input: ctx.io.stdin,
        output: ctx.io.stdout,
        step: path.join("."),
      });
      await params.workflow.resume({
        runId: params.runId,
        step: path.length === 1 ? path[0]! : (path as [string, ...string[]]),
        resumeData,
      });
    }
  } finally {
    display.stop();
    try {
      await params.records.return?.();
    } catch {
      // The watch already ended with the error being reported.
    }
  }
  return { state, display };
};
