import Ajv2020 from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** The record separator that terminates every stream record (U+001E, not U+001F). */
export const RECORD_SEPARATOR = "\u001E";

/** A loosely typed OpenAPI document (the parsed YAML). */
export type SpecDocument = Record<string, unknown> & {
  components: { schemas: Record<string, Record<string, unknown>> };
};

/** One example found in the spec, with the schema it must satisfy. */
export interface ExampleCase {
  /** Where the example lives, e.g. `components.schemas.WatchRecord.examples[0]`. */
  location: string;
  schema: unknown;
  value: unknown;
}

const SPEC_ID = "https://wfkit.invalid/openapi/workflows.json";

/** OpenAPI keywords and extensions allowed in schemas; annotations only. */
const ANNOTATION_KEYWORDS = [
  "components",
  "discriminator",
  "example",
  "x-record-schema",
  "x-record-separator",
  "x-record-encoding",
];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Points local `#/…` references at the registered spec document, so any subschema compiles alone. */
function absolutizeRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(absolutizeRefs);
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) =>
      key === "$ref" && typeof value === "string" && value.startsWith("#")
        ? [key, SPEC_ID + value]
        : [key, absolutizeRefs(value)],
    ),
  );
}

/** A strict ajv (JSON Schema 2020-12, as OpenAPI 3.1 uses) that knows the spec's components. */
export function createSpecValidator(spec: SpecDocument) {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword(keyword);
  ajv.addSchema({ $id: SPEC_ID, components: { schemas: spec.components.schemas } });

  const cache = new Map<unknown, ValidateFunction>();
  const compile = (schema: unknown): ValidateFunction => {
    let validate = cache.get(schema);
    if (!validate) {
      validate = ajv.compile(absolutizeRefs(schema) as object);
      cache.set(schema, validate);
    }
    return validate;
  };

  return {
    /** Compiles a component schema by name. */
    component: (name: string) => compile({ $ref: `#/components/schemas/${name}` }),
    /** Compiles any schema taken from the spec (local references resolve against the spec). */
    compile,
    /** Validates a value; returns ajv's error text, or `undefined` when valid. */
    check(schema: unknown, value: unknown): string | undefined {
      const validate = compile(schema);
      return validate(value) ? undefined : ajv.errorsText(validate.errors);
    },
  };
}

const pathKey = (key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;

/**
 * Finds every example in the spec: `examples` arrays of schemas (validated against that schema),
 * and `example` / `examples` of media types and parameters (validated against their `schema`).
 */
export function collectExamples(spec: SpecDocument): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const walk = (node: unknown, location: string, inSchema: boolean): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, `${location}[${index}]`, inSchema));
      return;
    }
    if (!isObject(node)) return;
    if (inSchema && Array.isArray(node.examples)) {
      node.examples.forEach((value, index) =>
        cases.push({ location: `${location}.examples[${index}]`, schema: node, value }),
      );
    }
    if (!inSchema && "schema" in node) {
      if ("example" in node) {
        cases.push({ location: `${location}.example`, schema: node.schema, value: node.example });
      }
      if (isObject(node.examples)) {
        for (const [name, example] of Object.entries(node.examples)) {
          if (!isObject(example) || !("value" in example)) {
            throw new Error(`${location}.examples${pathKey(name)} has no inline value`);
          }
          cases.push({
            location: `${location}.examples${pathKey(name)}`,
            schema: node.schema,
            value: example.value,
          });
        }
      }
    }
    for (const [key, value] of Object.entries(node)) {
      // Schema `examples` arrays hold instances, not schemas: don't look for examples inside them.
      if (
        inSchema &&
        (key === "examples" || key === "example" || key === "const" || key === "enum")
      ) {
        continue;
      }
      const childInSchema =
        inSchema || key === "schema" || (location === "components" && key === "schemas");
      walk(value, `${location}${pathKey(key)}`, childInSchema);
    }
  };
  for (const [key, value] of Object.entries(spec)) walk(value, key, false);
  return cases;
}

/**
 * Decodes a stream body: splits on U+001E and parses each non-empty piece, parsing again when the
 * first parse yields a string (the watch body is double-encoded).
 */
export function decodeRecords(body: string): { records: unknown[]; doubleEncoded: boolean[] } {
  const records: unknown[] = [];
  const doubleEncoded: boolean[] = [];
  for (const piece of body.split(RECORD_SEPARATOR)) {
    if (piece === "") continue;
    const once: unknown = JSON.parse(piece);
    const twice = typeof once === "string";
    doubleEncoded.push(twice);
    records.push(twice ? JSON.parse(once) : once);
  }
  return { records, doubleEncoded };
}
