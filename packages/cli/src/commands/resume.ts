import type { CommandContext } from "../context.js";
import { EXIT, UsageError, type ExitCode } from "../exit-codes.js";
import { createRunDisplay } from "../display/display.js";
import { explainNotFound, loadWorkflowInfo, resumeSchemaOf } from "../lookup.js";
import { suspendedPaths, watchCommand } from "../outcome.js";
import { promptResumeData } from "../prompt-resume.js";
import { checkAgainstSchema } from "../validate-json.js";
import {
  STALL_TIMEOUT_MS,
  finishRun,
  parseJsonFlag,
  reportInterrupt,
  wasInterrupted,
} from "./shared.js";

/** Options of `wfkit resume`. */
export interface ResumeOptions {
  step?: string;
  data?: string;
  wait?: boolean;
}

const pickStep = (suspended: string[][], step: string | undefined, runId: string): string[] => {
  const names = suspended.map((path) => path.join("."));
  if (step === undefined) {
    if (suspended.length === 1) return suspended[0]!;
    throw new UsageError(
      `Run ${runId} is suspended at ${names.join(", ")}: choose one with --step.`,
    );
  }
  const match = suspended.find((path) => path.join(".") === step || path[0] === step);
  if (match === undefined) {
    throw new UsageError(
      `Step "${step}" of run ${runId} is not suspended; suspended: ${names.join(", ") || "none"}.`,
    );
  }
  return step.includes(".") ? step.split(".") : match;
};

/**
 * `wfkit resume <workflow> <runId>`: resumes a suspended step with `--data` (or, on a terminal,
 * with data asked for from its resume schema); `--wait` follows the run to its next stop.
 */
export const resumeWorkflowRun = async (
  ctx: CommandContext,
  target: { workflow: string; runId: string },
  options: ResumeOptions,
): Promise<ExitCode> => {
  const { runId } = target;
  const info = await loadWorkflowInfo(ctx, target.workflow);
  const workflow = ctx.client.getWorkflow(target.workflow);
  const current = await workflow
    .runExecutionResult(runId)
    .catch(explainNotFound(ctx, { workflow: target.workflow, runId }));
  if (current.status !== "suspended") {
    throw new UsageError(
      `Run ${runId} is ${current.status}, not suspended: there is nothing to resume.`,
    );
  }
  const path = pickStep(suspendedPaths(current.steps), options.step, runId);
  const schema = resumeSchemaOf(info, path);
  let resumeData: unknown;
  try {
    if (options.data !== undefined) resumeData = parseJsonFlag("--data", options.data);
    else if (ctx.interactive) {
      resumeData = await promptResumeData(schema, {
        input: ctx.io.stdin,
        output: ctx.io.stdout,
        step: path.join("."),
      });
    }
  } catch (error) {
    if (wasInterrupted(ctx, error)) return reportInterrupt(ctx, target);
    throw error;
  }
  const problem = checkAgainstSchema(schema, resumeData ?? {});
  if (problem !== undefined) {
    const flag = options.data === undefined ? "The resume data (give it with --data)" : "--data";
    throw new UsageError(
      `${flag} does not fit the resume schema of ${path.join(".")}: ${problem}.`,
    );
  }
  const step = path.length === 1 ? path[0]! : (path as [string, ...string[]]);
  const params = { runId, step, ...(resumeData === undefined ? {} : { resumeData }) };
  if (options.wait !== true) {
    await workflow.resume(params).catch(explainNotFound(ctx, { workflow: target.workflow, runId }));
    if (ctx.options.json === true) {
      ctx.io.stdout.write(`${JSON.stringify({ runId, status: "running", resumed: path })}\n`);
    } else {
      ctx.io.stdout.write(
        `Resumed ${path.join(".")} of run ${runId}. Follow it with:\n  ${watchCommand(ctx, target.workflow, runId)}\n`,
      );
    }
    return EXIT.success;
  }
  const human = ctx.options.json !== true && ctx.options.jsonl !== true;
  const display = createRunDisplay({
    stream: ctx.io.stdout,
    colors: ctx.colors,
    graph: info.stepGraph,
    live: ctx.live,
  });
  const stopWatch = new AbortController();
  const signals = [stopWatch.signal, ...(ctx.io.interrupt === undefined ? [] : [ctx.io.interrupt])];
  const shown = human
    ? (async () => {
        const records = workflow.watchRecords({
          runId,
          follow: true,
          stallTimeoutMs: STALL_TIMEOUT_MS,
          signal: AbortSignal.any(signals),
        });
        for await (const record of records) display.update(record.payload.workflowState);
      })().catch(() => {})
    : Promise.resolve();
  try {
    const result = await workflow.resumeAsync(params);
    stopWatch.abort();
    await shown;
    if (human) display.update(result);
    display.stop();
    return finishRun(ctx, { ...target, info }, result);
  } catch (error) {
    stopWatch.abort();
    display.stop();
    if (wasInterrupted(ctx, error)) return reportInterrupt(ctx, target);
    throw error;
  }
};
