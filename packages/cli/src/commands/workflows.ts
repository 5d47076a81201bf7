import type { CommandContext } from "../context.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { renderTable } from "../table.js";

/** `wfkit workflows`: key, id, description and step count of every workflow. */
export const listWorkflows = async (ctx: CommandContext): Promise<ExitCode> => {
  const workflows = await ctx.client.getWorkflows();
  if (ctx.options.json === true) {
    ctx.io.stdout.write(`${JSON.stringify(workflows, null, 2)}\n`);
    return EXIT.success;
  }
  const rows = Object.entries(workflows).map(([key, info]) => [
    key,
    info.name,
    String(Object.keys(info.steps ?? {}).length),
    info.description ?? "",
  ]);
  if (rows.length === 0) {
    ctx.io.stdout.write(`No workflows on ${ctx.url}.\n`);
    return EXIT.success;
  }
  ctx.io.stdout.write(renderTable(["KEY", "ID", "STEPS", "DESCRIPTION"], rows, ctx.colors));
  return EXIT.success;
};
