/**
 * Starts a real Mastra 0.10.15 server (see `server.mjs`) as a child process on a free
 * 127.0.0.1 port, for tests, conformance runs and demos.
 */
import { fileURLToPath } from "node:url";
import { launch, runInForeground, startHarness } from "@wfkit/harness-shared";

const SERVER_PATH = fileURLToPath(new URL("./server.mjs", import.meta.url));

/** Path of the server entry point, for running it by hand or from another tool. */
export const serverPath = SERVER_PATH;

export { launch };

/**
 * Starts a real Mastra 0.10.15 server with the sample workflows (`testWorkflow`,
 * `failingWorkflow`, `pipelineWorkflow`) on 127.0.0.1.
 *
 * The server runs in a child process that is killed on `close()`, on disposal, and when this
 * process exits. `restart()` brings it back on the same port; real Mastra 0.10 kills its process on
 * `POST /resume` of a run that is not suspended.
 *
 * @example
 * ```ts
 * await using mastra = await startMastra();
 * const response = await fetch(`${mastra.url}/api/workflows`);
 * ```
 * @throws Error when the server is not ready within `timeoutMs` (includes the server's output).
 */
export const startMastra = (options = {}) => startHarness({ ...options, serverPath: SERVER_PATH });

/**
 * Runs the server in this process's foreground, as `node src/server.mjs` would, with the given
 * command-line arguments (e.g. `["--port", "4111"]`). Resolves when the server exits.
 */
export const runMastraCli = (args = []) => runInForeground({ serverPath: SERVER_PATH, args });
