import { Ajv, type ValidateFunction } from "ajv";
import type { JsonSchema } from "./schema.js";

const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: false });
const compiled = new Map<string, ValidateFunction>();

/**
 * Checks a value against a JSON Schema. Returns `undefined` when it matches, else one readable
 * line such as `approved must be boolean`. A schema that cannot be compiled accepts everything:
 * the server has the last word.
 */
export const checkAgainstSchema = (
  schema: JsonSchema | undefined,
  value: unknown,
): string | undefined => {
  if (schema === undefined) return undefined;
  const { $schema: _ignored, ...rest } = schema;
  const key = JSON.stringify(rest);
  let validate = compiled.get(key);
  if (validate === undefined) {
    try {
      validate = ajv.compile(rest);
    } catch {
      return undefined;
    }
    compiled.set(key, validate);
  }
  if (validate(value)) return undefined;
  const error = validate.errors?.[0];
  if (error === undefined) return "does not match the schema";
  const where =
    error.instancePath === "" ? "the data" : error.instancePath.slice(1).replaceAll("/", ".");
  const extra =
    error.keyword === "additionalProperties"
      ? ` (${String((error.params as { additionalProperty?: unknown }).additionalProperty)})`
      : "";
  return `${where} ${error.message ?? "is invalid"}${extra}`;
};

/** Parses JSON typed by a user; `UsageError`-ready message on failure. */
export const parseJsonText = (
  text: string,
): { ok: true; value: unknown } | { ok: false; message: string } => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
};

/** An example value a schema accepts (required fields only), for "how to resume" hints. */
export const exampleFor = (schema: JsonSchema | undefined): unknown => {
  if (schema === undefined) return {};
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "boolean":
      return true;
    case "number":
    case "integer":
      return 0;
    case "string":
      return "…";
    case "array":
      return [];
    case "null":
      return null;
    default: {
      const example: Record<string, unknown> = {};
      for (const name of schema.required ?? [])
        example[name] = exampleFor(schema.properties?.[name]);
      return example;
    }
  }
};
