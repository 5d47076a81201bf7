/**
 * The routes of Mastra 1.x servers (`@mastra/server` 1.69) that `@wfkit/client` calls, declared
 * in the shape openapi-fetch reads. `openapi/workflows.yaml` describes the 0.x wire only; this
 * file is the 1.x counterpart, kept to what the client sends and reads. Response bodies are typed
 * loosely (`V1Object`) where the client normalises them anyway.
 */
import type { WorkflowInfo, WorkflowList } from "./schema.js";

/** A JSON object the client reads field by field. */
export type V1Object = Record<string, unknown>;

/** The body of `start`, `start-async` and `stream`. */
export interface V1StartBody {
  inputData?: unknown;
  requestContext?: Record<string, unknown>;
}

/** The body of `resume` and `resume-async`; `step` is optional on 1.x. */
export interface V1ResumeBody {
  step?: string | string[];
  resumeData?: unknown;
  requestContext?: Record<string, unknown>;
}

/** The query of `GET runs`. */
export interface V1RunsQuery {
  fromDate?: string;
  toDate?: string;
  page?: number;
  perPage?: number;
  resourceId?: string;
  status?: string;
}

interface Json<T> {
  headers: { [name: string]: unknown };
  content: { "application/json": T };
}
interface Text {
  headers: { [name: string]: unknown };
  content: { "text/plain": string };
}
interface Failure {
  headers: { [name: string]: unknown };
  content: { "application/json": { error: string } };
}

/** An operation: required or optional query, JSON body or none, one success response. */
type Op<Path, Query, Req, Res, QueryRequired extends boolean = true> = {
  parameters: ([Query] extends [never]
    ? { query?: never }
    : QueryRequired extends true
      ? { query: Query }
      : { query?: Query }) &
    ([Path] extends [never] ? { path?: never } : { path: Path }) & {
      header?: never;
      cookie?: never;
    };
  responses: { 200: Res; default: Failure };
} & ([Req] extends [never]
  ? { requestBody?: never }
  : { requestBody: { content: { "application/json": Req } } });
type OpOptionalQuery<Path, Query, Req, Res> = Op<Path, Query, Req, Res, false>;

type WorkflowPath = { workflowId: string };
type RunPath = { workflowId: string; runId: string };
type RunQuery = { runId: string };

/** The 1.x routes, relative to the API prefix. */
export interface V1Paths {
  "/workflows": {
    get: OpOptionalQuery<never, never, never, Json<WorkflowList>>;
  };
  "/workflows/{workflowId}": {
    get: OpOptionalQuery<WorkflowPath, never, never, Json<WorkflowInfo>>;
  };
  "/workflows/{workflowId}/runs": {
    get: OpOptionalQuery<WorkflowPath, V1RunsQuery, never, Json<V1Object>>;
  };
  "/workflows/{workflowId}/runs/{runId}": {
    get: OpOptionalQuery<RunPath, { fields?: string }, never, Json<V1Object>>;
  };
  "/workflows/{workflowId}/create-run": {
    post: Op<WorkflowPath, RunQuery, never, Json<{ runId: string }>>;
  };
  "/workflows/{workflowId}/start": {
    post: Op<WorkflowPath, RunQuery, V1StartBody, Json<{ message: string }>>;
  };
  "/workflows/{workflowId}/start-async": {
    post: OpOptionalQuery<WorkflowPath, { runId?: string }, V1StartBody, Json<V1Object>>;
  };
  "/workflows/{workflowId}/resume": {
    post: Op<WorkflowPath, RunQuery, V1ResumeBody, Json<{ message: string }>>;
  };
  "/workflows/{workflowId}/resume-async": {
    post: Op<WorkflowPath, RunQuery, V1ResumeBody, Json<V1Object>>;
  };
  "/workflows/{workflowId}/observe": {
    post: Op<WorkflowPath, RunQuery & { offset?: number }, never, Text>;
  };
  "/workflows/{workflowId}/runs/{runId}/cancel": {
    post: OpOptionalQuery<RunPath, never, never, Json<{ message: string }>>;
  };
}
