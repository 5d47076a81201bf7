/**
 * Starts a real Mastra 1.x server (see `server.mjs`) as a child process on Node 22, on a free
 * 127.0.0.1 port, for tests and conformance runs.
 */
import { fileURLToPath } from "node:url";
import { runInForeground, startHarness } from "@wfkit/harness-shared";
import { NODE22_VERSION, findNode22 } from "./node22.js";

const SERVER_PATH = fileURLToPath(new URL("./server.mjs", import.meta.url));

/** Path of the server entry point (run it with Node >= 22.13). */
export const serverPath = SERVER_PATH;

export { NODE22_VERSION, findNode22 };

/**
 * Starts a real Mastra 1.x server (core 1.71.0, server and deployer 1.69.0) with the sample
 * workflows (`testWorkflow`, `failingWorkflow`, `pipelineWorkflow`) on 127.0.0.1, running on
 * the Node 22 that {@link findNode22} finds (or fetches).
 *
 * @example
 * ```ts
 * await using mastra = await startMastra1();
 * const response = await fetch(`${mastra.url}/api/workflows`);
 * ```
 * @throws Error when no Node 22 can be found or fetched, or the server is not ready within
 * `timeoutMs` (includes the server's output).
 */
export const startMastra1 = async ({ nodePath, ...options } = {}) =>
  startHarness({
    ...options,
    serverPath: SERVER_PATH,
    nodePath: nodePath ?? (await findNode22()),
  });

/**
 * Runs the server in the foreground on Node 22 with command-line arguments such as
 * `["--port", "4111"]`, inheriting stdio. Resolves with the exit code.
 */
export const runMastra1Cli = async (args = []) =>
  runInForeground({ serverPath: SERVER_PATH, nodePath: await findNode22(), args });
