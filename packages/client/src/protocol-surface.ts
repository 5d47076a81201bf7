/**
 * The calls of today's Mastra (1.x) beyond the 0.10 surface: streams, resume-no-wait, restart,
 * time travel, delete, run counts, the status filter and the 1.x-only start options. Each
 * generation implements {@link SurfaceProtocol}; `WorkflowsProtocol.surface` carries it.
 */
import { UnsupportedByServerError } from "./errors.js";
import type { EventStreamOptions, WorkflowEventStream } from "./event-stream.js";
import type { WireRunCounts1x } from "./schema-1x.js";
import type { CallOptions } from "./transport.js";
import type { Acknowledgement, WorkflowResult } from "./types.js";

/** Tracing options passed through to the server (1.x `tracingOptions`). */
export type TracingOptions = Record<string, unknown>;

/** A start (or stream) request with the 1.x options, already validated. */
export interface SurfaceStartRequest {
  runId: string | undefined;
  inputData: unknown;
  requestContext?: Record<string, unknown>;
  initialState?: unknown;
  perStep?: boolean;
  resourceId?: string;
  tracingOptions?: TracingOptions;
  /** `stream` only: close the body when the run suspends (the server's default) or not. */
  closeOnSuspend?: boolean;
}

/** A resume request of `resumeStream` and `resumeNoWait`; `step` is optional on 1.x. */
export interface SurfaceResumeRequest {
  runId: string;
  step?: string | string[];
  resumeData?: unknown;
  requestContext?: Record<string, unknown>;
  perStep?: boolean;
  tracingOptions?: TracingOptions;
  forEachIndex?: number;
  /** `false` skips the resume preflight (not sent). */
  preflight?: boolean;
}

/** A restart request. */
export interface RestartRequest {
  runId: string;
  requestContext?: Record<string, unknown>;
  tracingOptions?: TracingOptions;
}

/** The recorded result to assume for one step before the time-travel target. */
export type TimeTravelContextEntry = Record<string, unknown> & { status: string };

/** A time-travel request: re-run the workflow from `step`. */
export interface TimeTravelRequest {
  runId: string;
  /** The step to re-run from: its id, or its path of ids inside a nested workflow. */
  step: string | string[];
  inputData?: unknown;
  resumeData?: unknown;
  /** Step results to assume for the steps before the target, by step id. */
  context?: Record<string, TimeTravelContextEntry>;
  /** The same for steps of nested workflows, by nested workflow id then step id. */
  nestedStepsContext?: Record<string, Record<string, TimeTravelContextEntry>>;
  initialState?: unknown;
  requestContext?: Record<string, unknown>;
  perStep?: boolean;
  tracingOptions?: TracingOptions;
}

/** Running and suspended runs of one workflow. */
export interface RunCounts {
  running: number;
  suspended: number;
}

/** Per-call options of the stream calls: the transport's, plus the stream's own. */
export type StreamCallOptions = CallOptions & EventStreamOptions;

/** The new calls, as one server generation implements them. */
export interface SurfaceProtocol {
  stream(
    workflowId: string,
    request: SurfaceStartRequest & { runId: string },
    call: StreamCallOptions,
  ): Promise<WorkflowEventStream>;
  resumeStream(
    workflowId: string,
    request: SurfaceResumeRequest,
    call: StreamCallOptions,
  ): Promise<WorkflowEventStream>;
  observeStream(
    workflowId: string,
    request: { runId: string; offset?: number },
    call: StreamCallOptions,
  ): Promise<WorkflowEventStream>;
  resumeNoWait(
    workflowId: string,
    request: SurfaceResumeRequest,
    call: CallOptions,
  ): Promise<{ runId: string }>;
  restart(workflowId: string, request: RestartRequest, call: CallOptions): Promise<Acknowledgement>;
  restartAsync(
    workflowId: string,
    request: RestartRequest,
    call: CallOptions,
  ): Promise<WorkflowResult>;
  timeTravel(
    workflowId: string,
    request: TimeTravelRequest,
    call: CallOptions,
  ): Promise<Acknowledgement>;
  timeTravelAsync(
    workflowId: string,
    request: TimeTravelRequest,
    call: CallOptions,
  ): Promise<WorkflowResult>;
  timeTravelStream(
    workflowId: string,
    request: TimeTravelRequest,
    call: StreamCallOptions,
  ): Promise<WorkflowEventStream>;
  deleteRun(workflowId: string, runId: string, call: CallOptions): Promise<Acknowledgement>;
  /** Every workflow's counts, keyed by registration key. */
  runCounts(call: CallOptions): Promise<WireRunCounts1x>;
}

/**
 * The error a 0.x server's client throws for a 1.x-only call, before sending anything.
 *
 * @param call - the user's call, e.g. `timeTravel`
 * @param what - what 0.x lacks, e.g. "the `perStep` option" or a call's route
 */
export function unsupportedOnV0(
  call: keyof SurfaceProtocol | "start" | "startAsync" | "runs",
  what: string,
): UnsupportedByServerError {
  return new UnsupportedByServerError(
    `${call}: this server speaks the Mastra 0.x wire (generation v0), which has no ${what}; it needs a Mastra 1.x server (generation v1). No request was sent.`,
  );
}
