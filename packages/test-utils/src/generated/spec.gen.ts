/**
 * Generated from openapi/workflows.yaml.
 * Do not edit. Regenerate with `pnpm generate`.
 */
import document from "./spec.gen.json" with { type: "json" };

/** The OpenAPI document, for validating requests and responses at runtime. */
export const spec = document;

/** The document's operations by `operationId`: method and path. */
export const specOperations = {
  listWorkflows: { method: "GET", path: "/workflows" },
  getWorkflow: { method: "GET", path: "/workflows/{workflowId}" },
  listWorkflowRuns: { method: "GET", path: "/workflows/{workflowId}/runs" },
  getWorkflowRun: { method: "GET", path: "/workflows/{workflowId}/runs/{runId}" },
  getWorkflowRunExecutionResult: {
    method: "GET",
    path: "/workflows/{workflowId}/runs/{runId}/execution-result",
  },
  createWorkflowRun: { method: "POST", path: "/workflows/{workflowId}/create-run" },
  startWorkflowRun: { method: "POST", path: "/workflows/{workflowId}/start" },
  startWorkflowRunAsync: { method: "POST", path: "/workflows/{workflowId}/start-async" },
  resumeWorkflowRun: { method: "POST", path: "/workflows/{workflowId}/resume" },
  resumeWorkflowRunAsync: { method: "POST", path: "/workflows/{workflowId}/resume-async" },
  watchWorkflowRun: { method: "GET", path: "/workflows/{workflowId}/watch" },
  streamWorkflowRun: { method: "POST", path: "/workflows/{workflowId}/stream" },
  cancelWorkflowRun: { method: "POST", path: "/workflows/{workflowId}/runs/{runId}/cancel" },
  sendWorkflowRunEvent: { method: "POST", path: "/workflows/{workflowId}/runs/{runId}/send-event" },
} as const;
