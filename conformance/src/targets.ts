import { startMastra } from "@wfkit/harness-mastra-0.10";
import { startMastra1 } from "@wfkit/harness-mastra-1.x";
import { createFakeServer } from "@wfkit/test-utils";
import type { Generation, Target } from "./types.js";

/** Options of {@link createRealTarget}. */
export interface RealTargetOptions {
  /** @defaultValue "0.x" */
  generation?: Generation;
  /** Copy the server's output to stderr. @defaultValue false */
  log?: boolean;
}

/**
 * A real Mastra server with the sample workflows (the harness), on a free 127.0.0.1 port. It is
 * restarted after a scenario crashes it.
 */
export function createRealTarget(options: RealTargetOptions = {}): Target {
  const start = options.generation === "1.x" ? startMastra1 : startMastra;
  return {
    name: "real",
    async start() {
      const mastra = await start({ log: options.log ?? false });
      return {
        baseUrl: mastra.url,
        restart: () => mastra.restart(),
        close: () => mastra.close(),
      };
    },
  };
}

/**
 * The fake server from `@wfkit/test-utils` with the sample workflows, in Mastra mode on a real
 * clock, listening on a free 127.0.0.1 port (so both targets are reached the same way, over HTTP).
 */
export function createFakeTarget(options: { generation?: Generation } = {}): Target {
  return {
    name: "fake",
    async start() {
      const server = await createFakeServer({
        listen: true,
        clock: "real",
        // Scenarios resume runs that are not suspended on purpose (see known-differences.ts).
        allowBackgroundErrors: true,
        // On 1.x every answer is also checked against openapi/workflows-1.x.yaml: a violation
        // answers 500 and shows as a difference.
        ...(options.generation === "1.x"
          ? { generation: "1.x" as const, validateResponses: true }
          : { mode: "mastra" as const, compat: "0.10" as const }),
      });
      return { baseUrl: server.url, crashSafe: true, close: () => server.close() };
    },
  };
}

/**
 * A server someone else runs (`--url`): nothing is started or stopped, and it cannot be restarted,
 * so scenarios that crash Mastra 0.10 are skipped.
 */
export function createUrlTarget(name: string, baseUrl: string): Target {
  return {
    name,
    start: async () => ({ baseUrl, close: async () => {} }),
  };
}
