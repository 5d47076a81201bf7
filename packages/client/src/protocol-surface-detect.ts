import { SURFACE_ROUTES, type SurfaceProtocol } from "./protocol-surface.js";
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
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(SURFACE_ROUTES) as Array<keyof SurfaceProtocol>) {
    out[name] = async (...args: unknown[]) => {
      const call = (args.at(-1) ?? {}) as CallOptions;
      const surface = surfaces[await detect(call)];
      return Reflect.apply(surface[name], surface, args);
    };
  }
  return out as unknown as SurfaceProtocol;
}
