// `pnpm size`, second half: what a browser app loads UP FRONT for the seed's calls against a 0.x
// server. Bundles scripts/size-seed-entry.js with esbuild (ESM, splitting, minified, browser),
// runs the bundle's seed flow against the fake 0.x server to see which lazy chunks the calls load,
// and reports (min+gz) the entry chunk + its static imports + those lazy chunks, and every chunk.
import { build } from "esbuild";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { register } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const KB = 1000; // size-limit's unit
const TARGET = 6 * KB; // issue 16: seed calls up front
const UP_FRONT_LIMIT = 27.2 * KB; // today (26.39 kB) + 3%: lower it as code goes lazy (target 6 kB)
const TOTAL_LIMIT = 33.2 * KB; // every chunk: today (32.25 kB) + 3%; the target is 16 kB
const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = mkdtempSync(join(tmpdir(), "wfkit-size-"));
const log = join(outdir, "loaded.log");

try {
  const { metafile } = await build({
    entryPoints: [join(root, "scripts/size-seed-entry.js")],
    bundle: true,
    splitting: true,
    format: "esm",
    minify: true,
    platform: "browser",
    tsconfig: join(root, "tsconfig.build.json"),
    outdir,
    metafile: true,
    logLevel: "error",
  });
  const outputs = Object.entries(metafile.outputs).map(([path, output]) => {
    const file = join(root, path);
    return { file, output, gz: gzipSync(readFileSync(file)).length };
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
  const lazy = outputs.filter((o) => !staticSet.has(o) && loaded.has(o.file));
  const sum = (list) => list.reduce((total, o) => total + o.gz, 0);
  const upFront = sum([...staticSet]) + sum(lazy);
  const total = sum(outputs);
  const kb = (bytes) => `${(bytes / KB).toFixed(2)} kB`;

  console.log("Seed calls against a 0.x server (esbuild, ESM, splitting, minified, browser; gzip)");
  for (const o of outputs.sort((a, b) => b.gz - a.gz)) {
    const role =
      o === entry
        ? "entry"
        : staticSet.has(o)
          ? "static"
          : lazy.includes(o)
            ? "lazy, loaded"
            : "lazy, not loaded";
    console.log(`  ${relative(outdir, o.file).padEnd(24)} ${kb(o.gz).padStart(9)}  ${role}`);
  }
  console.log(
    `  up front: ${kb(upFront)}  (entry + ${staticSet.size - 1} static + ${lazy.length} lazy chunk(s) the seed loads)` +
      `  limit ${kb(UP_FRONT_LIMIT)}, target ${kb(TARGET)}${upFront <= TARGET ? " (met)" : " (not met)"}`,
  );
  console.log(`  every chunk: ${kb(total)}  limit ${kb(TOTAL_LIMIT)}`);
  const over = [
    upFront > UP_FRONT_LIMIT && `up front ${kb(upFront)} > ${kb(UP_FRONT_LIMIT)}`,
    total > TOTAL_LIMIT && `every chunk ${kb(total)} > ${kb(TOTAL_LIMIT)}`,
  ].filter(Boolean);
  if (over.length > 0) {
    console.error(`FAIL: ${over.join("; ")}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
