/**
 * The logic of the `Workflow` methods for the 1.x surface, as standalone functions: each checks
 * its parameters (before anything is sent) and calls the generation's {@link SurfaceProtocol}.
 * `workflow.ts` keeps one line per method.
 */
import { InvalidArgumentError } from "./errors.js";
import type { WorkflowEventStream } from "./event-stream.js";
import type {
  RestartRequest,
  RunCounts,
  StreamCallOptions,
  SurfaceProtocol,
  SurfaceResumeRequest,
  SurfaceStartRequest,
  TimeTravelContextEntry,
  TimeTravelRequest,
  TracingOptions,
} from "./protocol-surface.js";
import type { CallOptions } from "./transport.js";
import type { ContextParams, RunsFilter } from "./types.js";
import { contextOf, requireId, requireJson } from "./validate.js";

/** What the functions need from the workflow. */
export interface SurfaceContext {
  workflowId: string;
  surface: SurfaceProtocol;
  newRunId: () => string;
}

/** The 1.x options of `start`, `startAsync` and `stream`. */
export interface StartOptions1x extends ContextParams {
  /** The workflow state the run starts with. */
  initialState?: unknown;
  /** Run one step, then pause (`paused`). */
  perStep?: boolean;
  /** The resource (user, thread, …) the run belongs to. */
  resourceId?: string;
  /** Passed through to the server's tracing. */
  tracingOptions?: TracingOptions;
}

/** Parameters of `stream`. Without `runId`, wfkit generates a UUID (the server needs one). */
export interface StreamParams<TInput = unknown> extends StartOptions1x {
  runId?: string;
  inputData: TInput;
  /** Close the stream when the run suspends (the server's default) or keep it open. */
  closeOnSuspend?: boolean;
}

/** Parameters of `resumeStream` and `resumeNoWait`; `step` is optional (1.x). */
export interface ResumeParams1x<TData = unknown> extends ContextParams {
  runId: string;
  /** The suspended step's id or path; optional when one step is suspended. */
  step?: string | readonly string[];
  resumeData?: TData;
  perStep?: boolean;
  tracingOptions?: TracingOptions;
  /** The iteration to resume inside a `foreach` step. */
  forEachIndex?: number;
  /**
   * Reads the run's state first (one GET) and throws before sending when the run is not
   * suspended or `step` is not one of its suspended steps, as `resume` does. `false` skips it.
   * @defaultValue true
   */
  preflight?: boolean;
}

/** Parameters of `restart` and `restartAsync`. */
export interface RestartParams extends ContextParams {
  runId: string;
  tracingOptions?: TracingOptions;
}

/** Parameters of `timeTravel`, `timeTravelAsync` and `timeTravelStream`. */
export interface TimeTravelParams<TInput = unknown> extends ContextParams {
  runId: string;
  /** The step to re-run from: its id, or its path of ids inside a nested workflow. */
  step: string | readonly string[];
  /** The target step's input. */
  inputData?: TInput;
  /** Resume data for the target step, when it suspends. */
  resumeData?: unknown;
  /** Step results to assume for the steps before the target, by step id. */
  context?: Record<string, TimeTravelContextEntry>;
  /** The same for steps of nested workflows, by nested workflow id then step id. */
  nestedStepsContext?: Record<string, Record<string, TimeTravelContextEntry>>;
  initialState?: unknown;
  perStep?: boolean;
  tracingOptions?: TracingOptions;
}

/** `runs()` filters: `limit`/`offset` (or `page`/`perPage`, translated), dates, resource, status. */
export interface RunsFilter1x extends RunsFilter {
  /** Zero-based page; with `perPage`, the same as `offset: page * perPage, limit: perPage`. */
  page?: number;
  perPage?: number;
}

function requireBoolean(value: unknown, what: string, method: string): boolean | undefined {
  if (value === undefined || typeof value === "boolean") return value;
  throw new InvalidArgumentError(`${method}: \`${what}\` must be a boolean, got ${typeof value}.`);
}

function requireCount(value: unknown, what: string, method: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
  throw new InvalidArgumentError(
    `${method}: \`${what}\` must be a whole number >= 0, got ${String(value)}.`,
  );
}

function optionalStep(step: unknown, method: string): string | string[] | undefined {
  if (step === undefined) return undefined;
  if (typeof step === "string" && step !== "") return step;
  if (Array.isArray(step) && step.length > 0 && step.every((s) => typeof s === "string" && s)) {
    return [...(step as string[])];
  }
  throw new InvalidArgumentError(
    `${method}: \`step\` must be a step id or a non-empty path of step ids, got ${JSON.stringify(step) ?? typeof step}.`,
  );
}

