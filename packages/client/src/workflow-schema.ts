import { InvalidResponseError } from "./errors.js";

/** A JSON Schema object, as `parseWorkflowSchema` returns it. */
export type JsonSchemaObject = { [keyword: string]: unknown };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** superjson's envelope: `{ json, meta? }` and nothing else. */
const isSuperjsonEnvelope = (value: Record<string, unknown>): boolean => {
  const keys = Object.keys(value);
  return Object.hasOwn(value, "json") && keys.every((key) => key === "json" || key === "meta");
};

/**
 * Parses one schema of a workflow's `details()` (`inputSchema`, `outputSchema`, and each step's
 * `inputSchema`, `outputSchema`, `suspendSchema`, `resumeSchema`) into a JSON Schema object.
 *
 * Mastra 0.x and 1.x send every schema as a string of superjson-wrapped JSON Schema
 * (`'{"json":{"type":"object",…}}'`); this unwraps it. A plain JSON Schema string, an already
 * parsed object and a boolean schema are accepted too. superjson's `meta` (which only restores
 * values JSON cannot hold, such as `undefined`) is dropped.
 *
 * @returns the schema, or `undefined` when the workflow or step declares none (absent, `null` or
 * an empty string).
 * @throws `InvalidResponseError` when the text is not JSON, or not a schema (an object or a
 * boolean) once unwrapped.
 *
 * @example
 * ```ts
 * const info = await client.getWorkflow("testWorkflow").details();
 * const input = parseWorkflowSchema(info.inputSchema);
 * // { type: "object", properties: { city: { type: "string" } }, required: ["city"], … }
 * const resume = parseWorkflowSchema(info.steps["approval"]?.resumeSchema);
 * ```
 */
export function parseWorkflowSchema(schema: unknown): JsonSchemaObject | undefined {
  if (schema === undefined || schema === null || schema === "") return undefined;
  let value: unknown = schema;
  if (typeof schema === "string") {
    try {
      value = JSON.parse(schema);
    } catch (cause) {
      throw new InvalidResponseError(
        `A workflow schema is not JSON: ${JSON.stringify(schema.slice(0, 80))}. Expected a ` +
          `(superjson-wrapped) JSON Schema string as Mastra sends it.`,
        { cause },
      );
    }
  }
  if (isObject(value) && isSuperjsonEnvelope(value)) value = value.json;
  if (value === true) return {};
  if (value === false) return { not: {} };
  if (!isObject(value)) {
    throw new InvalidResponseError(
      `A workflow schema is not a JSON Schema object: ${JSON.stringify(value)?.slice(0, 80)}.`,
    );
  }
  return value;
}
