import type { SurfaceProtocol } from "./protocol-surface.js";
import type { CallOptions } from "./transport.js";

/**
 * The surface of a client with `protocol: "auto"`: each call detects the generation first (once
 * per client, shared with the other calls), then runs on that generation's surface. A 0.x server
 * therefore sees the detection's `GET /workflows` and nothing else for a 1.x-only call.
 */
export function createDetectingSurface(
  detect: (call: CallOptions) => Promise<"v0" | "v1">,
  surfaces: { v0: SurfaceProtocol; v1: SurfaceProtocol },
): SurfaceProtocol {
  const on = async (call: CallOptions): Promise<SurfaceProtocol> => surfaces[await detect(call)];
  return {
    stream: async (id, request, call) => (await on(call)).stream(id, request, call),
    resumeStream: async (id, request, call) => (await on(call)).resumeStream(id, request, call),
    observeStream: async (id, request, call) => (await on(call)).observeStream(id, request, call),
    resumeNoWait: async (id, request, call) => (await on(call)).resumeNoWait(id, request, call),
    restart: async (id, request, call) => (await on(call)).restart(id, request, call),
    restartAsync: async (id, request, call) => (await on(call)).restartAsync(id, request, call),
    timeTravel: async (id, request, call) => (await on(call)).timeTravel(id, request, call),
    timeTravelAsync: async (id, request, call) =>
      (await on(call)).timeTravelAsync(id, request, call),
    timeTravelStream: async (id, request, call) =>
      (await on(call)).timeTravelStream(id, request, call),
    deleteRun: async (id, runId, call) => (await on(call)).deleteRun(id, runId, call),
    runCounts: async (call) => (await on(call)).runCounts(call),
  };
}
