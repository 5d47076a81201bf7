// `pnpm bench [name…]`: runs every benchmark (or the named ones), each in a fresh Node process.
// Comparison packages are installed on demand into bench/.contenders (gitignored).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { installContenders } from "./contenders.mjs";

const BENCHMARKS = [
  { name: "watch-parse", file: "watch-parse.bench.mjs" },
  { name: "call-overhead", file: "call-overhead.bench.mjs" },
  { name: "memory", file: "memory.bench.mjs", flags: ["--expose-gc"] },
  { name: "concurrency", file: "concurrency.bench.mjs" },
  { name: "footprint", file: "footprint.bench.mjs" },
  { name: "time-to-answer", file: "time-to-answer.bench.mjs" },
  { name: "watch-scaling", file: "watch-scaling.bench.mjs" },
  { name: "steps-scaling", file: "steps-scaling.bench.mjs", flags: ["--expose-gc"] },
  // Issue 11's attacks and the figures after their fixes (re-runs itself under tsx and --expose-gc).
  { name: "hostile", file: "hostile-figures.mjs" },
  { name: "live-watch", file: "live-watch.bench.mjs" },
  { name: "paging", file: "paging.bench.mjs", flags: ["--expose-gc"] },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !BENCHMARKS.some((b) => b.name === name));
if (unknown.length > 0) {
  console.error(
    `unknown benchmark(s): ${unknown.join(", ")}; choose from ${BENCHMARKS.map((b) => b.name).join(", ")}`,
  );
  process.exit(2);
}
const selected =
  wanted.length === 0 ? BENCHMARKS : BENCHMARKS.filter((b) => wanted.includes(b.name));

installContenders();
console.log(
  `node ${process.version}, ${process.platform}/${process.arch}; results vary with machine load: compare ratios, not absolutes`,
);
const failed = [];
for (const { name, file, flags = [] } of selected) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(
    process.execPath,
    [...flags, fileURLToPath(new URL(file, import.meta.url))],
    { stdio: "inherit" },
  );
  if (result.status !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`\nbenchmarks that failed their checks: ${failed.join(", ")}`);
  process.exit(1);
}
