import type { MastraHarness, StartHarnessOptions } from "@wfkit/harness-shared";

export { launch } from "@wfkit/harness-shared";
export type { LaunchOptions, MastraHarness } from "@wfkit/harness-shared";

/** Options for {@link startMastra}. */
export interface StartMastraOptions extends StartHarnessOptions {}

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
