// Runs @wfkit/test-utils' fake server in a child process (its own core, as a real server would
// be), over real HTTP on 127.0.0.1. The child prints its URL; on exit it reports its peak RSS.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const CHILD = fileURLToPath(new URL("./fake-server-child.mjs", import.meta.url));

/** Starts the fake server; `stop()` ends it and resolves with `{ peakRss }` (bytes). */
export const startFakeServer = async (options = {}) => {
  const child = spawn(process.execPath, [CHILD, JSON.stringify(options)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout });
  const messages = [];
  let wake = () => {};
  lines.on("line", (line) => {
    messages.push(JSON.parse(line));
    wake();
  });
  const next = async () => {
    while (messages.length === 0) {
      await new Promise((resolve) => {
        wake = resolve;
        child.once("exit", resolve);
      });
      if (child.exitCode !== null && messages.length === 0)
        throw new Error(`fake server exited (${child.exitCode})`);
    }
    return messages.shift();
  };
  const { url } = await next();
  return {
    url,
    /** Asks the server for its current RSS. */
    async rss() {
      child.stdin.write("rss\n");
      return (await next()).rss;
    },
    async stop() {
      child.stdin.end();
      const report = await next();
      await new Promise((resolve) =>
        child.exitCode === null ? child.once("exit", resolve) : resolve(),
      );
      return report;
    },
  };
};
