/**
 * Mastra 1.x's validation of workflow input and resume data, done with ajv against the
 * workflow's and steps' JSON Schemas, with the messages Mastra's zod 4 schemas produce
 * (`Invalid input data: \n- value: Invalid input: expected number, received string`).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import type { JsonSchema } from "./workflow.js";

/** One problem, as zod reports it: a dotted path (`""` for the value itself) and a message. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** zod 4's name for the type of a value (`received …`). */
const receivedType = (value: unknown): string => {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isNaN(value)) return "NaN";
  return typeof value;
};

const dotted = (pointer: string): string =>
  pointer
    .split("/")
    .slice(1)
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"))
    .join(".");

const join = (base: string, key: string): string => (base === "" ? key : `${base}.${key}`);

const valueAt = (data: unknown, pointer: string): unknown =>
  pointer
    .split("/")
    .slice(1)
    .reduce<unknown>(
      (node, segment) =>
        (node as Record<string, unknown> | undefined)?.[
          segment.replaceAll("~1", "/").replaceAll("~0", "~")
        ],
      data,
    );

const toIssue = (error: ErrorObject, data: unknown): ValidationIssue | undefined => {
  const path = dotted(error.instancePath);
  switch (error.keyword) {
    case "type":
      return {
        path,
        message: `Invalid input: expected ${String(error.params["type"])}, received ${receivedType(valueAt(data, error.instancePath))}`,
      };
    case "required": {
      const missing = String(error.params["missingProperty"]);
      const properties = (error.parentSchema?.["properties"] ?? {}) as Record<string, JsonSchema>;
      const expected = properties[missing]?.["type"];
      return {
        path: join(path, missing),
        message: `Invalid input: expected ${typeof expected === "string" ? expected : "nonoptional"}, received undefined`,
      };
    }
    case "enum":
      return {
        path,
        message: `Invalid option: expected one of ${(error.params["allowedValues"] as unknown[]).map((v) => JSON.stringify(v)).join("|")}`,
      };
    // zod's objects strip unknown keys instead of rejecting them.
    case "additionalProperties":
      return undefined;
    default:
      return { path, message: `Invalid input: ${error.message ?? "invalid value"}` };
  }
};

/**
 * Creates a validator that checks values against JSON Schemas (compiled once per schema) and
 * answers zod-style issues.
 */
export const createInputValidator = () => {
  const ajv = new Ajv({ strict: false, allErrors: true, verbose: true });
  const compiled = new WeakMap<JsonSchema, ValidateFunction>();
  const compile = (schema: JsonSchema): ValidateFunction => {
    let fn = compiled.get(schema);
    if (!fn) {
      const { $schema: _ignored, ...rest } = schema as Record<string, unknown>;
      fn = ajv.compile(rest);
      compiled.set(schema, fn);
    }
    return fn;
  };
  return {
    /** The issues of `value` against `schema`; empty when it is valid. */
    issues(schema: JsonSchema, value: unknown): ValidationIssue[] {
      const fn = compile(schema);
      if (fn(value)) return [];
      return (fn.errors ?? []).flatMap((error) => toIssue(error, value) ?? []);
    },
  };
};

/** Mastra's message for invalid data: `<prefix>: ` then one `\n- path: message` line per issue. */
export const describeIssues = (prefix: string, issues: readonly ValidationIssue[]): string =>
  `${prefix}: ${issues.map((issue) => `\n- ${issue.path}: ${issue.message}`).join("")}`;
