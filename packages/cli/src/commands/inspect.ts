import type { CommandContext } from "../context.js";
import type { ExitCode } from "../exit-codes.js";
import { EXIT } from "../exit-codes.js";
import { errorMessage, statusSymbol, stepDuration } from "../display/format.js";
import { layoutSteps } from "../display/step-rows.js";
import { explainNotFound, loadWorkflowInfo } from "../lookup.js";
import { indentJson, printOutcome, toOutcome } from "../outcome.js";

const compact = (value: unknown, width = 100): string => {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
};

/** `wfkit inspect <workflow> <runId>`: one run's status, steps, input and result or error. */
export const inspectRun = async (
  ctx: CommandContext,
  workflowKey: string,
  runId: string,
): Promise<ExitCode> => {
  const info = await loadWorkflowInfo(ctx, workflowKey);
  const run = await ctx.client
    .getWorkflow(workflowKey)
    .runExecutionResult(runId)
    .catch(explainNotFound(ctx, { workflow: workflowKey, runId }));
  if (ctx.options.json === true) {
    ctx.io.stdout.write(`${JSON.stringify(toOutcome(runId, run), null, 2)}\n`);
    return EXIT.success;
  }
  const { colors } = ctx;
  const out = ctx.io.stdout;
  out.write(`${colors.bold("run")}     ${runId}\n${colors.bold("status")}  ${run.status}\n`);
  out.write(`${colors.bold("input")}   ${compact(run.input)}\n${colors.bold("steps")}\n`);
  for (const row of layoutSteps(info.stepGraph, run.steps)) {
    const indent = "  ".repeat(row.depth + 1);
    const step = row.step;
    if (step === undefined) {
      out.write(`${indent}${colors.dim(`┬ ${row.label}`)}\n`);
      continue;
    }
    const duration = stepDuration(step);
    out.write(
      `${indent}${statusSymbol(step.status, colors, "…")} ${row.label}  ${step.status}${duration === undefined ? "" : `  ${colors.dim(duration)}`}\n`,
    );
    if (step.status === "failed")
      out.write(`${indent}  error:  ${colors.red(errorMessage(step.error) ?? "")}\n`);
    else if (step.status === "suspended")
      out.write(`${indent}  waits:  ${compact(step.suspendPayload)}\n`);
    else if (step.output !== undefined) out.write(`${indent}  output: ${compact(step.output)}\n`);
  }
  if (run.status === "success" || run.status === "failed" || run.status === "canceled") {
    printOutcome(ctx, run);
  } else if (run.status === "suspended") {
    const outcome = toOutcome(runId, run);
    out.write(
      `${colors.yellow("⏸")} suspended at ${outcome.suspended?.map((path) => path.join(".")).join(", ")}\n`,
    );
    out.write(`${indentJson(outcome.suspendPayload)}\n`);
  }
  return EXIT.success;
};
