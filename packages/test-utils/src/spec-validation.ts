/**
 * Validation of requests and responses against an OpenAPI document (`openapi/workflows.yaml` for
 * 0.x, `openapi/workflows-1.x.yaml` for 1.x), with ajv fed from the generated spec constants: no
 * hand-written checks, so a spec change changes what is accepted.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { spec } from "./generated/spec.gen.js";

/** An OpenAPI document as the generated spec constants (`spec`, `spec1x`) hold it. */
export type SpecDocument = { readonly paths: { readonly [path: string]: unknown } };

type Json = Record<string, unknown>;

const isJson = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `value[key]` when `value` is a JSON object. */
const field = (value: unknown, key: string): unknown => (isJson(value) ? value[key] : undefined);

/** `value` when it is a JSON object, else `{}`. */
const object = (value: unknown): Json => (isJson(value) ? value : {});

/** `value` when it is an array, else `[]`. */
const arrayOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** A spec operation the router can match. */
export interface SpecOperation {
  readonly operationId: string;
  readonly method: string;
  /** The path template without the server prefix, e.g. `/workflows/{workflowId}/watch`. */
  readonly path: string;
  readonly pathParamNames: readonly string[];
  readonly regex: RegExp;
}

/** The decoded parts of a request that strict mode checks. */
export interface RequestParts {
  pathParams: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body; `undefined` when the request has none. */
  body: unknown;
  hasBody: boolean;
}

const escapePointer = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

/** Follows OpenAPI-level `$ref`s (`#/components/...`) inside `document`. */
const deref = (document: SpecDocument, value: unknown): Json => {
  let current = value;
  for (let i = 0; i < 20; i++) {
    const ref = field(current, "$ref");
    if (typeof ref !== "string") break;
    current = ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>(
        (node, key) => field(node, key.replaceAll("~1", "/").replaceAll("~0", "~")),
        document,
      );
  }
  return object(current);
};

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Every operation of `document`, in document order. */
export const operationsOf = (document: SpecDocument): readonly SpecOperation[] =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => field(item, method) !== undefined).map((method) => {
      const names: string[] = [];
      const source = path
        .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
        .replace(/\{([^}]+)\}/g, (_m, name: string) => {
          names.push(name);
          return "([^/]+)";
        });
      return {
        operationId: String(field(field(item, method), "operationId")),
        method: method.toUpperCase(),
        path,
        pathParamNames: names,
        regex: new RegExp(`^${source}$`),
      };
    }),
  );

/** Formats ajv errors as one readable line. */
const describe = (errors: ErrorObject[] | null | undefined, where: string): string =>
  (errors ?? []).map((e) => `${where}${e.instancePath} ${e.message ?? "is invalid"}`).join("; ");

/**
 * Creates validators for requests (`strict: true`) and responses (`validateResponses: true`)
 * against `document` (the 0.x spec unless told). Validators are compiled on first use.
 */