function requireParams<T>(params: T, method: string): T {
  if (typeof params !== "object" || params === null) {
    throw new InvalidArgumentError(`${method}: pass the parameters as an object.`);
  }
  return params;
}

/**
 * The 1.x-only options of `start` and `startAsync`, checked; `undefined` when none is set (the
 * 0.x protocol refuses them with `UnsupportedByServerError`).
 */
export function startOptions1x(
  params: StartOptions1x,
  method: string,
): Record<string, unknown> | undefined {
  const only: StreamParams = { inputData: undefined };
  for (const key of ["initialState", "perStep", "resourceId", "tracingOptions"] as const) {
    if (params[key] !== undefined) Object.assign(only, { [key]: params[key] });
  }
  const { runId: _r, inputData: _i, ...options } = toStartRequest(only, method, undefined);
  return Object.keys(options).length > 0 ? options : undefined;
}

/** The validated start request of `start`, `startAsync` and `stream`. */
export function toStartRequest(
  params: StreamParams & { runId?: string },
  method: string,
  runId: string | undefined,
): SurfaceStartRequest {
  requireParams(params, method);
  requireJson(params.inputData, "inputData", method);
  requireJson(params.initialState, "initialState", method);
  requireJson(params.tracingOptions, "tracingOptions", method);
  const resourceId =
    params.resourceId === undefined
      ? undefined
      : requireId(params.resourceId, "resourceId", method);
  const requestContext = contextOf(params, method);
  const perStep = requireBoolean(params.perStep, "perStep", method);
  const closeOnSuspend = requireBoolean(params.closeOnSuspend, "closeOnSuspend", method);
  return {
    runId,
    inputData: params.inputData,
    ...(requestContext === undefined ? {} : { requestContext }),
    ...(params.initialState === undefined ? {} : { initialState: params.initialState }),
    ...(perStep === undefined ? {} : { perStep }),
    ...(resourceId === undefined ? {} : { resourceId }),
    ...(params.tracingOptions === undefined ? {} : { tracingOptions: params.tracingOptions }),
    ...(closeOnSuspend === undefined ? {} : { closeOnSuspend }),
  };
}

function toResumeRequest(params: ResumeParams1x, method: string): SurfaceResumeRequest {
  const runId = requireId(requireParams(params, method).runId, "runId", method);
  const step = optionalStep(params.step, method);
  requireJson(params.resumeData, "resumeData", method);
  requireJson(params.tracingOptions, "tracingOptions", method);
  const requestContext = contextOf(params, method);
  const perStep = requireBoolean(params.perStep, "perStep", method);
  const forEachIndex = requireCount(params.forEachIndex, "forEachIndex", method);
  const preflight = requireBoolean(params.preflight, "preflight", method);
  return {
    runId,
    ...(step === undefined ? {} : { step }),
    ...(params.resumeData === undefined ? {} : { resumeData: params.resumeData }),
    ...(requestContext === undefined ? {} : { requestContext }),
    ...(perStep === undefined ? {} : { perStep }),
    ...(params.tracingOptions === undefined ? {} : { tracingOptions: params.tracingOptions }),
    ...(forEachIndex === undefined ? {} : { forEachIndex }),
    ...(preflight === undefined ? {} : { preflight }),
  };
}

function toRestartRequest(params: RestartParams, method: string): RestartRequest {
  const runId = requireId(requireParams(params, method).runId, "runId", method);
  requireJson(params.tracingOptions, "tracingOptions", method);
  const requestContext = contextOf(params, method);
  return {
    runId,
    ...(requestContext === undefined ? {} : { requestContext }),
    ...(params.tracingOptions === undefined ? {} : { tracingOptions: params.tracingOptions }),
  };
}

