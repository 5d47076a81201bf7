import { SURFACE_CALLS, forwardAll } from "./lazy.js";
import type { SurfaceProtocol } from "./protocol-surface.js";
import type { CallOptions } from "./transport.js";

/**
 * The surface of a client with `protocol: "auto"`: each call detects the generation first (once
 * per client, shared with the other calls), then runs on that generation's surface. A 0.x server
 * therefore sees the detection's `GET /workflows` and nothing else for a 1.x-only call. Every
 * call's last argument is its `CallOptions`, which the detection uses.
 */
export function createDetectingSurface(
  detect: (call: CallOptions) => Promise<"v0" | "v1">,
  surfaces: { v0: SurfaceProtocol; v1: SurfaceProtocol },
): SurfaceProtocol {
  return forwardAll(
    async (args: readonly unknown[]) => surfaces[await detect(args.at(-1) as CallOptions)],
    SURFACE_CALLS,
  );
}
