/**
 * Starts a real Mastra 0.10.15 server (see `server.mjs`) as a child process on a free
 * 127.0.0.1 port, for tests, conformance runs and demos.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const SERVER_PATH = fileURLToPath(new URL("./server.mjs", import.meta.url));
const READY_PREFIX = "MASTRA_HARNESS_READY ";
const OUTPUT_LIMIT = 16_384;
const KILL_GRACE_MS = 2_000;
const POLL_INTERVAL_MS = 50;

/** Path of the server entry point, for running it by hand or from another tool. */
export const serverPath = SERVER_PATH;

/** Children still alive, killed synchronously if this process exits first. */
const liveChildren = new Set();
let exitHookInstalled = false;

const installExitHook = () => {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const child of liveChildren) child.kill("SIGKILL");
  });
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const isRunning = (child) => child.exitCode === null && child.signalCode === null;

const spawnServer = ({ port, log, storage }) => {
  const args = [SERVER_PATH, "--port", String(port)];
  if (storage !== undefined) args.push("--storage", storage);
  const child = spawn(process.execPath, args, {
    env: { ...process.env, MASTRA_TELEMETRY_DISABLED: "1", NODE_OPTIONS: "" },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  // The IPC channel only exists so the child notices when this process dies.
  child.unref();
  child.channel?.unref();
  liveChildren.add(child);
  child.once("exit", () => liveChildren.delete(child));

  let output = "";
  let readyUrl;
  const readyWaiters = [];
  const append = (text) => {
    output = (output + text).slice(-OUTPUT_LIMIT);
  };
  let stdoutLine = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (text) => {
    if (log) process.stderr.write(text);
    append(text);
    stdoutLine += text;
    const lines = stdoutLine.split("\n");
    stdoutLine = lines.pop() ?? "";
    for (const line of lines) {
      if (line.startsWith(READY_PREFIX) && readyUrl === undefined) {
        readyUrl = line.slice(READY_PREFIX.length).trim();
        for (const wake of readyWaiters.splice(0)) wake();
      }
    }
  });
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (text) => {
    if (log) process.stderr.write(text);
    append(text);
  });
  child.once("exit", () => {
    for (const wake of readyWaiters.splice(0)) wake();
  });

  return {
    child,
    output: () => output,
    readyUrl: () => readyUrl,
    waitForLine: () =>
      readyUrl !== undefined || !isRunning(child)
        ? Promise.resolve()
        : new Promise((resolve) => readyWaiters.push(resolve)),
  };
};

const stopChild = async (child) => {
  if (!isRunning(child)) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), KILL_GRACE_MS);
  await exited;
  clearTimeout(timer);
};

const waitForReady = async (spawned, timeoutMs) => {
  const { child } = spawned;
  const deadline = Date.now() + timeoutMs;
  const fail = async (reason) => {
    await stopChild(child);
    return new Error(
      `Mastra harness server did not become ready: ${reason}.\n--- server output ---\n${spawned.output()}`,
    );
  };
  await Promise.race([spawned.waitForLine(), sleep(timeoutMs)]);
  const url = spawned.readyUrl();
  if (url === undefined) {
    throw await fail(
      isRunning(child)
        ? `no ready line within ${timeoutMs} ms`
        : `process exited with code ${child.exitCode ?? child.signalCode}`,
    );
  }
  while (Date.now() < deadline) {
    if (!isRunning(child)) throw await fail(`process exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/workflows`, {
        signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
      });
      await response.arrayBuffer();
      if (response.ok) return url;
    } catch {
      // not accepting connections yet
    }
    await sleep(POLL_INTERVAL_MS);
  }
  throw await fail(`GET ${url}/api/workflows did not answer 200 within ${timeoutMs} ms`);
};

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
export const startMastra = async (options = {}) => {
  const { log = false, timeoutMs = 20_000, storage } = options;
  installExitHook();
  let spawned = spawnServer({ port: options.port ?? 0, log, storage });
  const url = await waitForReady(spawned, timeoutMs);
  const port = Number(new URL(url).port);

  return {
    url,
    port,
    get pid() {
      return spawned.child.pid;
    },
    alive: () => isRunning(spawned.child),
    output: () => spawned.output(),
    close: () => stopChild(spawned.child),
    restart: async () => {
      await stopChild(spawned.child);
      spawned = spawnServer({ port, log, storage });
      await waitForReady(spawned, timeoutMs);
    },
    [Symbol.asyncDispose]: () => stopChild(spawned.child),
  };
};

/**
 * Runs the server in this process's foreground, as `node src/server.mjs` would, with the given
 * command-line arguments (e.g. `["--port", "4111"]`). Resolves when the server exits.
 */
export const runMastraCli = (args = []) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER_PATH, ...args], {
      env: { ...process.env, MASTRA_TELEMETRY_DISABLED: "1" },
      stdio: "inherit",
    });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
