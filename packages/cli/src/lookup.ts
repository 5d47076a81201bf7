import { isNotFoundError, isWatchRunNotFoundError, type WorkflowInfo } from "@wfkit/client";
import type { CommandContext } from "./context.js";
import { UsageError } from "./exit-codes.js";
import { parseWorkflowSchema, type JsonSchema } from "./schema.js";

/** Turns a 404 into the one line a user needs. */
export const explainNotFound =
  (ctx: CommandContext, what: { workflow: string; runId?: string | undefined }) =>
  (error: unknown): never => {
    if (isNotFoundError(error) || isWatchRunNotFoundError(error)) {
      const message =
        what.runId === undefined
          ? `No workflow "${what.workflow}" on ${ctx.url}. List them with: wfkit workflows`
          : `No run ${what.runId} of workflow "${what.workflow}" on ${ctx.url} (or no such workflow). List runs with: wfkit runs ${what.workflow}`;
      throw new UsageError(message, { cause: error });
    }
    throw error;
  };

/** A workflow's description; exit 3 with a clear line when it is unknown. */
export const loadWorkflowInfo = (ctx: CommandContext, workflow: string): Promise<WorkflowInfo> =>
  ctx.client.getWorkflow(workflow).details().catch(explainNotFound(ctx, { workflow }));

/** The resume schema of a step (a top-level step, or one inside a nested workflow). */
export const resumeSchemaOf = (
  info: WorkflowInfo | undefined,
  path: readonly string[],
): JsonSchema | undefined => {
  if (info === undefined || path.length === 0) return undefined;
  const nested = info.allSteps?.[path.join(".")];
  const step = nested ?? info.steps[path[path.length - 1]!] ?? info.steps[path[0]!];
  return parseWorkflowSchema(step?.resumeSchema);
};
