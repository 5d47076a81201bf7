// The floor of what loads up front: bundles the seed (scripts/size-seed-entry.js) as
// scripts/size-measure.js does, but from the packages' sources and unminified, runs the seed flow
// against the fake 0.x server under V8 coverage, and prints, per module of the up-front chunks,
// how many of its bytes the seed's calls never ran (functions never called, branches never taken).
// Those are the bytes that could still load later; the rest is what the seed needs.
// `node scripts/size-coverage.js [rows]` (default 25) after `pnpm build`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { measureSeed, root } from "./size-measure.js";

const rows = Number(process.argv[2] ?? 25);
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

// The up-front figure, minified, to scale the share the seed runs by.
const minGz = await measureSeed(({ upFront }) => upFront.reduce((sum, o) => sum + o.gz, 0), {
  sources: true,
});

await measureSeed(
  ({ upFront, outdir }) => {
    const coverage = mkdtempSync(join(tmpdir(), "wfkit-coverage-"));
    try {
      const runner = join(outdir, "run-seed.mjs");
      const entry = upFront.find((o) => o.role === "entry");
      writeFileSync(
        runner,
        `const { createFakeServer } = await import(${JSON.stringify(pathToFileURL(join(root, "packages/test-utils/dist/index.js")).href)});
const server = await createFakeServer({ listen: true, clock: "real" });
try { await (await import(${JSON.stringify(pathToFileURL(entry.file).href)})).seed(server.url); } finally { await server.close(); }`,
      );
      const child = spawnSync(process.execPath, [runner], {
        env: { ...process.env, NODE_V8_COVERAGE: coverage },
        stdio: "inherit",
      });
      if (child.status !== 0) throw new Error("the seed flow failed under coverage");
      const scripts = readdirSync(coverage).flatMap(
        (f) => JSON.parse(readFileSync(join(coverage, f), "utf8")).result,
      );
      const modules = new Map();
      for (const chunk of upFront) {
        const source = chunk.code.toString("utf8");
        const script = scripts.find((s) => s.url === pathToFileURL(chunk.file).href);
        // Per-character counts: the innermost range wins (V8's block coverage nests ranges).
        const counts = new Uint32Array(source.length).fill(1);
        const ranges = (script?.functions ?? []).flatMap((f) => f.ranges);
        ranges.sort((a, b) => b.endOffset - b.startOffset - (a.endOffset - a.startOffset));
        for (const r of ranges) counts.fill(r.count, r.startOffset, r.endOffset);
        // esbuild (unminified) marks each module with a `// path` comment line.
        const marks = [...source.matchAll(/^\/\/ (\S+\.(?:ts|js|mjs))$/gm)];
        marks.forEach((mark, i) => {
          const start = mark.index;
          const end = i + 1 < marks.length ? marks[i + 1].index : source.length;
          let unrun = 0;
          let code = 0;
          for (let at = start; at < end; at++) {
            if (/\s/.test(source[at])) continue;
            code++;
            if (counts[at] === 0) unrun++;
          }
          const name = mark[1].replace(/^.*?(packages\/|node_modules\/)/, "");
          const m = modules.get(name) ?? { name, code: 0, unrun: 0 };
          m.code += code;
          m.unrun += unrun;
          modules.set(name, m);
        });
      }
      const list = [...modules.values()].sort((a, b) => b.unrun - a.unrun);
      const code = list.reduce((s, m) => s + m.code, 0);
      const unrun = list.reduce((s, m) => s + m.unrun, 0);
      console.log(
        `Up front, unminified, non-blank characters: ${kb(code)}; never run by the seed: ${kb(unrun)} (${((100 * unrun) / code).toFixed(0)}%)`,
      );
      console.log(
        `  the seed runs ${((100 * (code - unrun)) / code).toFixed(0)}% of it: of the ${kb(minGz)} min+gz up front, about ${kb((minGz * (code - unrun)) / code)} (a proportional estimate) is code the seed runs`,
      );
      for (const m of list.slice(0, rows)) {
        console.log(
          `  ${kb(m.unrun).padStart(9)} of ${kb(m.code).padStart(9)} never run  ${m.name}`,
        );
      }
    } finally {
      rmSync(coverage, { recursive: true, force: true });
    }
  },
  { sources: true, minify: false },
);
