/** Options for {@link startMastra}. */
export interface StartMastraOptions {
  /**
   * Port to listen on, on 127.0.0.1.
   * @defaultValue `0` (the server takes a free port and reports it)
   */
  port?: number;
  /**
   * Copy the server's stdout and stderr to this process's stderr.
   * @defaultValue `false`
   */
  log?: boolean;
  /**
   * How long to wait for the server to answer `GET /api/workflows` with 200.
   * @defaultValue `20_000`
   */
  timeoutMs?: number;
  /**
   * Workflow snapshot storage: Mastra's in-memory `MockStore`, or `LibSQLStore` on `:memory:`.
   * @defaultValue `"memory"`
   */
  storage?: "memory" | "libsql";
}

/** A running real Mastra 0.10.15 server. */
export interface MastraHarness {
  /** Base URL without `/api`, e.g. `http://127.0.0.1:41234`. Stable across {@link restart}. */
  readonly url: string;
  /** The port in {@link url}. */
  readonly port: number;
  /** Process id of the current server process (`node` itself); changes on {@link restart}. */
  readonly pid: number | undefined;
  /** Whether the server process is still running. */
  alive(): boolean;
  /** The last 16 KiB of the server's stdout and stderr. */
  output(): string;
  /** Stops the server (SIGTERM, then SIGKILL after 2 s). Safe to call twice. */
  close(): Promise<void>;
  /**
   * Stops the server if it still runs and starts a fresh one on the same port. All runs are lost.
   * Needed after `POST /resume` of a run that is not suspended, which kills a 0.10.15 server.
   * @throws Error when the new server does not become ready.
   */
  restart(): Promise<void>;
  /** Same as {@link close}, for `await using`. */
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * Starts a real Mastra 0.10.15 server with the sample workflows (`testWorkflow` id
 * `city-workflow`, `failingWorkflow` id `failing-workflow`, `pipelineWorkflow` id
 * `pipeline-workflow`) in a child process on 127.0.0.1. The child is killed on `close()`,
 * on disposal, and when this process exits.
 *
 * @example
 * ```ts
 * await using mastra = await startMastra();
 * const response = await fetch(`${mastra.url}/api/workflows`);
 * ```
 * @throws Error when the server is not ready within `timeoutMs`; the message includes its output.
 */
export declare function startMastra(options?: StartMastraOptions): Promise<MastraHarness>;

/**
 * Runs the server in the foreground with command-line arguments such as `["--port", "4111"]`,
 * inheriting stdio. Resolves with the exit code.
 */
export declare function runMastraCli(args?: readonly string[]): Promise<number>;

/** Absolute path of `server.mjs`, the server's entry point. */
export declare const serverPath: string;

/** Options for {@link launch}. */
export interface LaunchOptions {
  /**
   * The server script: takes `--port <n>`, prints `MASTRA_HARNESS_READY <url>` on stdout once
   * listening, and exits when its IPC channel closes.
   */
  serverPath: string;
  /**
   * The `node` binary that runs it.
   * @defaultValue `process.execPath`
   */
  nodePath?: string;
  /** Extra command-line arguments after `--port <n>`. */
  args?: readonly string[];
  /**
   * Port to listen on, on 127.0.0.1.
   * @defaultValue `0` (a free port)
   */
  port?: number;
  /**
   * Copy the server's stdout and stderr to this process's stderr.
   * @defaultValue `false`
   */
  log?: boolean;
  /**
   * How long to wait for `GET /api/workflows` to answer 200.
   * @defaultValue `20_000`
   */
  timeoutMs?: number;
}

/**
 * Starts any harness server script in a child process and resolves once `GET /api/workflows`
 * answers 200: the launcher behind {@link startMastra}, shared with the 1.x harness.
 *
 * @example
 * ```ts
 * await using server = await launch({ serverPath, nodePath: "/opt/node22/bin/node" });
 * ```
 * @throws Error when `nodePath` is not executable, or the server is not ready within `timeoutMs`
 * (the message includes its output).
 */
export declare function launch(options: LaunchOptions): Promise<MastraHarness>;
