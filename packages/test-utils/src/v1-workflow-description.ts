/** A workflow as Mastra 1.x describes it: extra keys, `$schema` first, `canSuspend` steps. */
import type { StepGraphEntry1x, WorkflowInfo1x } from "./v1-reply.js";
import { describeWorkflow, serializeGraph } from "./workflow-description.js";
import type { Workflow } from "./workflow.js";

type StepInfo1x = WorkflowInfo1x["steps"][string];

/** A JSON Schema string with `$schema` first, as 1.x's zod 4 conversion writes it. */
const schemaFirst = (serialized: string): string => {
  const { json } = JSON.parse(serialized) as { json: Record<string, unknown> };
  if (!("$schema" in json)) return serialized;
  const { $schema, ...rest } = json;
  return JSON.stringify({ json: { $schema, ...rest } });
};

const SCHEMA_KEYS = ["inputSchema", "outputSchema", "resumeSchema", "suspendSchema"] as const;

/** A step with each serialised schema it has rewritten `$schema` first (keys keep their order). */
const withSchemasFirst = (step: StepInfo1x): StepInfo1x => {
  const copy: StepInfo1x = { ...step };
  for (const key of SCHEMA_KEYS) {
    const value = copy[key];
    if (value !== undefined) copy[key] = schemaFirst(value);
  }
  return copy;
};

/** The 1.x step graph: steps say whether they can suspend (they declare a suspend or resume schema). */
export const serializeGraphV1 = (workflow: Workflow): StepGraphEntry1x[] =>
  serializeGraph(workflow).map((entry, index): StepGraphEntry1x => {
    const source = workflow.graph[index];
    if (entry.type !== "step" || source?.type !== "step") return entry;
    const canSuspend =
      source.step.suspendSchema !== undefined || source.step.resumeSchema !== undefined;
    return { type: "step", step: { ...entry.step, canSuspend } };
  });

const mapSteps = (steps: Record<string, StepInfo1x>): Record<string, StepInfo1x> =>
  Object.fromEntries(Object.entries(steps).map(([id, step]) => [id, withSchemasFirst(step)]));

/** A workflow's details and list value on 1.x: extra keys, `$schema` first, `canSuspend`. */
export const describeWorkflowV1 = (workflow: Workflow): WorkflowInfo1x => {
  const info = describeWorkflow(workflow);
  const { inputSchema, outputSchema } = info;
  return {
    name: info.name,
    ...(info.description === undefined ? {} : { description: info.description }),
    origin: "code",
    steps: mapSteps(info.steps),
    allSteps: mapSteps(info.allSteps),
    stepGraph: serializeGraphV1(workflow),
    ...(inputSchema === undefined ? {} : { inputSchema: schemaFirst(inputSchema) }),
    ...(outputSchema === undefined ? {} : { outputSchema: schemaFirst(outputSchema) }),
    options: { validateInputs: true, emitStepEvents: true },
    isProcessorWorkflow: false,
  };
};