export const createSpecValidator = (document: SpecDocument = spec, id = "workflows") => {
  const SPEC_ID = `https://wfkit.dev/openapi/${id}.json`;
  const specOperations = operationsOf(document);
  // `discriminator` stays off: ajv rejects OpenAPI `mapping`; `oneOf` alone decides.
  const bodies = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(bodies);
  bodies.addSchema(document, SPEC_ID);
  // Query and path parameters arrive as strings: let ajv coerce `"20"` to an integer.
  const params = new Ajv2020({ strict: false, allErrors: true, coerceTypes: true });
  addFormats(params);
  // Parameter schemas may `$ref` the document's components (1.x: `RunStatus`).
  params.addSchema(document, SPEC_ID);
  const absolute = (schema: unknown): unknown =>
    JSON.parse(JSON.stringify(schema ?? {}).replaceAll('"$ref":"#/', `"$ref":"${SPEC_ID}#/`));

  const cache = new Map<string, ValidateFunction>();
  const byPointer = (pointer: string): ValidateFunction => {
    let fn = cache.get(pointer);
    if (!fn) {
      fn = bodies.compile({ $ref: `${SPEC_ID}#${pointer}` });
      cache.set(pointer, fn);
    }
    return fn;
  };
  const operationPointer = (op: SpecOperation) =>
    `/paths/${escapePointer(op.path)}/${op.method.toLowerCase()}`;
  const operationOf = (op: SpecOperation): Json =>
    object(field(document.paths[op.path], op.method.toLowerCase()));

  const parametersOf = (op: SpecOperation): Json[] =>
    [
      ...arrayOf(field(document.paths[op.path], "parameters")),
      ...arrayOf(operationOf(op)["parameters"]),
    ].map((parameter) => deref(document, parameter));

  const paramCache = new Map<string, ValidateFunction>();
  const paramValidator = (op: SpecOperation, location: "path" | "query"): ValidateFunction => {
    const key = `${op.operationId} ${location}`;
    let fn = paramCache.get(key);
    if (!fn) {
      const list = parametersOf(op).filter((p) => p["in"] === location);
      fn = params.compile({
        type: "object",
        properties: Object.fromEntries(list.map((p) => [p["name"], absolute(p["schema"])])),
        required: list.filter((p) => p["required"] === true).map((p) => p["name"]),
      });
      paramCache.set(key, fn);
    }
    return fn;
  };

  return {
    operations: specOperations,

    /** Finds the operation for a method and a path relative to the API prefix. */
    match(
      method: string,
      path: string,
    ): { op: SpecOperation; pathParams: Record<string, string> } | undefined {
      for (const op of specOperations) {
        if (op.method !== method) continue;
        const m = op.regex.exec(path);
        if (!m) continue;
        const pathParams: Record<string, string> = {};
        let ok = true;
        op.pathParamNames.forEach((name, i) => {
          try {
            pathParams[name] = decodeURIComponent(m[i + 1]!);
          } catch {
            ok = false;
          }
        });
        if (ok) return { op, pathParams };
      }
      return undefined;
    },

    /** Checks a request against the operation; returns an error message or `undefined`. */
    validateRequest(op: SpecOperation, parts: RequestParts): string | undefined {
      const pathFn = paramValidator(op, "path");
      if (!pathFn({ ...parts.pathParams }))
        return `Invalid request: ${describe(pathFn.errors, "path")}`;
      const query: Record<string, string> = {};
      for (const [k, v] of parts.query) query[k] = v;
      const queryFn = paramValidator(op, "query");
      if (!queryFn(query)) return `Invalid request: ${describe(queryFn.errors, "query")}`;
      const requestBody = operationOf(op)["requestBody"];
      if (requestBody === undefined) return undefined;
      const resolved = deref(document, requestBody);
      if (!parts.hasBody)
        return resolved["required"] === true
          ? "Invalid request: a JSON body is required"
          : undefined;
      const ref = field(requestBody, "$ref");
      const pointer =
        typeof ref === "string"
          ? `${ref.slice(1)}/content/application~1json/schema`
          : `${operationPointer(op)}/requestBody/content/application~1json/schema`;
      const bodyFn = byPointer(pointer);
      return bodyFn(parts.body) ? undefined : `Invalid request: ${describe(bodyFn.errors, "body")}`;
    },

    /**
     * Checks a JSON response body against the schema the spec documents for the status; returns
     * a violation message or `undefined`.
     */
    validateResponse(
      op: SpecOperation,
      status: number,
      contentType: string,
      body: unknown,
    ): string | undefined {
      const responses = object(operationOf(op)["responses"]);
      const key =
        String(status) in responses
          ? String(status)
          : "default" in responses
            ? "default"
            : undefined;
      if (key === undefined)
        return `${op.operationId}: status ${status} is not documented in the spec`;
      const response = deref(document, responses[key]);
      const content = object(response["content"]);
      const media = contentType.split(";")[0]!.trim().toLowerCase();
      if (!(media in content)) {
        return `${op.operationId}: status ${status} answered ${media || "no content type"}, the spec documents ${Object.keys(content).join(", ") || "no body"}`;
      }
      if (media !== "application/json") return undefined;
      const ref = field(responses[key], "$ref");
      const pointer =
        typeof ref === "string"
          ? `${ref.slice(1)}/content/application~1json/schema`
          : `${operationPointer(op)}/responses/${key}/content/application~1json/schema`;
      const fn = byPointer(pointer);
      return fn(body)
        ? undefined
        : `${op.operationId}: status ${status} body ${describe(fn.errors, "")}`.trim();
    },

    /** Checks one decoded record of a streaming response (`x-record-schema`). */
    validateRecord(op: SpecOperation, record: unknown): string | undefined {
      const response = deref(document, field(operationOf(op)["responses"], "200"));
      const media = Object.values(object(response["content"]))[0];
      const bodySchema = deref(document, field(media, "schema"));
      const recordRef = field(bodySchema["x-record-schema"], "$ref");
      if (typeof recordRef !== "string")
        return `${op.operationId}: the spec names no record schema`;
      const fn = byPointer(recordRef.slice(1));
      return fn(record) ? undefined : `${op.operationId}: record ${describe(fn.errors, "")}`.trim();
    },
  };
};

/** The validator returned by {@link createSpecValidator}. */
export type SpecValidator = ReturnType<typeof createSpecValidator>;
