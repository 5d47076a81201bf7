// Which modules make up what the seed's calls load up front (scripts/size-measure.js), by
// min+gz contribution (bundled from the packages' sources): each module's minified bytes in its chunk (esbuild's metafile), scaled by
// that chunk's gzip ratio, so the rows add up to the up-front figure `pnpm size` prints.
// `node scripts/size-attribution.js [rows]` (default 30) after `pnpm build`; also sums by package.
import { measureSeed } from "./size-measure.js";

const rows = Number(process.argv[2] ?? 30);
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const packageOf = (path) =>
  path.includes("openapi-fetch")
    ? "openapi-fetch"
    : path.startsWith("watch/")
      ? "@wfkit/watch"
      : path.startsWith("client/")
        ? "@wfkit/client"
        : "other";

await measureSeed(
  ({ upFront }) => {
    const modules = [];
    for (const chunk of upFront) {
      const ratio = chunk.gz / chunk.code.length;
      for (const [path, { bytesInOutput }] of Object.entries(chunk.output.inputs)) {
        const name = path.replace(
          /^.*?(packages\/|node_modules\/\.pnpm\/[^/]+\/node_modules\/)/,
          "",
        );
        modules.push({ name, chunk: chunk.name, min: bytesInOutput, gz: bytesInOutput * ratio });
      }
    }
    const total = modules.reduce((sum, m) => sum + m.gz, 0);
    modules.sort((a, b) => b.gz - a.gz);
    console.log(
      `Up front, by module (min+gz share; ${kb(total)} in all, ${upFront.length} chunk(s))`,
    );
    for (const m of modules.slice(0, rows)) {
      const share = `${((100 * m.gz) / total).toFixed(1)}%`.padStart(6);
      console.log(
        `  ${kb(m.gz).padStart(9)} ${share}  ${String(m.min).padStart(6)} B min  ${m.name}`,
      );
    }
    const byPackage = new Map();
    for (const m of modules) {
      const p = packageOf(m.name);
      byPackage.set(p, (byPackage.get(p) ?? 0) + m.gz);
    }
    console.log("By package:");
    for (const [p, gz] of [...byPackage].sort((a, b) => b[1] - a[1])) {
      console.log(`  ${kb(gz).padStart(9)}  ${p}`);
    }
  },
  { sources: true },
);
