/** A running harness server: a real Mastra server in a child process. */
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
 * answers 200: the launcher behind `startMastra` and `startMastra1`.
 *
 * @example
 * ```ts
 * await using server = await launch({ serverPath, nodePath: "/opt/node22/bin/node" });
 * ```
 * @throws Error when `nodePath` is not executable, or the server is not ready within `timeoutMs`
 * (the message includes its output).
 */
export declare function launch(options: LaunchOptions): Promise<MastraHarness>;

/** The options `startMastra` and `startMastra1` share. */
export interface StartHarnessOptions {
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
   * Workflow snapshot storage: Mastra's in-memory store (`MockStore` on 0.10, `InMemoryStore` on
   * 1.x), or `LibSQLStore` on `:memory:`.
   * @defaultValue `"memory"`
   */
  storage?: "memory" | "libsql";
}

/**
 * {@link launch} with the harnesses' `storage` option, passed to the server as `--storage`.
 *
 * @example
 * ```ts
 * await using server = await startHarness({ serverPath, storage: "libsql" });
 * ```
 * @throws Error as {@link launch} does.
 */
export declare function startHarness(
  options: StartHarnessOptions & Pick<LaunchOptions, "serverPath" | "nodePath">,
): Promise<MastraHarness>;

/** Options for {@link runInForeground}. */
export interface RunInForegroundOptions {
  /** The server script. */
  serverPath: string;
  /**
   * The `node` binary that runs it.
   * @defaultValue `process.execPath`
   */
  nodePath?: string;
  /** Its command-line arguments, e.g. `["--port", "4111"]`. */
  args?: readonly string[];
}

/**
 * Runs a harness server script in the foreground, inheriting stdio. Resolves with its exit code
 * (1 when a signal ended it).
 */
export declare function runInForeground(options: RunInForegroundOptions): Promise<number>;
