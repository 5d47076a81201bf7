import type { Clock } from "@wfkit/watch";
import type { ResumeRequest, WorkflowsProtocol } from "./protocol.js";
import { preflightResume } from "./resume-preflight.js";
import type { CallOptions } from "./transport.js";
import type { ResumeParams } from "./types.js";
import { contextOf, requireId, requireJson, requireParams, requireStep } from "./validate.js";

/** What a resume request needs from its workflow. */
export interface ResumeContext {
  call: CallOptions;
  /** The workflow's registration key. */
  key: string;
  protocol: WorkflowsProtocol;
  /** Settles once the watches opening on the run were accepted (a resume must not outrun them). */
  settled: (runId: string) => Promise<void>;
  /** The client's `timeoutMs`, bounding the preflight when the call gives none. */
  timeoutMs: number | undefined;
  /** The client's clock, which times the wait for a running run. */
  clock: Clock | undefined;
}

/**
 * A resume request from the caller's parameters, checked before anything is sent; unless
 * `preflight: false`, the run's state is read first and the step to resume taken from it.
 */
export async function resumeRequest(
  params: ResumeParams<string, unknown>,
  method: string,
  context: ResumeContext,
): Promise<ResumeRequest> {
  requireParams(params, method, '{ runId, step: "approval", resumeData }');
  const runId = requireId(params.runId, "runId", method);
  const given = params.step === undefined ? undefined : requireStep(params.step, method);
  requireJson(params.resumeData, "resumeData", method);
  const runtimeContext = contextOf(params, method);
  await context.settled(runId);
  let step: string | readonly string[] | undefined = given;
  if (params.preflight !== false) {
    const path = await preflightResume(
      context.protocol,
      {
        workflowId: context.key,
        runId,
        step: typeof given === "string" ? [given] : given,
        method,
        timeoutMs: context.call.timeoutMs ?? context.timeoutMs ?? 300_000,
        clock: context.clock,
      },
      context.call,
    );
    step = given ?? (path.length === 1 ? path[0]! : path);
  }
  return { runId, step, resumeData: params.resumeData, runtimeContext };
}
