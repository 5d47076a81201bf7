/**
 * Workflow schemas arrive from `details()` as strings: superjson-wrapped JSON Schema on Mastra 0.x
 * (`{"json":{...}}`). This module is the one place that unwraps them, so it can be swapped for the
 * client's own helper.
 */

/** A JSON Schema, as far as the CLI reads one. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
  description?: string;
  default?: unknown;
  [key: string]: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Parses a schema string from `details()`: plain JSON Schema, or superjson's `{ json, meta? }`
 * wrapper around it. `undefined` for a missing or unreadable schema.
 *
 * @example
 * ```ts
 * parseWorkflowSchema('{"json":{"type":"string"}}'); // { type: "string" }
 * ```
 */
export const parseWorkflowSchema = (text: unknown): JsonSchema | undefined => {
  let value: unknown = text;
  if (typeof text === "string") {
    try {
      value = JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  if (!isObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.includes("json") && keys.every((key) => key === "json" || key === "meta")) {
    return isObject(value["json"]) ? (value["json"] as JsonSchema) : undefined;
  }
  return value as JsonSchema;
};
