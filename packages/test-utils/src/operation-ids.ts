/**
 * The operation ids of each server generation, derived from the generated specs
 * (`openapi/workflows.yaml`, `openapi/workflows-1.x.yaml`). A fault matcher typed by them cannot
 * name an operation that does not exist. The 1.x route table is checked against the 1.x spec:
 * each route is a spec operation with the same method and path.
 */
import type { specOperations } from "./generated/spec.gen.js";
import type { spec1xOperations } from "./generated/spec-1x.gen.js";
import type { ServerGeneration } from "./server-options.js";
import type { RouteKey } from "./wire-types.js";

/** Every `operationId` of `openapi/workflows.yaml` (the 0.x wire). */
export type OperationId0x = keyof typeof specOperations;

type Spec1xOperations = typeof spec1xOperations;

/** Every operation of `openapi/workflows-1.x.yaml`, as a `[METHOD, /path, id]` triple. */
type Spec1xOperation = {
  [O in keyof Spec1xOperations]: readonly [
    Spec1xOperations[O]["method"],
    Spec1xOperations[O]["path"],
    O,
  ];
}[keyof Spec1xOperations];

/**
 * The routes of the fake 1.x server: method, path template (below the API prefix), operation id,
 * each one an operation of the 1.x spec.
 */
export const V1_ROUTES = [
  ["GET", "/workflows", "listWorkflows"],
  ["GET", "/workflows/run-counts", "getWorkflowRunCounts"],
  ["GET", "/workflows/{workflowId}", "getWorkflow"],
  ["GET", "/workflows/{workflowId}/runs", "listWorkflowRuns"],
  ["GET", "/workflows/{workflowId}/runs/{runId}", "getWorkflowRun"],
  ["DELETE", "/workflows/{workflowId}/runs/{runId}", "deleteWorkflowRun"],
  ["POST", "/workflows/{workflowId}/create-run", "createWorkflowRun"],
  ["POST", "/workflows/{workflowId}/start", "startWorkflowRun"],
  ["POST", "/workflows/{workflowId}/start-async", "startWorkflowRunAsync"],
  ["POST", "/workflows/{workflowId}/resume", "resumeWorkflowRun"],
  ["POST", "/workflows/{workflowId}/resume-async", "resumeWorkflowRunAsync"],
  ["POST", "/workflows/{workflowId}/resume-no-wait", "resumeWorkflowRunNoWait"],
  ["POST", "/workflows/{workflowId}/stream", "streamWorkflowRun"],
  ["POST", "/workflows/{workflowId}/resume-stream", "resumeStreamWorkflowRun"],
  ["POST", "/workflows/{workflowId}/observe", "observeWorkflowRun"],
  ["POST", "/workflows/{workflowId}/runs/{runId}/cancel", "cancelWorkflowRun"],
  ["POST", "/workflows/{workflowId}/restart", "restartWorkflowRun"],
  ["POST", "/workflows/{workflowId}/restart-async", "restartWorkflowRunAsync"],
  ["POST", "/workflows/{workflowId}/time-travel", "timeTravelWorkflowRun"],
  ["POST", "/workflows/{workflowId}/time-travel-async", "timeTravelWorkflowRunAsync"],
  ["POST", "/workflows/{workflowId}/time-travel-stream", "timeTravelStreamWorkflowRun"],
] as const satisfies readonly Spec1xOperation[];

/** Every operation id the fake 1.x server routes (a subset of the 1.x spec's). */
export type OperationId1x = (typeof V1_ROUTES)[number][2];

/** The operation ids of generation `G` (both generations' when `G` is the whole union). */
export type OperationIdFor<G extends ServerGeneration> = G extends "1.x"
  ? OperationId1x
  : OperationId0x;

/** An operation id of either generation. */
export type OperationId = OperationId0x | OperationId1x;

/** Every 1.x route as `"METHOD /path/template"`. */
export type Route1x = {
  [I in keyof typeof V1_ROUTES]: (typeof V1_ROUTES)[I] extends readonly [
    infer M extends string,
    infer T extends string,
    string,
  ]
    ? `${M} ${T}`
    : never;
}[number];

/** The routes (`"METHOD /path/template"`) of generation `G`. */
export type RouteFor<G extends ServerGeneration> = G extends "1.x" ? Route1x : RouteKey;
