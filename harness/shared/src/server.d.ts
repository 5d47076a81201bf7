import type { Server } from "node:net";

/** The line prefix a harness server prints on stdout once it listens: `<prefix><url>`. */
export declare const READY_PREFIX: "MASTRA_HARNESS_READY ";

/** What {@link runHarnessServer} hands to `serve`. */
export interface ServeOptions<Store> {
  /** Port to listen on; `0` means a free one. */
  port: number;
  /** Host to listen on, `127.0.0.1` unless `--host` says otherwise. */
  host: string;
  /** A new store, made by the `storages` entry that `--storage` names. */
  storage: Store;
}

/** Options for {@link runHarnessServer}. */
export interface RunHarnessServerOptions<Store> {
  /** Store factories by `--storage` name, e.g. `{ memory, libsql }`. */
  storages: Readonly<Record<string, () => Store | Promise<Store>>>;
  /** Builds and starts the Mastra server; resolves with its (possibly not yet listening) server. */
  serve(options: ServeOptions<Store>): Promise<Server>;
}

/**
 * Runs a harness server process. Reads `--port` (or `PORT`; default 4111, `0` picks a free one),
 * `--host` (default 127.0.0.1) and `--storage` (or `MASTRA_HARNESS_STORAGE`; a key of `storages`,
 * default `memory`); exits when its IPC channel closes and on SIGTERM or SIGINT; hands the port,
 * host and a new store to `serve`, which builds the Mastra server; and once that listens prints
 * `MASTRA_HARNESS_READY http://<host>:<port>` on stdout.
 *
 * @example
 * ```js
 * await runHarnessServer({
 *   storages: { memory: () => new InMemoryStore() },
 *   serve: ({ port, host, storage }) =>
 *     createNodeServer(new Mastra({ workflows, storage, server: { port, host } })),
 * });
 * ```
 * @throws Error when `--storage` names none of `storages`.
 */
export declare function runHarnessServer<Store>(
  options: RunHarnessServerOptions<Store>,
): Promise<void>;
