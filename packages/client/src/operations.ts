/**
 * One declaration per API operation: its method, its path (typed against the wire's paths), whether
 * sending it twice is harmless, and whether its answer is a stream. The declaration drives the call
 * (`call-kit.ts`), the label in error messages and the retry policy (`transport.ts`), so a call site
 * names an operation once and never spells its path or its retry policy by hand.
 */
import type { paths } from "./schema.js";
import type { v1Operations, v1SurfaceOperations } from "./operations-1x.js";

/** The HTTP methods the Workflows API uses, as openapi-fetch spells them. */
export type OperationMethod = "get" | "post" | "delete";

/** The paths of `Paths` that have `method`. */
export type PathWith<Paths, M extends OperationMethod> = {
  [P in keyof Paths]: Paths[P] extends { [K in M]: object } ? P : never;
}[keyof Paths] &
  string;

/** One operation of a wire described by `Paths` (generated from an OpenAPI document). */
export type Operation<Paths = Record<string, unknown>> = {
  [M in OperationMethod]: {
    /** The HTTP method. */
    method: M;
    /** The path template, relative to the API prefix, as the OpenAPI document spells it. */
    path: PathWith<Paths, M>;
    /**
     * True when sending the request twice is harmless (reads, `create-run` with a runId). Only
     * these are retried after an answer that may have come from the server, and only GETs follow
     * (same-origin) redirects.
     */
    idempotent: boolean;
    /**
     * True for a stream open (watch, observe): one attempt only, because the watcher's reconnect
     * loop is the only retry layer for streams; the timeout covers the wait for the headers only.
     */
    stream?: boolean;
  };
}[OperationMethod];

/** Any operation, whatever wire it belongs to. */
export interface AnyOperation {
  method: OperationMethod;
  path: string;
  idempotent: boolean;
  stream?: boolean;
}

/** A table of operations keyed by the name the client calls them by. */
export type OperationTable<Paths> = Readonly<Record<string, Operation<Paths>>>;

/**
 * One row of an operation table. GET and DELETE are idempotent, as HTTP defines them; a POST only
 * when `flags.idempotent` says so. `flags.stream` marks a stream open (see {@link Operation}).
 */
export const op = <const M extends OperationMethod, const P extends string>(
  method: M,
  path: P,
  flags: { idempotent?: true; stream?: true } = {},
) => ({ method, path, idempotent: method !== "post", ...flags });

/** The Mastra 0.x wire (`openapi/workflows.yaml`). Mastra 1.x kept most of these routes. */
export const v0Operations = {
  listWorkflows: op("get", "/workflows"),
  getWorkflow: op("get", "/workflows/{workflowId}"),
  listRuns: op("get", "/workflows/{workflowId}/runs"),
  getRun: op("get", "/workflows/{workflowId}/runs/{runId}"),
  getExecutionResult: op("get", "/workflows/{workflowId}/runs/{runId}/execution-result"),
  // create-run with a runId is idempotent on the server: safe to send again.
  createRun: op("post", "/workflows/{workflowId}/create-run", { idempotent: true }),
  start: op("post", "/workflows/{workflowId}/start"),
  startAsync: op("post", "/workflows/{workflowId}/start-async"),
  resume: op("post", "/workflows/{workflowId}/resume"),
  resumeAsync: op("post", "/workflows/{workflowId}/resume-async"),
  cancelRun: op("post", "/workflows/{workflowId}/runs/{runId}/cancel"),
  sendRunEvent: op("post", "/workflows/{workflowId}/runs/{runId}/send-event"),
  watch: op("get", "/workflows/{workflowId}/watch", { stream: true }),
} as const satisfies OperationTable<paths>;

/** The name of an operation, for messages, middleware and logs. */
export type OperationName =
  keyof typeof v0Operations | keyof typeof v1Operations | keyof typeof v1SurfaceOperations;

/** What the transport knows about the call it sends. */
export interface OperationInfo {
  /** The operation's name, e.g. `startAsync`. */
  name: string;
  /** `GET`, `POST` or `DELETE`. */
  method: "GET" | "POST" | "DELETE";
  /** The path template, e.g. `/workflows/{workflowId}/start-async`. */
  path: string;
  idempotent: boolean;
  stream: boolean;
}

/** The transport's view of `operation`, named `name`. */
export function describeOperation(name: string, operation: AnyOperation): OperationInfo {
  return {
    name,
    method: operation.method === "get" ? "GET" : operation.method === "post" ? "POST" : "DELETE",
    path: operation.path,
    idempotent: operation.idempotent,
    stream: operation.stream === true,
  };
}

/**
 * `METHOD /api/path` for messages, from the URL that was requested: the path with its ids filled
 * in, plus the query for streams (where the run id travels).
 */
export function operationLabel(operation: OperationInfo, url: string): string {
  const parsed = new URL(url);
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep the encoded form
  }
  return `${operation.method} ${path}${operation.stream ? parsed.search : ""}`;
}
