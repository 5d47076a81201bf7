/**
 * The request side of the fake 1.x server: its headers and constants, zod-style `issues` answers,
 * the JSON body as 1.x reads it, and routing by the route table (`V1_ROUTES`).
 */
import { CORS_HEADERS, jsonResponse } from "./http-common.js";
import type { IncomingRequest } from "./incoming.js";
import { V1_ROUTES, type OperationId1x } from "./operation-ids.js";
import { RUN_RESULT_FIELDS } from "./v1-runs.js";
import type {
  BadRequest1x,
  BodyFields1x,
  ErrorIssue1x,
  PathParams1x,
  Query1x,
  RunStatus1x,
} from "./v1-reply.js";

export type Json = Record<string, unknown>;

export interface Ctx {
  request: IncomingRequest;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Json;
}

export const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  "access-control-allow-headers":
    "Content-Type,Authorization,A2A-Version,x-mastra-client-type,x-mastra-dev-playground",
  "access-control-allow-methods": "GET,POST,PUT,PATCH,DELETE,OPTIONS",
  "access-control-max-age": "3600",
  vary: "Access-Control-Request-Headers",
} as const;

/** 1.x streams answer `text/plain` without a charset. */
export const STREAM_HEADERS = { ...CORS_HEADERS, "content-type": "text/plain" };

/** The 1.x run statuses in the order zod's `Invalid option` message lists them. */
export const RUN_STATUSES: readonly RunStatus1x[] = [
  "running",
  "waiting",
  "suspended",
  "success",
  "failed",
  "canceled",
  "pending",
  "bailed",
  "tripwire",
  "paused",
  "skipped",
];

/** Whether `value` is a 1.x run status. */
export const isRunStatus1x = (value: string): value is RunStatus1x =>
  (RUN_STATUSES as readonly string[]).includes(value);

/** Statuses `/stream` refuses with 409. */
export const FINISHED = new Set(["success", "failed", "canceled", "tripwire"]);

/** How long a resume waits for a pending or running run to suspend (Mastra 1.x). */
export const RESUME_WAIT_MS = 2_000;

const FIELDS_ERROR = `Invalid field name. Available fields: ${RUN_RESULT_FIELDS.join(", ")}`;

/** The `fields` query parameter of `GET runs/{runId}` (a 400 with issues names an unknown one). */
export const parseRunFields = (raw: string | null): readonly string[] | undefined => {
  const fields = raw ? raw.split(",").map((field) => field.trim()) : undefined;
  if (fields?.some((field) => !(RUN_RESULT_FIELDS as readonly string[]).includes(field)))
    throw new IssuesError("Invalid query parameters", [{ field: "fields", message: FIELDS_ERROR }]);
  return fields;
};

/** A 400 with zod-style issues, as Mastra's request validation answers. */
export const issuesResponse = (error: string, issues: ErrorIssue1x[]): Response => {
  const body: BadRequest1x = { error, issues };
  return jsonResponse(400, body);
};

export class IssuesError extends Error {
  constructor(
    readonly label: string,
    readonly issues: ErrorIssue1x[],
  ) {
    super(label);
  }
}

export const missing = (field: string): ErrorIssue1x => ({
  field,
  message: "Invalid input: expected string, received undefined",
});

/** The error a step-schema failure carries in a stream's `workflow-finish` metadata. */
export const schemaError = (message: string, type: "input data" | "resume data"): Json => ({
  message,
  domain: "MASTRA_WORKFLOW",
  category: "USER",
  code: "WORKFLOW_SCHEMA_VALIDATION_FAILED",
  details: { type },
});

/** A 1.x route handler. */
export type Handle = (ctx: Ctx) => Promise<Response> | Response;

/**
 * What the handler of operation `Id` receives: its path parameters, query parameters and body
 * fields, named by the spec.
 */
