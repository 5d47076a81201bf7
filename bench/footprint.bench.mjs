// 5. Footprint and start-up. Each client is installed alone with npm into a scratch project
// (wfkit: the `pnpm pack` tarballs of @wfkit/client and @wfkit/watch, as published), then:
// install size, package count, and the cold `import()` time and RSS of a fresh Node process as a
// ratio to bare `node -e 0`. Target for wfkit: at most 1.2× bare node.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packTarballs } from "../scripts/pack-tarballs.mjs";
import { CONTENDERS } from "./contenders.mjs";
import {
  formatMiB,
  formatMs,
  formatNumber,
  formatRatio,
  median,
  printTable,
} from "./lib/report.mjs";

const ROUNDS = Number(process.env.BENCH_STARTUP_ROUNDS ?? 20);
const TARGET = 1.2;

const scratch = (label) => {
  const dir = mkdtempSync(join(tmpdir(), `wfkit-footprint-${label}-`));
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: `footprint-${label}`, private: true, type: "module" }),
  );
  return dir;
};

const npmInstall = (dir, specs) =>
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...specs], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
  });

/** Installed packages: every folder of a node_modules (scoped ones one level down), nested included. */
const countPackages = (nodeModules) => {
  let count = 0;
  const visit = (dir) => {
    count++;
    const nested = join(dir, "node_modules");
    if (existsSync(nested)) count += countPackages(nested);
  };
  for (const entry of readdirSync(nodeModules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const full = join(nodeModules, entry.name);
    if (!entry.name.startsWith("@")) visit(full);
    else
      for (const scoped of readdirSync(full, { withFileTypes: true }))
        if (scoped.isDirectory()) visit(join(full, scoped.name));
  }
  return count;
};

/** Bytes of every file under `dir` (symlinks not followed). */
const diskBytes = (dir) => {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) bytes += diskBytes(full);
    else if (entry.isFile()) bytes += statSync(full).size;
  }
  return bytes;
};

const measureInstall = (dir) => ({
  bytes: diskBytes(join(dir, "node_modules")),
  packages: countPackages(join(dir, "node_modules")),
});

const timeNode = (cwd, args) => {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: "utf8" });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed:\n${result.stderr}`);
  return { elapsed, rss: Number(result.stdout) };
};

const RSS = "process.stdout.write(String(process.memoryUsage().rss))";
const bareArgs = ["-e", "0"];
const bareRssArgs = ["-e", RSS];
const importArgs = (name) => [
  "--input-type=module",
  "-e",
  `await import(${JSON.stringify(name)}); ${RSS}`,
];

const contenders = [];
const dirs = [];
try {
  const wfkitDir = scratch("wfkit");
  dirs.push(wfkitDir);
  const packs = mkdtempSync(join(tmpdir(), "wfkit-footprint-packs-"));
  dirs.push(packs);
  const tarballs = packTarballs(packs, ["@wfkit/watch", "@wfkit/client"]);
  npmInstall(wfkitDir, Object.values(tarballs));
  contenders.push({ name: "@wfkit/client + @wfkit/watch", module: "@wfkit/client", dir: wfkitDir });

  for (const [name, version] of Object.entries(CONTENDERS)) {
    const dir = scratch(name.replace(/\W/g, "-"));
    dirs.push(dir);
    console.log(`Installing ${name}@${version} alone into a scratch project…`);
    npmInstall(dir, [`${name}@${version}`]);
    contenders.push({ name: `${name} ${version}`, module: name, dir });
  }

  // Start-up: interleave rounds so drift in machine load hits every contender alike.
  const bare = { elapsed: [], rss: [] };
  for (const c of contenders) c.startup = { elapsed: [], rss: [] };
  for (let round = 0; round < ROUNDS; round++) {
    bare.elapsed.push(timeNode(wfkitDir, bareArgs).elapsed);
    bare.rss.push(timeNode(wfkitDir, bareRssArgs).rss);
    for (const c of contenders) {
      const { elapsed, rss } = timeNode(c.dir, importArgs(c.module));
      c.startup.elapsed.push(elapsed);
      c.startup.rss.push(rss);
    }
  }
  const bareTime = median(bare.elapsed);
  const bareRss = median(bare.rss);

  const rows = [
    {
      contender: "bare node (baseline)",
      size: "–",
      packages: "–",
      time: formatMs(bareTime),
      timeRatio: formatRatio(1),
      rss: formatMiB(bareRss),
      rssRatio: formatRatio(1),
    },
  ];
  for (const c of contenders) {
    const install = measureInstall(c.dir);
    const time = median(c.startup.elapsed);
    const rss = median(c.startup.rss);
    c.ratios = { time: time / bareTime, rss: rss / bareRss };
    rows.push({
      contender: c.name,
      size: formatMiB(install.bytes),
      packages: formatNumber(install.packages),
      time: formatMs(time),
      timeRatio: formatRatio(c.ratios.time),
      rss: formatMiB(rss),
      rssRatio: formatRatio(c.ratios.rss),
    });
  }
  printTable(
    `Footprint and start-up: installed alone with npm; cold import() in a fresh node, median of ${ROUNDS} (baseline: bare node)`,
    [
      { key: "contender", title: "contender" },
      { key: "size", title: "install size", right: true },
      { key: "packages", title: "packages", right: true },
      { key: "time", title: "cold import", right: true },
      { key: "timeRatio", title: "time vs bare", right: true },
      { key: "rss", title: "RSS", right: true },
      { key: "rssRatio", title: "RSS vs bare", right: true },
    ],
    rows,
  );
  const wfkit = contenders[0];
  const ok = wfkit.ratios.time <= TARGET && wfkit.ratios.rss <= TARGET;
  console.log(
    `\nwfkit start-up target (≤ ${TARGET}× bare node): ${ok ? "met" : "NOT met"} (time ${formatRatio(wfkit.ratios.time)}, RSS ${formatRatio(wfkit.ratios.rss)})`,
  );
} finally {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
