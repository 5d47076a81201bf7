/** A workflow as Mastra 0.x describes it: details, list entries, the serialised step graph. */
import { compact } from "./json-clone.js";
import type { components } from "./wire-types.js";
import type { JsonSchema, Step, Workflow, WorkflowEntry } from "./workflow.js";

type Schemas = components["schemas"];

/** Serialises a JSON Schema the way Mastra reports it: a superjson string `{"json": schema}`. */
export const serializeSchema = (schema: JsonSchema | undefined): string | undefined =>
  schema === undefined ? undefined : JSON.stringify({ json: schema });

const EMPTY_OBJECT_SCHEMA: JsonSchema = {
  type: "object",
  properties: {},
  additionalProperties: false,
  $schema: "http://json-schema.org/draft-07/schema#",
};

const stepOf = (
  entry: WorkflowEntry,
): Pick<
  Step,
  "id" | "description" | "inputSchema" | "outputSchema" | "resumeSchema" | "suspendSchema"
> =>
  entry.type === "step"
    ? entry.step
    : { id: entry.id, inputSchema: EMPTY_OBJECT_SCHEMA, outputSchema: EMPTY_OBJECT_SCHEMA };

const stepInfo = (step: ReturnType<typeof stepOf>): Schemas["WorkflowStepInfo"] =>
  compact({
    id: step.id,
    description: step.description,
    inputSchema: serializeSchema(step.inputSchema),
    outputSchema: serializeSchema(step.outputSchema),
    resumeSchema: serializeSchema(step.resumeSchema),
    suspendSchema: serializeSchema(step.suspendSchema),
  });

/** The serialized step graph (`stepGraph`, `serializedStepGraph`). */
export const serializeGraph = (workflow: Workflow): Schemas["StepGraphEntry"][] =>
  workflow.graph.map((entry) =>
    entry.type === "step"
      ? { type: "step", step: compact({ id: entry.step.id, description: entry.step.description }) }
      : { type: "sleep", id: entry.id, duration: entry.duration },
  );

/**
 * A workflow's details as Mastra reports them. The list route and the details route serialise
 * the same fields in different orders (`name` first in the list, `steps` first in details).
 */
export const describeWorkflow = (
  workflow: Workflow,
  order: "list" | "details" = "list",
): Schemas["WorkflowInfo"] => {
  const steps: Record<string, Schemas["WorkflowStepInfo"]> = {};
  const allSteps: Record<string, Schemas["WorkflowStepInfo"]> = {};
  for (const entry of workflow.graph) {
    const step = stepOf(entry);
    steps[step.id] = stepInfo(step);
    allSteps[step.id] = { ...stepInfo(step), isWorkflow: false };
  }
  const stepGraph = serializeGraph(workflow);
  const inputSchema = serializeSchema(workflow.inputSchema);
  const outputSchema = serializeSchema(workflow.outputSchema);
  const { id: name, description } = workflow;
  return order === "list"
    ? compact({ name, description, steps, allSteps, stepGraph, inputSchema, outputSchema })
    : compact({ steps, allSteps, name, description, stepGraph, inputSchema, outputSchema });
};
