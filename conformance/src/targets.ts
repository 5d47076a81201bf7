import { startMastra } from "@wfkit/harness-mastra-0.10";
import { createFakeServer } from "@wfkit/test-utils";
import type { Target } from "./types.js";

/**
 * A real Mastra 0.10.15 server with the sample workflows (the harness), on a free 127.0.0.1 port.
 * It is restarted after a scenario crashes it.
 */
export function createRealTarget(options: { log?: boolean } = {}): Target {
  return {
    name: "real",
    async start() {
      const mastra = await startMastra({ log: options.log ?? false });
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
export function createFakeTarget(): Target {
  return {
    name: "fake",
    async start() {
      const server = await createFakeServer({
        listen: true,
        clock: "real",
        mode: "mastra",
        compat: "0.10",
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
