import type { StepGraphEntry, WorkflowInfo } from "@wfkit/client";
import type { CommandContext } from "../context.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { loadWorkflowInfo } from "../lookup.js";
import { parseWorkflowSchema } from "../schema.js";
import { schemaToType } from "../schema-type.js";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const typeOf = (text: unknown): string | undefined =>
  typeof text === "string" ? schemaToType(parseWorkflowSchema(text)) : undefined;

/** Draws the step graph: one line per step, parallel branches and nested workflows indented. */
const drawGraph = (info: WorkflowInfo, ctx: CommandContext): string[] => {
  const { colors } = ctx;
  const lines: string[] = [];
  const walk = (entries: unknown, indent: string, prefix: string): void => {
    if (!Array.isArray(entries)) return;
    entries.forEach((entry: StepGraphEntry, index) => {
      if (!isRecord(entry)) return;
      const last = index === entries.length - 1;
      const branch = `${indent}${last ? "└─" : "├─"} `;
      const below = `${indent}${last ? "   " : "│  "}`;
      const type = String(entry.type);
      const step = isRecord(entry.step) ? entry.step : undefined;
      if (Array.isArray(entry.steps)) {
        lines.push(`${branch}${colors.cyan(type === "conditional" ? "branch" : type)}`);
        walk(entry.steps, below, prefix);
      } else if (type === "sleep" || type === "sleepUntil") {
        const duration = typeof entry["duration"] === "number" ? ` ${entry["duration"]}ms` : "";
        lines.push(`${branch}${colors.cyan("⏳")} ${type}${duration}`);
      } else if (step !== undefined && typeof step["id"] === "string") {
        const id = step["id"];
        const detail = info.allSteps?.[prefix + id] ?? info.steps[id];
        const description =
          typeof step["description"] === "string" ? step["description"] : detail?.description;
        const kind = type === "step" ? "" : `${colors.cyan(type)} `;
        lines.push(
          `${branch}${kind}${colors.bold(id)}${description ? colors.dim(`  ${description}`) : ""}`,
        );
        const suspend = typeOf(detail?.suspendSchema);
        const resume = typeOf(detail?.resumeSchema);
        if (suspend !== undefined) lines.push(`${below}   suspend: ${suspend}`);
        if (resume !== undefined) lines.push(`${below}   resume:  ${resume}`);
        walk(step["serializedStepFlow"], below, `${prefix}${id}.`);
      }
    });
  };
  walk(info.stepGraph, "  ", "");
  return lines;
};

/** `wfkit describe <workflow>`: the step graph and the schemas as readable types. */
export const describeWorkflow = async (
  ctx: CommandContext,
  workflowKey: string,
): Promise<ExitCode> => {
  const info = await loadWorkflowInfo(ctx, workflowKey);
  if (ctx.options.json === true) {
    const schemas = (step: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(step).map(([key, value]) =>
          key.endsWith("Schema") ? [key, parseWorkflowSchema(value)] : [key, value],
        ),
      );
    const steps = Object.fromEntries(
      Object.entries(info.steps).map(([id, step]) => [id, schemas(step)]),
    );
    ctx.io.stdout.write(
      `${JSON.stringify({ ...schemas(info), key: workflowKey, steps }, null, 2)}\n`,
    );
    return EXIT.success;
  }
  const { colors } = ctx;
  const out: string[] = [
    `${colors.bold(workflowKey)}${info.name === workflowKey ? "" : colors.dim(` (id ${info.name})`)}`,
  ];
  if (info.description) out.push(`  ${info.description}`);
  out.push("", `${colors.bold("input")}   ${typeOf(info.inputSchema) ?? "unknown"}`);
  out.push(
    `${colors.bold("output")}  ${typeOf(info.outputSchema) ?? "unknown"}`,
    "",
    colors.bold("steps"),
  );
  out.push(...drawGraph(info, ctx));
  ctx.io.stdout.write(`${out.join("\n")}\n`);
  return EXIT.success;
};
