#!/usr/bin/env node
/**
 * Runs a real Mastra 1.x server (`@mastra/core` 1.71.0, `@mastra/server` and `@mastra/deployer`
 * 1.69.0) with the sample workflows on 127.0.0.1. Needs Node >= 22.13; `startMastra1` finds one.
 *
 *   <node22> harness/mastra-1.x/src/server.mjs [--port 4111] [--storage memory|libsql]
 *
 * `--port 0` picks a free port. Once listening it prints one line,
 * `MASTRA_HARNESS_READY http://127.0.0.1:<port>`, on stdout. When started with an IPC channel
 * (as `startMastra1` does) it exits as soon as that channel closes, so it never outlives its parent.
 */
import { runHarnessServer } from "@wfkit/harness-shared";

export { READY_PREFIX } from "@wfkit/harness-shared";

await runHarnessServer({
  storages: {
    memory: async () => new (await import("@mastra/core/storage")).InMemoryStore(),
    libsql: async () =>
      new (await import("@mastra/libsql")).LibSQLStore({ id: "harness-libsql", url: ":memory:" }),
  },
  serve: async ({ port, host, storage }) => {
    const [{ Mastra }, { createNodeServer }, { workflows }] = await Promise.all([
      import("@mastra/core/mastra"),
      import("@mastra/deployer/server"),
      import("./workflows.js"),
    ]);
    // Our own SIGTERM handler exits at once; Mastra's would drain connections for up to 5 s.
    const server = { port, host, handleShutdownSignals: false };
    return createNodeServer(new Mastra({ workflows, storage, server }));
  },
});
