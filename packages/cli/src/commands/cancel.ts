import type { CommandContext } from "../context.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { explainNotFound } from "../lookup.js";

/** `wfkit cancel <workflow> <runId>`: cancels a run. */
export const cancelRun = async (
  ctx: CommandContext,
  workflowKey: string,
  runId: string,
): Promise<ExitCode> => {
  const workflow = ctx.client.getWorkflow(workflowKey);
  const what = { workflow: workflowKey, runId };
  await workflow.runExecutionResult(runId).catch(explainNotFound(ctx, what));
  const answer = await workflow.cancelRun(runId).catch(explainNotFound(ctx, what));
  if (ctx.options.json === true)
    ctx.io.stdout.write(`${JSON.stringify({ runId, message: answer.message })}\n`);
  else ctx.io.stdout.write(`Canceled run ${runId} of ${workflowKey}: ${answer.message}\n`);
  return EXIT.success;
};
