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
import { parseArgs } from "node:util";

process.env.MASTRA_TELEMETRY_DISABLED ??= "1";

/** The line prefix printed once the server listens. */
export const READY_PREFIX = "MASTRA_HARNESS_READY ";

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    host: { type: "string" },
    storage: { type: "string" },
  },
  strict: true,
});

const port = Number(values.port ?? process.env.PORT ?? 4111);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port: ${values.port ?? process.env.PORT}`);
  process.exit(2);
}
const host = values.host ?? "127.0.0.1";
const storageKind = values.storage ?? process.env.MASTRA_HARNESS_STORAGE ?? "memory";

// Leave with the parent: a closed IPC channel means whoever started us is gone.
if (process.send) {
  process.on("disconnect", () => process.exit(0));
}
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => process.exit(0));
}

const [{ Mastra }, { createNodeServer }, { workflows }] = await Promise.all([
  import("@mastra/core/mastra"),
  import("@mastra/deployer/server"),
  import("./workflows.js"),
]);

const createStorage = async () => {
  if (storageKind === "libsql") {
    const { LibSQLStore } = await import("@mastra/libsql");
    return new LibSQLStore({ id: "harness-libsql", url: ":memory:" });
  }
  if (storageKind === "memory") {
    const { InMemoryStore } = await import("@mastra/core/storage");
    return new InMemoryStore();
  }
  throw new Error(`Unknown storage "${storageKind}" (use memory or libsql)`);
};

const mastra = new Mastra({
  workflows,
  storage: await createStorage(),
  // Our own SIGTERM handler exits at once; Mastra's would drain connections for up to 5 s.
  server: { port, host, handleShutdownSignals: false },
});

const server = await createNodeServer(mastra);
if (!server.listening) {
  await new Promise((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
}
const address = server.address();
const actualPort = typeof address === "object" && address ? address.port : port;
process.stdout.write(`${READY_PREFIX}http://${host}:${actualPort}\n`);
