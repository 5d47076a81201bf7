// Shared by scripts/size-up-front.js and scripts/size-attribution.js: bundles
// scripts/size-seed-entry.js with esbuild (ESM, splitting, minified, browser), runs the bundle's
// seed flow against the fake 0.x server to see which lazy chunks the calls load, and returns every
// chunk (min+gz) with its role: the entry, its static imports, lazy chunks loaded or not.
import { build } from "esbuild";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { register } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

export const root = fileURLToPath(new URL("..", import.meta.url));

// Bundles the packages' sources instead of their built files, so the metafile names every module.
const fromSources = {
  name: "wfkit-sources",
  setup(build) {
    build.onResolve(
      { filter: /(^@wfkit\/watch(\/internal)?$|packages\/client\/dist\/index\.js$)/ },
      (args) => ({
        path: join(
          root,
          args.path.endsWith("/internal")
            ? "packages/watch/src/internal.ts"
            : `packages/${args.path.includes("watch") ? "watch" : "client"}/src/index.ts`,
        ),
      }),
    );
  },
};

/**
 * The seed's chunks: `{ outputs, entry, upFront, metafile, outdir }`, each output
 * `{ file, name, output, code, gz, role }`. `use(measured)` runs before the bundle is deleted.
 * With `{ sources: true }` it bundles the packages' sources (for a per-module attribution); with
 * `{ minify: false }` it does not minify (for coverage).
 */
export async function measureSeed(use, { sources = false, minify = true } = {}) {
  const outdir = mkdtempSync(join(tmpdir(), "wfkit-size-"));
  const log = join(outdir, "loaded.log");
  try {
    const { metafile } = await build({
      entryPoints: [join(root, "scripts/size-seed-entry.js")],
      bundle: true,
      splitting: true,
      format: "esm",
      minify,
      platform: "browser",
      tsconfig: join(root, "tsconfig.build.json"),
      outdir,
      metafile: true,
      logLevel: "error",
      plugins: sources ? [fromSources] : [],
    });
    const outputs = Object.entries(metafile.outputs).map(([path, output]) => {
      const file = join(root, path);
      const code = readFileSync(file);
      return { file, name: relative(outdir, file), output, code, gz: gzipSync(code).length };
    });
    const byPath = new Map(outputs.map((o) => [relative(root, o.file), o]));
    const entry = outputs.find((o) => o.output.entryPoint !== undefined);

    // Static closure of the entry: what the browser fetches before the app's first line runs.
    const staticSet = new Set();
    const visit = (o) => {
      if (staticSet.has(o)) return;
      staticSet.add(o);
      for (const i of o.output.imports)
        if (i.kind === "import-statement" && byPath.has(i.path)) visit(byPath.get(i.path));
    };
    visit(entry);

    // Lazy chunks the seed's calls pull in: run them against the fake 0.x server and log the loads.
    writeFileSync(log, "");
    register(pathToFileURL(join(root, "scripts/size-load-hook.js")), { data: { log } });
    const { createFakeServer } = await import(
      pathToFileURL(join(root, "packages/test-utils/dist/index.js")).href
    );
    const server = await createFakeServer({ listen: true, clock: "real" });
    try {
      const { seed } = await import(pathToFileURL(entry.file).href);
      const run = await seed(server.url);
      if (run?.runId === undefined) throw new Error("the seed flow did not reach runById");
    } finally {
      await server.close();
    }
    const loaded = new Set(
      readFileSync(log, "utf8")
        .split("\n")
        .filter((url) => url.startsWith("file:"))
        .map((url) => fileURLToPath(url)),
    );
    if (!loaded.has(entry.file)) throw new Error("the load hook did not see the entry chunk load");
    for (const o of outputs) {
      o.role =
        o === entry
          ? "entry"
          : staticSet.has(o)
            ? "static"
            : loaded.has(o.file)
              ? "lazy, loaded"
              : "lazy, not loaded";
    }
    const upFront = outputs.filter((o) => o.role !== "lazy, not loaded");
    return await use({ outputs, entry, upFront, metafile, outdir });
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
