/**
 * The request side of the fake 1.x server: its headers and constants, zod-style `issues` answers,
 * the JSON body as 1.x reads it, and routing by the route table (`V1_ROUTES`).
 */
import { CORS_HEADERS, jsonResponse } from "./http-common.js";
import type { IncomingRequest } from "./incoming.js";
import { V1_ROUTES, type OperationId1x } from "./operation-ids.js";
import { RUN_RESULT_FIELDS } from "./v1-runs.js";
import type { BodyFields1x, PathParams1x } from "./v1-reply.js";

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

export const RUN_STATUSES = [
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

/** Statuses `/stream` refuses with 409. */
export const FINISHED = new Set(["success", "failed", "canceled", "tripwire"]);

/** How long a resume waits for a pending or running run to suspend (Mastra 1.x). */
export const RESUME_WAIT_MS = 2_000;

export const FIELDS_ERROR = `Invalid field name. Available fields: ${RUN_RESULT_FIELDS.join(", ")}`;

/** A 400 with zod-style issues, as Mastra's request validation answers. */
export const issuesResponse = (
  error: string,
  issues: { field: string; message: string }[],
): Response => jsonResponse(400, { error, issues });

export class IssuesError extends Error {
  constructor(
    readonly label: string,
    readonly issues: { field: string; message: string }[],
  ) {
    super(label);
  }
}

export const missing = (field: string) => ({
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

/** What the handler of operation `Id` receives: its path parameters and body fields by the spec. */
export interface Ctx1x<Id extends OperationId1x> extends Ctx {
  params: PathParams1x<Id>;
  body: BodyFields1x<Id>;
}

/** The handler of operation `Id`. */
export type Handle1x<Id extends OperationId1x> = (ctx: Ctx1x<Id>) => Promise<Response> | Response;

/** Each 1.x operation's handler. */
export type Handlers1x = { [Id in OperationId1x]: Handle1x<Id> };

/** Calls a route's handler with the parameters and body its own template and request gave. */
const bind =
  <Id extends OperationId1x>(handlers: Handlers1x, id: Id): Handle =>
  (ctx) =>
    handlers[id](ctx as Ctx1x<Id>);

/** A zod-like issue for a number query parameter, or `undefined` when it is fine. */
export const numberIssue = (field: string, raw: string, min?: number) => {
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
