/**
 * Runs a harness server script in a child process on a loopback port and hands back a handle to
 * it: the launcher behind the 0.10 harness's `startMastra` and the 1.x harness's `startMastra1`.
 */
import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { READY_PREFIX } from "./server.js";

const OUTPUT_LIMIT = 16_384;
const KILL_GRACE_MS = 2_000;
const POLL_INTERVAL_MS = 50;

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

const spawnServer = ({ serverPath, nodePath, args, port, log }) => {
  const child = spawn(nodePath, [serverPath, "--port", String(port), ...args], {
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
  child.once("error", (error) => {
    append(`${error.message}\n`);
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
  // The timer is cleared once the line came: left running it would hold the process open.
  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)));
  await Promise.race([spawned.waitForLine(), timedOut]);
  clearTimeout(timer);
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
 * Starts a harness server script (one that takes `--port`, prints
 * `MASTRA_HARNESS_READY <url>` once listening and exits when its IPC channel closes) in a child
 * process, and resolves once `GET <url>/api/workflows` answers 200. Shared by the harnesses of
 * every Mastra generation.
 *
 * @throws Error when the server is not ready within `timeoutMs` (includes the server's output).
 */
export const launch = async ({
  serverPath,
  nodePath = process.execPath,
  args = [],
  port = 0,
  log = false,
  timeoutMs = 20_000,
}) => {
  accessSync(nodePath, constants.X_OK);
  installExitHook();
  const spawnOptions = { serverPath, nodePath, args, log };
  let spawned = spawnServer({ ...spawnOptions, port });
  const url = await waitForReady(spawned, timeoutMs);
  const actualPort = Number(new URL(url).port);

  return {
    url,
    port: actualPort,
    get pid() {
      return spawned.child.pid;
    },
    alive: () => isRunning(spawned.child),
    output: () => spawned.output(),
    close: () => stopChild(spawned.child),
    restart: async () => {
      await stopChild(spawned.child);
      spawned = spawnServer({ ...spawnOptions, port: actualPort });
      await waitForReady(spawned, timeoutMs);
    },
    [Symbol.asyncDispose]: () => stopChild(spawned.child),
  };
};

/**
 * {@link launch} with the harnesses' `storage` option, passed to the server as `--storage`.
 *
 * @throws Error as {@link launch} does.
 */
export const startHarness = ({ storage, ...options }) =>
  launch({ ...options, args: storage === undefined ? [] : ["--storage", storage] });

/**
 * Runs a harness server script in the foreground with the given command-line arguments,
 * inheriting stdio. Resolves with its exit code (1 when a signal ended it).
 */
export const runInForeground = ({ serverPath, nodePath = process.execPath, args = [] }) =>
  new Promise((resolve, reject) => {
    const child = spawn(nodePath, [serverPath, ...args], {
      env: { ...process.env, MASTRA_TELEMETRY_DISABLED: "1" },
      stdio: "inherit",
    });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
