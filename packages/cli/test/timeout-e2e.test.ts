/**
 * `--timeout` end to end: the bundled `wfkit` bin, in its own process, against a server that accepts
 * every request and never answers.
 */
import { spawn } from "node:child_process";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, it } from "vitest";
import { builtBin } from "./helpers/build-bin.js";

const silentServer = async () => {
  const received: Pick<IncomingMessage, "method" | "url">[] = [];
  // Never answers: each request stays open until the test closes the server.
  const server = createServer((request) =>
    received.push({ method: request.method, url: request.url }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

const runBin = async (args: readonly string[]) => {
  const child = spawn(process.execPath, [await builtBin(), ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1", WFKIT_URL: "", MASTRA_URL: "" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  return { code, stdout, stderr };
};

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

it("exits 4 with a message naming the server and --timeout when the server never answers", async () => {
  const server = await silentServer();
  close = server.close;
  const result = await runBin(["workflows", "--url", server.url, "--timeout", "100"]);
  expect(result.code).toBe(4);
  expect(result.stdout).toBe("");
  expect(result.stderr).toContain(`error: The server at ${server.url} did not answer in time`);
  expect(result.stderr).toContain("Raise --timeout or check the server.");
  // The request really reached the server and was left unanswered.
  expect(server.received.length).toBeGreaterThan(0);
  expect(server.received[0]).toEqual({ method: "GET", url: "/api/workflows" });
}, 60_000);
