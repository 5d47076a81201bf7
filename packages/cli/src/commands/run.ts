import type { CommandContext } from "../context.js";
import { UsageError, type ExitCode } from "../exit-codes.js";
import { followRun } from "../follow.js";
import { explainNotFound, loadWorkflowInfo } from "../lookup.js";
import { parseWorkflowSchema } from "../schema.js";
import { checkAgainstSchema } from "../validate-json.js";
import {
  STALL_TIMEOUT_MS,
  finishRun,
  readJsonInput,
  reportInterrupt,
  wasInterrupted,
} from "./shared.js";

/** Options of `wfkit run`. */
export interface RunOptions {
  input?: string;
  inputFile?: string;
  runId?: string;
}

/**
 * `wfkit run <workflow>`: creates the run, watches it, starts it and follows it to the end,
 * asking for resume data when it suspends (on a terminal).
 */
export const runWorkflow = async (
  ctx: CommandContext,
  workflowKey: string,
  options: RunOptions,
): Promise<ExitCode> => {
  const input = (await readJsonInput(options, { text: "--input", file: "--input-file" })) ?? {};
  const info = await loadWorkflowInfo(ctx, workflowKey);
  const problem = checkAgainstSchema(parseWorkflowSchema(info.inputSchema), input);
  if (problem !== undefined) {
    throw new UsageError(`The input does not fit ${workflowKey}'s input schema: ${problem}.`);
  }
  const workflow = ctx.client.getWorkflow(workflowKey);
  const { runId } = await workflow
    .createRun(options.runId === undefined ? {} : { runId: options.runId })
    .catch(explainNotFound(ctx, { workflow: workflowKey }));
  const target = { workflow: workflowKey, runId, info };
  if (ctx.options.json !== true && ctx.options.jsonl !== true) {
    ctx.io.stdout.write(
      `${ctx.colors.dim("run")} ${ctx.colors.bold(runId)} ${ctx.colors.dim(`of ${workflowKey}`)}\n`,
    );
  }
  const records = workflow.watchRecords({
    runId,
    follow: true,
    stallTimeoutMs: STALL_TIMEOUT_MS,
    ...(ctx.io.interrupt === undefined ? {} : { signal: ctx.io.interrupt }),
  });
  try {
    await records.ready;
    await workflow.start({ runId, inputData: input });
    const { state } = await followRun(ctx, { workflow, runId, records, info });
    const final = state ?? (await workflow.runExecutionResult(runId));
    return finishRun(ctx, target, final);
  } catch (error) {
    if (wasInterrupted(ctx, error)) return reportInterrupt(ctx, target);
    throw error;
  } finally {
    await records.return?.().catch(() => {});
  }
};