function toTimeTravelRequest(params: TimeTravelParams, method: string): TimeTravelRequest {
  const runId = requireId(requireParams(params, method).runId, "runId", method);
  const step = optionalStep(params.step, method);
  if (step === undefined) {
    throw new InvalidArgumentError(`${method}: \`step\` (the step to re-run from) is required.`);
  }
  for (const key of ["inputData", "resumeData", "context", "nestedStepsContext"] as const) {
    requireJson(params[key], key, method);
  }
  requireJson(params.initialState, "initialState", method);
  requireJson(params.tracingOptions, "tracingOptions", method);
  const requestContext = contextOf(params, method);
  const perStep = requireBoolean(params.perStep, "perStep", method);
  const out: TimeTravelRequest = { runId, step };
  if (params.inputData !== undefined) out.inputData = params.inputData;
  if (params.resumeData !== undefined) out.resumeData = params.resumeData;
  if (params.context !== undefined) out.context = params.context;
  if (params.nestedStepsContext !== undefined) out.nestedStepsContext = params.nestedStepsContext;
  if (params.initialState !== undefined) out.initialState = params.initialState;
  if (requestContext !== undefined) out.requestContext = requestContext;
  if (perStep !== undefined) out.perStep = perStep;
  if (params.tracingOptions !== undefined) out.tracingOptions = params.tracingOptions;
  return out;
}

/** The public paging (`limit`/`offset`) from `page`/`perPage`, checked. */
export function toRunsFilter(filter: RunsFilter1x, method = "runs"): RunsFilter {
  if (filter === undefined || filter === null || typeof filter !== "object") return filter;
  const { page, perPage, ...rest } = filter;
  if (page === undefined && perPage === undefined) return rest;
  if (rest.limit !== undefined || rest.offset !== undefined) {
    throw new InvalidArgumentError(
      `${method}: use \`limit\`/\`offset\` or \`page\`/\`perPage\`, not both.`,
    );
  }
  const size = requireCount(perPage, "perPage", method);
  const index = requireCount(page, "page", method) ?? 0;
  if (size === undefined || size === 0) {
    throw new InvalidArgumentError(`${method}: \`page\` needs a \`perPage\` greater than 0.`);
  }
  return { ...rest, limit: size, offset: index * size };
}

/** The surface calls of one workflow, bound to it. */
export function createWorkflowSurface(ctx: SurfaceContext) {
  const { workflowId, surface } = ctx;
  return {
    stream: (params: StreamParams, call: StreamCallOptions): Promise<WorkflowEventStream> => {
      const runId =
        params?.runId === undefined ? ctx.newRunId() : requireId(params.runId, "runId", "stream");
      return surface.stream(
        workflowId,
        { ...toStartRequest(params, "stream", runId), runId },
        call,
      );
    },
    resumeStream: (params: ResumeParams1x, call: StreamCallOptions) =>
      surface.resumeStream(workflowId, toResumeRequest(params, "resumeStream"), call),
    observeStream: (params: { runId: string; offset?: number }, call: StreamCallOptions) => {
      const runId = requireId(
        requireParams(params, "observeStream").runId,
        "runId",
        "observeStream",
      );
      const offset = requireCount(params.offset, "offset", "observeStream");
      return surface.observeStream(
        workflowId,
        offset === undefined ? { runId } : { runId, offset },
        call,
      );
    },
    resumeNoWait: (params: ResumeParams1x, call: CallOptions) =>
      surface.resumeNoWait(workflowId, toResumeRequest(params, "resumeNoWait"), call),
    restart: (params: RestartParams, call: CallOptions) =>
      surface.restart(workflowId, toRestartRequest(params, "restart"), call),
    restartAsync: (params: RestartParams, call: CallOptions) =>
      surface.restartAsync(workflowId, toRestartRequest(params, "restartAsync"), call),
    timeTravel: (params: TimeTravelParams, call: CallOptions) =>
      surface.timeTravel(workflowId, toTimeTravelRequest(params, "timeTravel"), call),
    timeTravelAsync: (params: TimeTravelParams, call: CallOptions) =>
      surface.timeTravelAsync(workflowId, toTimeTravelRequest(params, "timeTravelAsync"), call),
    timeTravelStream: (params: TimeTravelParams, call: StreamCallOptions) =>
      surface.timeTravelStream(workflowId, toTimeTravelRequest(params, "timeTravelStream"), call),
    deleteRun: (runId: string, call: CallOptions) =>
      surface.deleteRun(workflowId, requireId(runId, "runId", "deleteRun"), call),
    runCounts: async (call: CallOptions): Promise<RunCounts> => {
      const counts = await surface.runCounts(call);
      const mine = Object.hasOwn(counts, workflowId) ? counts[workflowId] : undefined;
      return { running: mine?.running ?? 0, suspended: mine?.suspended ?? 0 };
    },
  };
}

/** The bound surface calls of a workflow. */
export type WorkflowSurface = ReturnType<typeof createWorkflowSurface>;
