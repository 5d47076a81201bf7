import type { WatchSource } from "@wfkit/watch";
import { isAbortError, relabelError } from "./errors.js";
import { v0Operations } from "./operations.js";
import type { WorkflowsProtocol } from "./protocol.js";
import { createDetectingSurface } from "./protocol-surface-detect.js";
import type { WorkflowList } from "./schema.js";
import { anySignal, type CallOptions } from "./transport.js";

/** A server generation's wire: `v0` for Mastra 0.10–0.24, `v1` for Mastra 1.x. */
export type ServerProtocol = "v0" | "v1";

/** The `protocol` client option: a generation, or `auto` to detect it. */
export type ProtocolOption = "auto" | ServerProtocol;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Tells the generation from a `GET /workflows` body. Mastra 1.x describes every workflow with
 * keys 0.x never sends: a boolean `isProcessorWorkflow`, an `options` object, an `origin` string
 * (and, for nested workflows, steps with a `component`). Anything else, an empty list included,
 * counts as 0.x.
 *
 * @example
 * ```ts
 * classifyWorkflowList({ w: { name: "w", steps: {}, isProcessorWorkflow: false } }); // "v1"
 * ```
 */
export function classifyWorkflowList(body: unknown): ServerProtocol {
  if (!isObject(body)) return "v0";
  for (const info of Object.values(body)) {
    if (!isObject(info)) continue;
    if (typeof info.isProcessorWorkflow === "boolean") return "v1";
    if (isObject(info.options) || typeof info.origin === "string") return "v1";
    const steps = isObject(info.steps) ? Object.values(info.steps) : [];
    if (steps.some((step) => isObject(step) && typeof step.component === "string")) return "v1";
  }
  return "v0";
}

/** A protocol that detects the server's generation once, then speaks it. */
export interface DetectingProtocol extends WorkflowsProtocol {
  /** The server's generation, detecting it first if need be. */
  detect(call: CallOptions): Promise<ServerProtocol>;
}

/**
 * Wraps both generations' protocols and picks one on the first call. Detection is one
 * `GET /workflows` (a route both generations share, classified by
 * {@link classifyWorkflowList}): when the first call is `getWorkflows` itself, its answer is the
 * detection, so no extra request is sent. The result is cached; calls made while detection is in
 * flight wait for it; a detection that failed (network, non-2xx, aborted) is tried again on the next
 * call, and its error is the failing call's error.
 */
export function createDetectingProtocol(protocols: {
  v0: WorkflowsProtocol;
  v1: WorkflowsProtocol;
}): DetectingProtocol {
  let detected: ServerProtocol | undefined;
  let pending: Promise<{ protocol: ServerProtocol; list: WorkflowList }> | undefined;

  /** Starts a detection with `call`'s options, or joins the one in flight. */
  const start = (call: CallOptions) => {
    if (pending) return { promise: pending, own: false };
    const promise = protocols.v0.listWorkflows(call).then((list) => {
      detected = classifyWorkflowList(list);
      return { protocol: detected, list };
    });
    pending = promise;
    const clear = (): void => {
      if (pending === promise) pending = undefined;
    };
    promise.then(clear, clear);
    return { promise, own: true };
  };

  const detect = async (call: CallOptions): Promise<ServerProtocol> => {
    for (let joined = 0; ; joined++) {
      if (detected) return detected;
      const { promise, own } = start(call);
      try {
        return (await promise).protocol;
      } catch (error) {
        // Another caller's signal ended the shared detection: detect again with ours.
        if (!own && joined === 0 && isAbortError(error) && !call.signal?.aborted) continue;
        throw error;
      }
    }
  };

  /**
   * The detected generation's protocol for the user's call `name` with these ids. A failed
   * detection is reported as a failure of that call (its method and path lead the message), not
   * of the `GET /workflows` the user never made.
   */
  const pick = (
    call: CallOptions,
    name: keyof typeof v0Operations,
    ids: Record<string, string> = {},
  ): WorkflowsProtocol | Promise<WorkflowsProtocol> => {
    // Once detected, the protocol without the detection's awaits.
    if (detected) return detected === "v1" ? protocols.v1 : protocols.v0;
    return detectAndPick(call, name, ids);
  };
  const detectAndPick = async (
    call: CallOptions,
    name: keyof typeof v0Operations,
    ids: Record<string, string>,
  ): Promise<WorkflowsProtocol> => {
    try {
      return (await detect(call)) === "v1" ? protocols.v1 : protocols.v0;
    } catch (error) {
      const { method, path } = v0Operations[name];
      const filled = path.replace(/\{(\w+)\}/g, (all, key: string) => ids[key] ?? all);
      throw relabelError(
        error,
        `${name} (${method.toUpperCase()} ${filled})`,
        "detecting the server generation",
      );
    }
  };

  return {
    detect,
    surface: createDetectingSurface(detect, { v0: protocols.v0.surface, v1: protocols.v1.surface }),

    async listWorkflows(call) {
      if (detected === undefined && pending === undefined) {
        const { promise } = start(call);
        return (await promise).list; // this call's own answer was the detection
      }
      return (await pick(call, "listWorkflows")).listWorkflows(call);
    },
    getWorkflow: async (workflowId, call) =>
      (await pick(call, "getWorkflow", { workflowId })).getWorkflow(workflowId, call),
    listRuns: async (workflowId, filter, call) =>
      (await pick(call, "listRuns", { workflowId })).listRuns(workflowId, filter, call),
    getRun: async (workflowId, runId, call) =>
      (await pick(call, "getRun", { workflowId, runId })).getRun(workflowId, runId, call),
    getExecutionResult: async (workflowId, runId, call) =>
      (await pick(call, "getExecutionResult", { workflowId, runId })).getExecutionResult(
        workflowId,
        runId,
        call,
      ),
    createRun: async (workflowId, runId, call) =>
      (await pick(call, "createRun", { workflowId })).createRun(workflowId, runId, call),
    start: async (workflowId, request, call) =>
      (await pick(call, "start", { workflowId })).start(workflowId, request, call),
    startAsync: async (workflowId, request, call) =>
      (await pick(call, "startAsync", { workflowId })).startAsync(workflowId, request, call),
    resume: async (workflowId, request, call) =>
      (await pick(call, "resume", { workflowId })).resume(workflowId, request, call),
    resumeAsync: async (workflowId, request, call) =>
      (await pick(call, "resumeAsync", { workflowId })).resumeAsync(workflowId, request, call),
    cancelRun: async (workflowId, runId, call) =>
      (await pick(call, "cancelRun", { workflowId, runId })).cancelRun(workflowId, runId, call),
    sendRunEvent: async (workflowId, request, call) =>
      (await pick(call, "sendRunEvent", { workflowId, runId: request.runId })).sendRunEvent(
        workflowId,
        request,
        call,
      ),

    watchSource(workflowId, runId, call) {
      let source: WatchSource | undefined;
      const resolve = async (signal: AbortSignal): Promise<WatchSource> => {
        if (source) return source;
        const signals = call.signal ? [call.signal, signal] : [signal];
        const protocol = await pick({ ...call, signal: anySignal(signals) }, "watch", {
          workflowId,
        });
        return (source ??= protocol.watchSource(workflowId, runId, call));
      };
      return {
        open: async (signal) => (await resolve(signal)).open(signal),
        state: async (signal) => (await resolve(signal)).state(signal),
      };
    },
  };
}
