import type { JsonSchema } from "./schema.js";

const literal = (value: unknown): string => JSON.stringify(value) ?? String(value);

const key = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : literal(name));

/**
 * A JSON Schema as a readable TypeScript-like type, e.g. `{ city: string; approver?: string }`.
 *
 * @example
 * ```ts
 * schemaToType({ type: "object", properties: { a: { type: "number" } }, required: ["a"] }); // "{ a: number }"
 * ```
 */
export const schemaToType = (schema: JsonSchema | undefined): string => {
  if (schema === undefined) return "unknown";
  if (schema.const !== undefined) return literal(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map(literal).join(" | ");
  const union = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(union)) return union.map(schemaToType).join(" | ");
  if (Array.isArray(schema.allOf)) return schema.allOf.map(schemaToType).join(" & ");
  if (Array.isArray(schema.type)) {
    return schema.type.map((type) => schemaToType({ ...schema, type })).join(" | ");
  }
  switch (schema.type) {
    case "string":
    case "number":
    case "boolean":
    case "null":
      return schema.type;
    case "integer":
      return "number";
    case "array": {
      const items = schema.items;
      if (Array.isArray(items)) return `[${items.map(schemaToType).join(", ")}]`;
      const inner = schemaToType(items);
      return inner.includes(" ") && !inner.startsWith("{") ? `(${inner})[]` : `${inner}[]`;
    }
    case "object":
    case undefined: {
      if (schema.properties === undefined && schema.type === undefined) return "unknown";
      const required = new Set(schema.required ?? []);
      const fields = Object.entries(schema.properties ?? {}).map(
        ([name, sub]) => `${key(name)}${required.has(name) ? "" : "?"}: ${schemaToType(sub)}`,
      );
      const extra = schema.additionalProperties;
      if (typeof extra === "object") fields.push(`[key: string]: ${schemaToType(extra)}`);
      else if (fields.length === 0 && extra !== false) return "Record<string, unknown>";
      return fields.length === 0 ? "{}" : `{ ${fields.join("; ")} }`;
    }
    default:
      return "unknown";
  }
};
