/** The fake 1.x server's workflow-level routes: the workflow list and the run counts. */
import { reply1x } from "./v1-reply.js";
import type { Runtime } from "./runtime.js";
import type { Handle1x } from "./v1-http.js";
import type { V1Runs } from "./v1-runs.js";
import { describeWorkflowV1 } from "./v1-workflow-description.js";
import type { Workflow } from "./workflow.js";

/** Creates `listWorkflows` and `getWorkflowRunCounts`. */
export const createWorkflowRoutes = ({
  workflows,
  runtime,
  runs,
}: {
  workflows: Record<string, Workflow>;
  runtime: Runtime;
  runs: V1Runs;
}): {
  listWorkflows: Handle1x<"listWorkflows">;
  getWorkflowRunCounts: Handle1x<"getWorkflowRunCounts">;
} => ({
  listWorkflows: () =>
    reply1x(
      "listWorkflows",
      200,
      Object.fromEntries(
        Object.entries(workflows).map(([key, workflow]) => [key, describeWorkflowV1(workflow)]),
      ),
    ),
  getWorkflowRunCounts: () =>
    reply1x(
      "getWorkflowRunCounts",
      200,
      Object.fromEntries(
        Object.keys(workflows).map((key) => {
          const statuses = runtime.runs(key).map((run) => runs.statusOf(run));
          const count = (status: string) => statuses.filter((s) => s === status).length;
          return [key, { running: count("running"), suspended: count("suspended") }];
        }),
      ),
    ),
});
