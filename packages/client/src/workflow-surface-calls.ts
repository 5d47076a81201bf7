/**
 * The `Workflow` methods for the 1.x surface, bound to one workflow: each checks its parameters
 * (before anything is sent) and calls the generation's {@link SurfaceProtocol}. Loaded on the
 * first such call (`workflow-surface-methods.ts`), so apps that never make one do not load it.
 */
import { STEP_STATUSES_1X } from "@wfkit/watch/internal";
import { InvalidArgumentError } from "./errors.js";
import type { WorkflowEventStream } from "./event-stream.js";
import type {
  RestartRequest,
  RunCounts,
  StreamCallOptions,
  SurfaceResumeRequest,
  TimeTravelRequest,
} from "./protocol-surface.js";
import type { CallOptions } from "./transport.js";
import { contextOf, requireId, requireJson } from "./validate.js";
import {
  definedFields,
  requireBoolean,
  requireCount,
  requireParams,
  toStartRequest,
  type ResumeParams1x,
  type RestartParams,
  type StreamParams,
  type SurfaceContext,
  type TimeTravelParams,
} from "./workflow-surface.js";

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

function toResumeRequest(params: ResumeParams1x, method: string): SurfaceResumeRequest {
  const runId = requireId(requireParams(params, method).runId, "runId", method);
  const step = optionalStep(params.step, method);
  requireJson(params.resumeData, "resumeData", method);
  requireJson(params.tracingOptions, "tracingOptions", method);
  const requestContext = contextOf(params, method);
  const perStep = requireBoolean(params.perStep, "perStep", method);
  const forEachIndex = requireCount(params.forEachIndex, "forEachIndex", method);
  const preflight = requireBoolean(params.preflight, "preflight", method);
  const { resumeData, tracingOptions } = params;
  return {
    runId,
    ...definedFields({
      step,
      resumeData,
      requestContext,
      perStep,
      tracingOptions,
      forEachIndex,
      preflight,
    }),
  };
}

function toRestartRequest(params: RestartParams, method: string): RestartRequest {
  const runId = requireId(requireParams(params, method).runId, "runId", method);
  requireJson(params.tracingOptions, "tracingOptions", method);
  const requestContext = contextOf(params, method);
  return { runId, ...definedFields({ requestContext, tracingOptions: params.tracingOptions }) };
}

/**
 * Refuses a time-travel context entry whose `status` is not a 1.x step status: Mastra 1.x takes
 * it, drops the entry's output and fails the run.
 */
function requireContextStatuses(context: unknown, where: string, method: string): void {
  if (typeof context !== "object" || context === null) return;
  for (const [id, entry] of Object.entries(context)) {
    if (typeof entry !== "object" || entry === null || !("status" in entry)) continue;
    const status: unknown = entry.status;
    if (status === undefined || (STEP_STATUSES_1X as readonly unknown[]).includes(status)) continue;
    throw new InvalidArgumentError(
      `${method}: \`${where}[${JSON.stringify(id)}].status\` must be one of ${STEP_STATUSES_1X.join(", ")}, got ${JSON.stringify(status)}.`,
    );
  }
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
  requireContextStatuses(params.context, "context", method);
  for (const [nested, steps] of Object.entries(params.nestedStepsContext ?? {})) {
    requireContextStatuses(steps, `nestedStepsContext[${JSON.stringify(nested)}]`, method);
  }
  requireJson(params.initialState, "initialState", method);
  requireJson(params.tracingOptions, "tracingOptions", method);
  const requestContext = contextOf(params, method);
  const perStep = requireBoolean(params.perStep, "perStep", method);
  const { inputData, resumeData, context, nestedStepsContext, initialState, tracingOptions } =
    params;
  return {
    runId,
    step,
    ...definedFields({
      inputData,
      resumeData,
      context,
      nestedStepsContext,
      initialState,
      requestContext,
      perStep,
      tracingOptions,
    }),
  };
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
    resumeStream: async (params: ResumeParams1x, call: StreamCallOptions) => {
      const request = toResumeRequest(params, "resumeStream");
      await ctx.settled(request.runId);
      return surface.resumeStream(workflowId, request, call);
    },
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
    resumeNoWait: async (params: ResumeParams1x, call: CallOptions) => {
      const request = toResumeRequest(params, "resumeNoWait");
      await ctx.settled(request.runId);
      return surface.resumeNoWait(workflowId, request, call);
    },
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
