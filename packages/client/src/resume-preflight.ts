import { systemClock, watchRecords, type Clock } from "@wfkit/watch";
import type { WorkflowsProtocol } from "./protocol.js";
import {
  RunNotSuspendedError,
  StepAmbiguousError,
  StepNotSuspendedError,
  type ResumeStateDetails,
} from "./resume-errors.js";
import { anySignal, type CallOptions } from "./transport.js";
import type { ExecutionResult } from "./types.js";

/** What a preflight reads the run's state through: the generation's protocol. */
export type PreflightSource = Pick<WorkflowsProtocol, "getExecutionResult" | "watchSource">;

/** What a preflight needs besides the protocol. */
export interface PreflightRequest {
  workflowId: string;
  runId: string;
  /** The step the caller named, as a path; `undefined` when omitted. */
  step: readonly string[] | undefined;
  /** The call's name for messages, e.g. `resume`. */
  method: string;
  /** How long a run still `running` is waited for, in milliseconds. */
  timeoutMs: number;
  /** The client's clock, which times that wait. @defaultValue the real clock */
  clock?: Clock | undefined;
}

/** Statuses a run passes through on its way to the next stop. */
const MOVING = new Set(["running", "waiting"]);

/**
 * The suspended steps of a run state, as paths. A nested workflow's suspended step carries its
 * inner path in `suspendPayload.__workflow_meta.path`.
 */
export function suspendedPaths(state: ExecutionResult): string[][] {
  const paths: string[][] = [];
  for (const [id, step] of Object.entries(state.steps)) {
    if (step?.status !== "suspended") continue;
    const payload = (step as { suspendPayload?: unknown }).suspendPayload;
    const meta = (payload as { __workflow_meta?: { path?: unknown } } | undefined)?.__workflow_meta;
    const inner = Array.isArray(meta?.path) ? meta.path.filter((s) => typeof s === "string") : [];
    paths.push(inner.length > 0 && inner[0] !== id ? [id, ...inner] : [id]);
  }
  return paths;
}

/**
 * Checks, with one GET of the run's state, that a resume can succeed, and returns the step path to
 * send: the named one, or the only suspended one. A run still running (a resume sent right after
 * `start`) is waited for up to its next stop, at most `timeoutMs`, then checked.
 *
 * @throws `RunNotSuspendedError`, `StepNotSuspendedError` or `StepAmbiguousError`, before
 * anything is sent.
 */
export async function preflightResume(
  protocol: PreflightSource,
  request: PreflightRequest,
  call: CallOptions,
): Promise<string[]> {
  const { workflowId, runId, method } = request;
  let state = await protocol.getExecutionResult(workflowId, runId, call);
  if (MOVING.has(state.status)) state = await nextStop(protocol, request, call);
  const details: ResumeStateDetails = {
    runId,
    runStatus: state.status,
    suspendedSteps: state.status === "suspended" ? suspendedPaths(state) : [],
  };
  if (state.status !== "suspended") throw new RunNotSuspendedError(method, details);
  const suspended = details.suspendedSteps;
  if (request.step === undefined) {
    if (suspended.length === 1) return suspended[0]!;
    if (suspended.length === 0) throw new StepNotSuspendedError(method, [], details);
    throw new StepAmbiguousError(method, details);
  }
  const step = request.step;
  const match = suspended.find(
    (path) => path[0] === step[0] && step.every((id, i) => i >= path.length || path[i] === id),
  );
  if (match === undefined) throw new StepNotSuspendedError(method, step, details);
  return [...step];
}

/**
 * Waits for a running run's next stop: a watch is opened, and once the server accepted it the
 * state is read again (the run may have stopped before the watch connected); otherwise the watch
 * reports the stop. Bounded by `timeoutMs` and the call's signal.
 */
async function nextStop(
  protocol: PreflightSource,
  request: PreflightRequest,
  call: CallOptions,
): Promise<ExecutionResult> {
  const { workflowId, runId } = request;
  const clock = request.clock ?? systemClock;
  const stop = new AbortController();
  const timer = new AbortController();
  clock.sleep(request.timeoutMs, timer.signal).then(
    () => stop.abort(),
    () => {},
  );
  const signals = call.signal ? [call.signal, stop.signal] : [stop.signal];
  const records = watchRecords(protocol.watchSource(workflowId, runId, call), {
    runId,
    signal: anySignal(signals),
    clock,
    shouldReconnect: () => false,
  });
  try {
    await records.ready;
    const again = await protocol.getExecutionResult(workflowId, runId, call);
    if (!MOVING.has(again.status)) return again;
    for await (const record of records) {
      if (!MOVING.has(record.payload.workflowState.status)) break;
    }
  } catch (error) {
    if (!stop.signal.aborted) throw error;
  } finally {
    timer.abort();
    await records.return?.();
  }
  return protocol.getExecutionResult(workflowId, runId, call);
}
