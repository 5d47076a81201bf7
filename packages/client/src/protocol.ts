import type { CallOptions } from "./transport.js";
import type {
  Acknowledgement,
  ExecutionResult,
  RunsFilter,
  RuntimeContext,
  WorkflowResult,
} from "./types.js";
import type { WorkflowInfo, WorkflowList, WorkflowRun, WorkflowRuns } from "./schema.js";
import type { WatchSource } from "@wfkit/watch";
import type { SurfaceProtocol } from "./protocol-surface.js";

/** A start request as the protocol receives it, already validated. */
export interface StartRequest {
  runId: string | undefined;
  inputData: unknown;
  runtimeContext: RuntimeContext | undefined;
  /** 1.x-only body fields (`initialState`, `perStep`, `resourceId`, `tracingOptions`); 0.x refuses them. */
  options1x?: Record<string, unknown> | undefined;
}

/**
 * A resume request as the protocol receives it, already validated. `step` is `undefined` only when
 * the caller skipped the preflight and named none: 1.x then picks the suspended step, 0.x cannot.
 */
export interface ResumeRequest {
  runId: string;
  step: string | readonly string[] | undefined;
  resumeData: unknown;
  runtimeContext: RuntimeContext | undefined;
}

/** A call about one workflow: its id, one argument (a run id, a request), the caller's options. */
type WorkflowCall<A, R> = (workflowId: string, arg: A, call: CallOptions) => Promise<R>;

/**
 * The one seam between the documented API and a server generation's wire. `Workflow` and
 * `MastraClient` only talk to this interface; each server generation implements it, and every
 * method returns the same public shapes whichever server answers.
 */
export interface WorkflowsProtocol {
  listWorkflows(call: CallOptions): Promise<WorkflowList>;
  getWorkflow(workflowId: string, call: CallOptions): Promise<WorkflowInfo>;
  listRuns: WorkflowCall<RunsFilter, WorkflowRuns>;
  getRun: WorkflowCall<string, WorkflowRun>;
  getExecutionResult: WorkflowCall<string, ExecutionResult>;
  createRun: WorkflowCall<string, { runId: string }>;
  start: WorkflowCall<StartRequest, Acknowledgement>;
  startAsync: WorkflowCall<StartRequest, WorkflowResult>;
  resume: WorkflowCall<ResumeRequest, Acknowledgement>;
  resumeAsync: WorkflowCall<ResumeRequest, WorkflowResult>;
  cancelRun: WorkflowCall<string, Acknowledgement>;
  sendRunEvent: WorkflowCall<{ runId: string; event: string; data: unknown }, Acknowledgement>;
  /** The connections a watcher needs for one run. */
  watchSource(workflowId: string, runId: string, call: CallOptions): WatchSource;
  /** The calls beyond the 0.10 surface (streams, restart, time travel, …); see `protocol-surface.ts`. */
  surface: SurfaceProtocol;
}
