/**
 * The fake 1.x server's operations typed by `openapi/workflows-1.x.yaml` (its generated types):
 * each operation id of `V1_ROUTES` mapped to the generated operation at its method and path, and
 * the typed answer helper over them.
 */
import type { paths1x } from "@wfkit/client";
import type { OperationId1x, V1_ROUTES } from "./operation-ids.js";
import { createReply, type JsonBodyOf } from "./typed-reply.js";

type RouteOf<Id extends OperationId1x> = Extract<
  (typeof V1_ROUTES)[number],
  readonly [string, string, Id]
>;

/** The generated 1.x operation of a route of `V1_ROUTES`, found by its method and path. */
export type Operation1x<Id extends OperationId1x> =
  RouteOf<Id> extends readonly [infer M extends string, infer P extends keyof paths1x, Id]
    ? paths1x[P][Lowercase<M> & keyof paths1x[P]]
    : never;

/** Every operation of the fake 1.x server, by operation id. */
export type Operations1x = { [Id in OperationId1x]: Operation1x<Id> };

/** The JSON body operation `Id` answers with status `S`. */
export type Answer1x<Id extends OperationId1x, S extends number = 200> = JsonBodyOf<
  Operation1x<Id>,
  S & keyof (Operation1x<Id> extends { responses: infer R } ? R : never)
>;

/** A typed 1.x JSON answer: the body must match what the 1.x spec documents. */
export const reply1x = createReply<Operations1x>();

type Op<Id extends OperationId1x> = Operation1x<Id>;

/** The path parameters of operation `Id` (none for a path without any). */
export type PathParams1x<Id extends OperationId1x> =
  Op<Id> extends { parameters: { path: infer P extends Record<string, string> } }
    ? P
    : Record<string, never>;

/** The JSON request body operation `Id` documents (`never` when it takes none). */
type RequestBody1x<Id extends OperationId1x> =
  NonNullable<Op<Id> extends { requestBody?: infer B } ? B : never> extends {
    content: { "application/json": infer J };
  }
    ? J
    : never;

/**
 * The body fields operation `Id` documents, as the handler reads them: the names come from the
 * spec, the values are unchecked (1.x validates the body only in `strict` mode).
 */
export type BodyFields1x<Id extends OperationId1x> = {
  readonly [K in keyof RequestBody1x<Id>]?: unknown;
};

type QueryOf<Id extends OperationId1x> =
  Op<Id> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** The query parameter names operation `Id` documents (`never` when it documents none). */
export type QueryName1x<Id extends OperationId1x> = [QueryOf<Id>] extends [never]
  ? never
  : keyof QueryOf<Id> & string;

/**
 * The query string as the handler of operation `Id` reads it: only the names the spec documents
 * (values are the raw strings, checked by the handler as 1.x checks them).
 */
export interface Query1x<Id extends OperationId1x> {
  readonly get: (name: QueryName1x<Id>) => string | null;
}

/** `WorkflowInfo`: one workflow's details (`GET workflows/{workflowId}`, `GET workflows`). */
export type WorkflowInfo1x = Answer1x<"getWorkflow">;
/** `WorkflowRunResult`: a run's flat state (`GET runs/{runId}`). */
export type WorkflowRunResult1x = Answer1x<"getWorkflowRun">;
/** `WorkflowRuns`: a page of stored runs (`GET runs`). */
export type WorkflowRuns1x = Answer1x<"listWorkflowRuns">;
/** `WorkflowRun`: one stored run, a row of `GET runs`. */
export type WorkflowRun1x = WorkflowRuns1x["runs"][number];
/** `WorkflowResult`: what `start-async` answers (and `resume-async`, `restart-async`, `time-travel-async`). */
export type WorkflowResult1x = Answer1x<"startWorkflowRunAsync">;
/** `RunStatus`: a run's status on 1.x. */
export type RunStatus1x = WorkflowRunResult1x["status"];
/** `StepResult`: one step's result in a run's state. */
export type StepResult1x = NonNullable<WorkflowRunResult1x["steps"]>[string];
/** `StepGraphEntry`: one entry of a serialised step graph. */
export type StepGraphEntry1x = WorkflowInfo1x["stepGraph"][number];
/** `ErrorResponse`: the 400 body of request validation (`{ error, issues }`). */
export type BadRequest1x = Answer1x<"listWorkflowRuns", 400>;
/** `ErrorIssue`: one request validation problem. */
export type ErrorIssue1x = NonNullable<BadRequest1x["issues"]>[number];
