/** A workflow as Mastra 1.x describes it: extra keys, `$schema` first, `canSuspend` steps. */
import { describeWorkflow, serializeGraph } from "./workflow-description.js";
import type { Workflow } from "./workflow.js";

type Json = Record<string, unknown>;

/** A JSON Schema string with `$schema` first, as 1.x's zod 4 conversion writes it. */
const schemaFirst = (serialized: unknown): unknown => {
  if (typeof serialized !== "string") return serialized;
  const { json } = JSON.parse(serialized) as { json: Json };
  if (!("$schema" in json)) return serialized;
  const { $schema, ...rest } = json;
  return JSON.stringify({ json: { $schema, ...rest } });
};

const SCHEMA_KEYS = ["inputSchema", "outputSchema", "resumeSchema", "suspendSchema"] as const;

const withSchemasFirst = (info: Json): Json => {
  const copy: Json = { ...info };
  for (const key of SCHEMA_KEYS) if (key in copy) copy[key] = schemaFirst(copy[key]);
  return copy;
};

/** The 1.x step graph: steps say whether they can suspend (they declare a suspend or resume schema). */
export const serializeGraphV1 = (workflow: Workflow): Json[] =>
  serializeGraph(workflow).map((entry, index) => {
    const source = workflow.graph[index];
    if (entry.type !== "step" || source?.type !== "step") return entry as Json;
    const canSuspend =
      source.step.suspendSchema !== undefined || source.step.resumeSchema !== undefined;
    return { type: "step", step: { ...entry.step, canSuspend } };
  });

/** A workflow's details and list value on 1.x: extra keys, `$schema` first, `canSuspend`. */
export const describeWorkflowV1 = (workflow: Workflow): Json => {
  const info = describeWorkflow(workflow) as Json;
  const mapSteps = (steps: unknown) =>
    Object.fromEntries(
      Object.entries(steps as Record<string, Json>).map(([id, step]) => [
        id,
        withSchemasFirst(step),
      ]),
    );
  const schemas = withSchemasFirst(info);
  return {
    name: info["name"],
    ...(info["description"] === undefined ? {} : { description: info["description"] }),
    origin: "code",
    steps: mapSteps(info["steps"]),
    allSteps: mapSteps(info["allSteps"]),
    stepGraph: serializeGraphV1(workflow),
    ...(schemas["inputSchema"] === undefined ? {} : { inputSchema: schemas["inputSchema"] }),
    ...(schemas["outputSchema"] === undefined ? {} : { outputSchema: schemas["outputSchema"] }),
    options: { validateInputs: true, emitStepEvents: true },
    isProcessorWorkflow: false,
  };
};
