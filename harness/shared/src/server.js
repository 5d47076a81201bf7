/**
 * The process side of a harness server, whatever the Mastra generation: command-line arguments,
 * leaving with the parent, and the ready line that {@link launch} waits for.
 */
import { parseArgs } from "node:util";

/** The line prefix a harness server prints on stdout once it listens: `<prefix><url>`. */
export const READY_PREFIX = "MASTRA_HARNESS_READY ";

const readArgs = () => {
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
  return {
    port,
    host: values.host ?? "127.0.0.1",
    storage: values.storage ?? process.env.MASTRA_HARNESS_STORAGE ?? "memory",
  };
};

/** Leave with the parent: a closed IPC channel means whoever started us is gone. */
const exitWithParent = () => {
  if (process.send) {
    process.on("disconnect", () => process.exit(0));
  }
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => process.exit(0));
  }
};

/**
 * Runs a harness server process. Reads `--port` (or `PORT`; default 4111, `0` picks a free one),
 * `--host` (default 127.0.0.1) and `--storage` (or `MASTRA_HARNESS_STORAGE`; a key of `storages`,
 * default `memory`); exits when its IPC channel closes and on SIGTERM or SIGINT; hands the port,
 * host and a new store to `serve`, which builds the Mastra server; and once that listens prints
 * `MASTRA_HARNESS_READY http://<host>:<port>` on stdout.
 *
 * @throws Error when `--storage` names none of `storages`.
 */
export const runHarnessServer = async ({ storages, serve }) => {
  process.env.MASTRA_TELEMETRY_DISABLED ??= "1";
  const { port, host, storage } = readArgs();
  exitWithParent();
  if (!Object.hasOwn(storages, storage)) {
    throw new Error(`Unknown storage "${storage}" (use ${Object.keys(storages).join(" or ")})`);
  }
  const server = await serve({ port, host, storage: await storages[storage]() });
  if (!server.listening) {
    await new Promise((resolve, reject) => {
      server.once("listening", resolve);
      server.once("error", reject);
    });
  }
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  process.stdout.write(`${READY_PREFIX}http://${host}:${actualPort}\n`);
};
