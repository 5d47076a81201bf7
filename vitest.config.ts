import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (pkg: string, file = "index") =>
  fileURLToPath(new URL(`./packages/${pkg}/src/${file}.ts`, import.meta.url));

/** Fixes fast-check's seed for the projects with property tests. */
const propertySeed = fileURLToPath(new URL("./tests/property-seed.ts", import.meta.url));

/** Tests import the packages' sources, so `pnpm test` needs no build. */
export const alias = {
  "@wfkit/client": src("client"),
  // Before "@wfkit/watch", which would otherwise match it as a prefix.
  "@wfkit/watch/internal": src("watch", "internal"),
  "@wfkit/watch": src("watch"),
  "@wfkit/test-utils": src("test-utils"),
  "@wfkit/cli": src("cli"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "@wfkit/watch",
          setupFiles: [propertySeed],
          root: "packages/watch",
          include: ["test/**/*.test.ts"],
          typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "@wfkit/client",
          root: "packages/client",
          include: ["test/**/*.test.ts"],
          typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "@wfkit/test-utils",
          setupFiles: [propertySeed],
          root: "packages/test-utils",
          include: ["test/**/*.test.ts"],
          typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "@wfkit/cli",
          root: "packages/cli",
          include: ["test/**/*.test.ts"],
          typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "spec",
          root: "openapi",
          include: ["test/**/*.test.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "conformance",
          root: "conformance",
          include: ["test/**/*.test.ts"],
          // One real Mastra server and one fake for the whole file; scenarios run one after another.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "harness",
          root: "harness/mastra-0.10",
          include: ["test/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "harness-1.x",
          root: "harness/mastra-1.x",
          include: ["test/**/*.test.ts"],
          // The first run may fetch Node 22 from the npm registry before the server starts.
          hookTimeout: 180_000,
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "demo",
          root: "examples/city-demo",
          include: ["test/**/*.test.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "matrix",
          root: "tests/runtime-matrix",
          include: ["**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "docs-samples",
          root: "tests/docs-samples",
          include: ["**/*.test.ts"],
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "hostile",
          root: "tests/hostile",
          include: ["**/*.test.ts"],
          // Memory tests measure the heap after forced collections: fake-helpers.ts turns on
          // --expose-gc at run time (project-level poolOptions cannot pass execArgv).
          testTimeout: process.env["WFKIT_SOAK"] === "1" ? 600_000 : 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "seed-flows",
          root: "tests/seed-flows",
          include: ["**/*.test.ts"],
          // Real Mastra 0.10.15 and 1.x, and the fake in both generations, start once per run.
          globalSetup: ["./global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "release",
          root: "tests/release",
          include: ["**/*.test.ts"],
          // Each test runs the changesets CLI in a subprocess over every pending changeset.
          testTimeout: 60_000,
        },
      },
    ],
  },
});