export interface Ctx1x<Id extends OperationId1x> {
  request: IncomingRequest;
  params: PathParams1x<Id>;
  query: Query1x<Id>;
  body: BodyFields1x<Id>;
}

/** What the helpers shared by routes read of a request (each a part of every `Ctx1x` that has it). */
export interface RequestCtx {
  request: IncomingRequest;
}
/** A request naming a workflow in its path. */
export interface WorkflowCtx {
  params: { readonly workflowId: string };
}
/** A request of an operation whose spec documents the `runId` query parameter. */
export interface RunIdCtx {
  query: { readonly get: (name: "runId") => string | null };
}
/** A request whose body may carry a `requestContext`. */
export interface RequestContextCtx {
  body: { readonly requestContext?: unknown };
}

/** The handler of operation `Id`. */
export type Handle1x<Id extends OperationId1x> = (ctx: Ctx1x<Id>) => Promise<Response> | Response;

/** Each 1.x operation's handler. */
export type Handlers1x = { [Id in OperationId1x]: Handle1x<Id> };

/** The resume operations (one body, `ResumeRunBody`, and the `runId` query parameter). */
export type ResumeOperation =
  | "resumeWorkflowRun"
  | "resumeWorkflowRunAsync"
  | "resumeWorkflowRunNoWait"
  | "resumeStreamWorkflowRun";

/** The context of any one of the operations `Ids` (a handler shared by several routes). */
export type AnyCtx1x<Ids extends OperationId1x> = Ids extends OperationId1x ? Ctx1x<Ids> : never;

/**
 * Calls a route's handler with the parameters its own template gave (the template is the spec's
 * path of `id`, by `V1_ROUTES`' type), the query string (read by the names the spec documents)
 * and the body (read by the field names the spec documents, values unchecked).
 */
const bind =
  <Id extends OperationId1x>(handlers: Handlers1x, id: Id): Handle =>
  (ctx) =>
    handlers[id]({
      request: ctx.request,
      params: ctx.params as Ctx["params"] & PathParams1x<Id>,
      query: ctx.query,
      body: ctx.body as Json & BodyFields1x<Id>,
    });

/** A zod-like issue for a number query parameter, or `undefined` when it is fine. */
export const numberIssue = (field: string, raw: string, min?: number): ErrorIssue1x | undefined => {
  const value = Number(raw);
  if (raw.trim() === "" || Number.isNaN(value))
    return { field, message: "Invalid input: expected number, received NaN" };
  if (min !== undefined && value < min)
    return { field, message: `Too small: expected number to be >=${min}` };
  return undefined;
};

/** Mastra 1.x reads a JSON body only when the request says it is JSON. */
export const parseBody = (request: IncomingRequest, text: string): Json => {
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/json") || text.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new IssuesError("Invalid request body", [
      { field: "body", message: (error as Error).message },
    ]);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
    throw new IssuesError("Invalid request body", [
      {
        field: "body",
        message: `Invalid input: expected object, received ${parsed === null ? "null" : Array.isArray(parsed) ? "array" : typeof parsed}`,
      },
    ]);
  return parsed as Json;
};

/** Matches a method and a path (below the API prefix) to a 1.x route of `handlers`. */
export const createRouteMatcher = (handlers: Handlers1x) => {
  const compiled = V1_ROUTES.map(([method, template, operationId]) => {
    const names: string[] = [];
    const source = template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      names.push(name);
      return "([^/]+)";
    });
    const handle = bind(handlers, operationId);
    return { method, operationId, template, regex: new RegExp(`^${source}$`), names, handle };
  });
  return (method: string, path: string) => {
    for (const route of compiled) {
      if (route.method !== method) continue;
      const m = route.regex.exec(path);
      if (!m) continue;
      try {
        const params = Object.fromEntries(
          route.names.map((name, i) => [name, decodeURIComponent(m[i + 1]!)]),
        );
        return { route, params };
      } catch {
        return undefined;
      }
    }
    return undefined;
  };
};
