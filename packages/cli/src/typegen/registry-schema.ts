/**
 * Builds the one JSON Schema `wfkit typegen` converts: an object keyed by workflow key whose values
 * hold each workflow's parts (input, result, steps and their input, output, suspend, resume), so the
 * converter names and deduplicates types across the whole file in one pass.
 */
import type { JsonSchemaObject } from "@wfkit/client";

/** The schema standing for a part that could not be converted: TypeScript's `unknown`. */
export const UNKNOWN_SCHEMA: JsonSchemaObject = { tsType: "unknown" };

/** One step's parts; a part the server did not describe is absent. */
export interface StepParts {
  input?: JsonSchemaObject;
  output?: JsonSchemaObject;
  suspend?: JsonSchemaObject;
  resume?: JsonSchemaObject;
}

/** One workflow's parts. */
export interface WorkflowParts {
  input?: JsonSchemaObject;
  result?: JsonSchemaObject;
  steps: Map<string, StepParts>;
}

/** Keywords whose values are data, not schemas: never rewritten or reordered. */
const DATA_KEYWORDS = new Set(["enum", "const", "default", "examples", "required"]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Converter keywords that would copy text from the server into the generated code verbatim
 * (`tsType`), or name things after it (`tsEnumNames`): dropped from every server schema.
 */
const CONVERTER_KEYWORDS = new Set(["tsType", "tsEnumNames"]);

/** One JSON Pointer segment, escaped for a URI fragment. */
const pointerSegment = (segment: string): string =>
  encodeURIComponent(segment.replace(/~/g, "~0").replace(/\//g, "~1"));

/** The `$ref` of a schema that points outside it (a URL or a file), if any. */
export const findExternalRef = (schema: unknown): string | undefined => {
  if (Array.isArray(schema)) {
    for (const item of schema) {
      const found = findExternalRef(item);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isObject(schema)) return undefined;
  for (const [key, value] of Object.entries(schema)) {
    if (DATA_KEYWORDS.has(key)) continue;
    if (key === "$ref" && typeof value === "string" && !value.startsWith("#")) return value;
    const found = findExternalRef(value);
    if (found !== undefined) return found;
  }
  return undefined;
};

/**
 * A copy of `schema` placed at `pointer` inside a larger document: local `$ref`s (`#/…`) are
 * prefixed with it, and every object's keys are sorted (data keywords keep their values as sent),
 * so the same schemas always give the same text. Objects are built without a prototype.
 */
export const relocate = (schema: unknown, pointer: string): unknown => {
  if (Array.isArray(schema)) return schema.map((item) => relocate(item, pointer));
  if (!isObject(schema)) return schema;
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(schema).sort()) {
    const value = schema[key];
    if (CONVERTER_KEYWORDS.has(key)) continue;
    if (DATA_KEYWORDS.has(key)) out[key] = value;
    else if (key === "$ref" && typeof value === "string" && value.startsWith("#")) {
      out[key] = pointer + value.slice(1);
    } else out[key] = relocate(value, pointer);
  }
  return out;
};

/** `schema` relocated to `pointer`, or {@link UNKNOWN_SCHEMA} as it is. */
const place = (schema: JsonSchemaObject, pointer: string): unknown =>
  schema === UNKNOWN_SCHEMA ? { tsType: "unknown" } : relocate(schema, pointer);

/** A closed object schema whose properties are all required. */
const closedObject = (properties: Record<string, unknown>): JsonSchemaObject => ({
  type: "object",
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

/**
 * The document for the converter: `{ [workflowKey]: { input?, result?, steps? } }` with workflow
 * keys and step ids sorted, each part relocated to where it sits.
 */
export const buildRegistrySchema = (
  workflows: ReadonlyMap<string, WorkflowParts>,
): JsonSchemaObject => {
  const root = "#/properties";
  const entries: Record<string, unknown> = Object.create(null);
  for (const key of [...workflows.keys()].sort()) {
    const workflow = workflows.get(key)!;
    const at = `${root}/${pointerSegment(key)}/properties`;
    const entry: Record<string, unknown> = Object.create(null);
    if (workflow.input) entry.input = place(workflow.input, `${at}/input`);
    if (workflow.result) entry.result = place(workflow.result, `${at}/result`);
    if (workflow.steps.size > 0) {
      const steps: Record<string, unknown> = Object.create(null);
      for (const id of [...workflow.steps.keys()].sort()) {
        const parts = workflow.steps.get(id)!;
        const stepAt = `${at}/steps/properties/${pointerSegment(id)}/properties`;
        const step: Record<string, unknown> = Object.create(null);
        for (const part of ["input", "output", "resume", "suspend"] as const) {
          const schema = parts[part];
          if (schema) step[part] = place(schema, `${stepAt}/${part}`);
        }
        steps[id] = closedObject(step);
      }
      entry.steps = closedObject(steps);
    }
    entries[key] = closedObject(entry);
  }
  return closedObject(entries);
};
