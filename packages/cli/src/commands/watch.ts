import type { CommandContext } from "../context.js";
import type { ExitCode } from "../exit-codes.js";
import { followRun } from "../follow.js";
import { explainNotFound, loadWorkflowInfo } from "../lookup.js";
import { STALL_TIMEOUT_MS, finishRun, reportInterrupt, wasInterrupted } from "./shared.js";

/**
 * `wfkit watch <workflow> <runId>`: a live tail of a run, across resumes; a finished run's stored
 * history, then its outcome.
 */
export const watchWorkflowRun = async (
  ctx: CommandContext,
  workflowKey: string,
  runId: string,
): Promise<ExitCode> => {
  const info = await loadWorkflowInfo(ctx, workflowKey);
  const workflow = ctx.client.getWorkflow(workflowKey);
  await workflow
    .runExecutionResult(runId)
    .catch(explainNotFound(ctx, { workflow: workflowKey, runId }));
  const target = { workflow: workflowKey, runId, info };
  const records = workflow.watchRecords({
    runId,
    follow: true,
    stallTimeoutMs: STALL_TIMEOUT_MS,
    ...(ctx.io.interrupt === undefined ? {} : { signal: ctx.io.interrupt }),
  });
  try {
    const { state } = await followRun(ctx, { workflow, runId, records, info }).catch(
      explainNotFound(ctx, { workflow: workflowKey, runId }),
    );
    const final = state ?? (await workflow.runExecutionResult(runId));
    return finishRun(ctx, target, final);
  } catch (error) {
    if (wasInterrupted(ctx, error)) return reportInterrupt(ctx, target);
    throw error;
  }
};
