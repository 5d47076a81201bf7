/**
 * The resume preflight of `resumeStream` and `resumeNoWait` on 1.x: the same one GET (and, for a
 * run still running, the wait for its next stop) that `resume` and `resumeAsync` run, before the
 * POST. Only the 1.x surface is wrapped, so on a 0.x server these calls still throw
 * `UnsupportedByServerError` with nothing sent.
 */
import type { SurfaceProtocol, SurfaceResumeRequest } from "./protocol-surface.js";
import { preflightResume, type PreflightSource } from "./resume-preflight.js";
import type { CallOptions } from "./transport.js";

/**
 * `surface` with the resume preflight before `resumeStream` and `resumeNoWait`. The request's
 * `step`, when omitted, becomes the run's only suspended step; `preflight: false` skips it all.
 *
 * @param source - the generation's protocol, read when a call is made
 * @param defaultTimeoutMs - the client's `timeoutMs`, which bounds the wait for a running run
 */
export function withResumePreflight(
  surface: SurfaceProtocol,
  source: () => PreflightSource,
  defaultTimeoutMs: number,
): SurfaceProtocol {
  async function checked(
    workflowId: string,
    request: SurfaceResumeRequest,
    { method, call }: { method: string; call: CallOptions },
  ): Promise<SurfaceResumeRequest> {
    const { preflight, ...rest } = request;
    if (preflight === false) return rest;
    const given = rest.step === undefined ? undefined : [rest.step].flat();
    const path = await preflightResume(
      source(),
      {
        workflowId,
        runId: rest.runId,
        step: given,
        method,
        timeoutMs: call.timeoutMs ?? defaultTimeoutMs,
      },
      call,
    );
    return { ...rest, step: rest.step ?? (path.length === 1 ? path[0]! : path) };
  }

  return {
    ...surface,
    async resumeStream(workflowId, request, call) {
      const { onInvalidRecord: _o, maxRecordBytes: _m, ...transport } = call;
      const checkedRequest = await checked(workflowId, request, {
        method: "resumeStream",
        call: transport,
      });
      return surface.resumeStream(workflowId, checkedRequest, call);
    },
    async resumeNoWait(workflowId, request, call) {
      const checkedRequest = await checked(workflowId, request, { method: "resumeNoWait", call });
      return surface.resumeNoWait(workflowId, checkedRequest, call);
    },
  };
}
