/**
 * Generated from openapi/workflows-1.x.yaml.
 * Do not edit. Regenerate with `pnpm generate`.
 */
import document from "./spec-1x.gen.json" with { type: "json" };

/** The OpenAPI document, for validating requests and responses at runtime. */
export const spec1x = document;

/** The document's operations by `operationId`: method and path. */
export const spec1xOperations = {
  listWorkflows: { method: "GET", path: "/workflows" },
  getWorkflowRunCounts: { method: "GET", path: "/workflows/run-counts" },
  getWorkflow: { method: "GET", path: "/workflows/{workflowId}" },
  createWorkflowRun: { method: "POST", path: "/workflows/{workflowId}/create-run" },
  startWorkflowRun: { method: "POST", path: "/workflows/{workflowId}/start" },
  startWorkflowRunAsync: { method: "POST", path: "/workflows/{workflowId}/start-async" },
  resumeWorkflowRun: { method: "POST", path: "/workflows/{workflowId}/resume" },
  resumeWorkflowRunAsync: { method: "POST", path: "/workflows/{workflowId}/resume-async" },
  resumeWorkflowRunNoWait: { method: "POST", path: "/workflows/{workflowId}/resume-no-wait" },
  streamWorkflowRun: { method: "POST", path: "/workflows/{workflowId}/stream" },
  resumeStreamWorkflowRun: { method: "POST", path: "/workflows/{workflowId}/resume-stream" },
  observeWorkflowRun: { method: "POST", path: "/workflows/{workflowId}/observe" },
  restartWorkflowRun: { method: "POST", path: "/workflows/{workflowId}/restart" },
  restartWorkflowRunAsync: { method: "POST", path: "/workflows/{workflowId}/restart-async" },
  timeTravelWorkflowRun: { method: "POST", path: "/workflows/{workflowId}/time-travel" },
  timeTravelWorkflowRunAsync: { method: "POST", path: "/workflows/{workflowId}/time-travel-async" },
  timeTravelStreamWorkflowRun: {
    method: "POST",
    path: "/workflows/{workflowId}/time-travel-stream",
  },
  listWorkflowRuns: { method: "GET", path: "/workflows/{workflowId}/runs" },
  getWorkflowRun: { method: "GET", path: "/workflows/{workflowId}/runs/{runId}" },
  deleteWorkflowRun: { method: "DELETE", path: "/workflows/{workflowId}/runs/{runId}" },
  cancelWorkflowRun: { method: "POST", path: "/workflows/{workflowId}/runs/{runId}/cancel" },
} as const;
