// 7. Watch scaling: 1, 10, 100 and 1,000 concurrent watches of AUTO runs against the fake server
// over loopback, through @wfkit/client's watch() and, as the baseline, bare streaming fetches of
// the same watch route read to the end. Each cell runs in a fresh Node process (--expose-gc) with
// its own server, so RSS and heap are its own. Runs are created and started with bare fetch in
// both, so only the watch differs. Reports the heap the open watches hold (after gc), peak RSS
// and the time from the starts until every watch has ended; ratios are client / bare fetch.
// Peak RSS moves by ±5% from one process to the next, so each cell runs ROUNDS times, the two
// contenders taking turns to go first; the table shows medians, and the RSS ratio is the median
// of the rounds' ratios with their range.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startFakeServer } from "./lib/fake-server.mjs";
import { importWfkit } from "./lib/packages.mjs";
import {
  formatMiB,
  formatMs,
  formatNumber,
  formatRatio,
  median,
  printTable,
} from "./lib/report.mjs";

const COUNTS = (process.env.BENCH_WATCH_COUNTS ?? "1,10,100,1000").split(",").map(Number);
const ROUNDS = Number(process.env.BENCH_WATCH_ROUNDS ?? 3);
const MODES = ["bare fetch", "@wfkit/client"];

const cell = async (mode, count) => {
  const server = await startFakeServer();
  const api = `${server.url}/api/workflows/testWorkflow`;
  const post = async (path, body) => {
    const init = { method: "POST", headers: { "content-type": "application/json" } };
    const response = await fetch(`${api}/${path}`, { ...init, body: JSON.stringify(body ?? {}) });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.json();
  };
  const runIds = await Promise.all(
    Array.from({ length: count }, async () => (await post("create-run")).runId),
  );
  const { MastraClient } = await importWfkit("client");
  const workflow = new MastraClient({ baseUrl: server.url }).getWorkflow("testWorkflow");
  let records = 0;
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);

  globalThis.gc();
  const before = process.memoryUsage();
  // Open every watch (accepted by the server), then measure what they hold. `{ done }`, not the
  // promise itself, so opening does not wait for the end.
  const opened = await Promise.all(
    runIds.map(async (runId) => {
      if (mode === "@wfkit/client") {
        const handle = await workflow.watch({ runId }, () => void records++);
        return { done: handle.done };
      }
      const response = await fetch(`${api}/watch?runId=${runId}`);
      const done = (async () => {
        for await (const chunk of response.body)
          for (const byte of chunk) if (byte === 0x1e) records++;
      })();
      return { done };
    }),
  );
  globalThis.gc();
  const open = process.memoryUsage();
  const started = performance.now();
  await Promise.all(
    runIds.map((runId) => post(`start?runId=${runId}`, { inputData: { city: "AUTO" } })),
  );
  await Promise.all(opened.map((watch) => watch.done));
  const ms = performance.now() - started;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  await server.stop();
  return { heapHeld: open.heapUsed - before.heapUsed, peakRss, ms, records };
};

if (process.argv[2] === "--cell") {
  console.log(JSON.stringify(await cell(process.argv[3], Number(process.argv[4]))));
} else {
  const measure = (mode, count) => {
    const child = spawnSync(
      process.execPath,
      ["--expose-gc", fileURLToPath(import.meta.url), "--cell", mode, String(count)],
      { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
    );
    if (child.status !== 0) throw new Error(`${mode} × ${count} failed (${child.status})`);
    return JSON.parse(child.stdout.trim().split("\n").pop());
  };
  const rows = [];
  for (const count of COUNTS) {
    const rounds = [];
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? MODES : [...MODES].reverse();
      const results = {};
      for (const mode of order) results[mode] = measure(mode, count);
      rounds.push(results);
    }
    const of = (mode, key) => median(rounds.map((results) => results[mode][key]));
    const ratios = (key) => rounds.map((r) => r["@wfkit/client"][key] / r["bare fetch"][key]);
    const range = (values) =>
      values.length > 1
        ? ` (${formatRatio(Math.min(...values))} – ${formatRatio(Math.max(...values))})`
        : "";
    const rss = ratios("peakRss");
    const time = ratios("ms");
    for (const mode of MODES) {
      const baseline = mode === "bare fetch";
      rows.push({
        watches: formatNumber(count),
        contender: mode,
        records: formatNumber(of(mode, "records")),
        heap: formatMiB(of(mode, "heapHeld")),
        rss: formatMiB(of(mode, "peakRss")),
        rssRatio: baseline ? "" : `${formatRatio(median(rss))}${range(rss)}`,
        time: formatMs(of(mode, "ms")),
        timeRatio: baseline ? "" : formatRatio(median(time)),
      });
    }
  }
  printTable(
    `Watch scaling: concurrent watches of AUTO runs over loopback, median of ${ROUNDS} rounds (baseline: bare streaming fetch; target peak RSS ≤ 1.20×)`,
    [
      { key: "watches", title: "watches", right: true },
      { key: "contender", title: "contender" },
      { key: "records", title: "records", right: true },
      { key: "heap", title: "heap held open (gc)", right: true },
      { key: "rss", title: "peak RSS", right: true },
      { key: "rssRatio", title: "RSS vs bare (range)", right: true },
      { key: "time", title: "start → all ended", right: true },
      { key: "timeRatio", title: "time vs bare", right: true },
    ],
    rows,
  );
}
