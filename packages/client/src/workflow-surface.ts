/**
 * The parameters of the `Workflow` methods for the 1.x surface, and the checks `start`, `startAsync`
 * and `runs` share with them. The calls themselves are in `workflow-surface-calls.ts`, loaded on
 * first use. `workflow.ts` keeps one line per method.
 */
import { InvalidArgumentError } from "./errors.js";
import type {
  SurfaceProtocol,
  SurfaceStartRequest,
  TimeTravelContextEntry,
  TracingOptions,
} from "./protocol-surface.js";
import type { createWorkflowSurface } from "./workflow-surface-calls.js";
import type { ContextParams, RunsFilter } from "./types.js";
import { contextOf, requireId, requireJson } from "./validate.js";

/** What the functions need from the workflow. */
export interface SurfaceContext {
  workflowId: string;
  surface: SurfaceProtocol;
  newRunId: () => string;
  /** Settles once the watches opening on the run were accepted (a resume must not outrun them). */
  settled: (runId: string) => Promise<void>;
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

/** `fields` without those left `undefined`: a request carries only what the caller set. */
export const definedFields = <T extends object>(fields: T) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };

export function requireBoolean(value: unknown, what: string, method: string): boolean | undefined {
  if (value === undefined || typeof value === "boolean") return value;
  throw new InvalidArgumentError(`${method}: \`${what}\` must be a boolean, got ${typeof value}.`);
}

export function requireCount(value: unknown, what: string, method: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
  throw new InvalidArgumentError(
    `${method}: \`${what}\` must be a whole number >= 0, got ${String(value)}.`,
  );
}

export function requireParams<T>(params: T, method: string): T {
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
  const { initialState, tracingOptions } = params;
  return {
    runId,
    inputData: params.inputData,
    ...definedFields({
      requestContext,
      initialState,
      perStep,
      resourceId,
      tracingOptions,
      closeOnSuspend,
    }),
  };
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

/** The bound surface calls of a workflow. */
export type WorkflowSurface = ReturnType<typeof createWorkflowSurface>;
