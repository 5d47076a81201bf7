import type { StartRequest } from "./protocol.js";
import type { StartParams } from "./types.js";
import { contextOf, requireId, requireJson } from "./validate.js";
import { startOptions1x } from "./workflow-surface.js";

/** A start request from the caller's parameters, checked before anything is sent. */
export function startRequest(
  params: StartParams<unknown>,
  method: string,
): StartRequest & { runId: string } {
  const runId = requireId(params.runId, "runId", method);
  requireJson(params.inputData, "inputData", method);
  const runtimeContext = contextOf(params, method);
  const options1x = startOptions1x(params, method);
  return { runId, inputData: params.inputData, runtimeContext, options1x };
}
