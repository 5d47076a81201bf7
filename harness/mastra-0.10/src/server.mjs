#!/usr/bin/env node
/**
 * Runs a real Mastra 0.10.15 server with the sample workflows on 127.0.0.1.
 *
 *   node harness/mastra-0.10/src/server.mjs [--port 4111] [--storage memory|libsql]
 *
 * `--port 0` (or `PORT=0`) picks a free port. Once listening it prints one line,
 * `MASTRA_HARNESS_READY http://127.0.0.1:<port>`, on stdout. When started with an IPC channel
 * (as `startMastra` does) it exits as soon as that channel closes, so it never outlives its parent.
 */
import { runHarnessServer } from "@wfkit/harness-shared";

export { READY_PREFIX } from "@wfkit/harness-shared";

await runHarnessServer({
  storages: {
    memory: async () => new (await import("@mastra/core/storage")).MockStore(),
    libsql: async () => new (await import("@mastra/libsql")).LibSQLStore({ url: ":memory:" }),
  },
  serve: async ({ port, host, storage }) => {
    const [{ Mastra }, { createNodeServer }, { workflows }] = await Promise.all([
      import("@mastra/core/mastra"),
      import("@mastra/deployer/server"),
      import("./workflows.js"),
    ]);
    return createNodeServer(new Mastra({ workflows, storage, server: { port, host } }));
  },
});
