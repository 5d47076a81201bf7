// 8. Steps scaling: one watched run of 10, 100 and 1,000 steps where each record carries the whole
// workflowState, so bytes on the wire grow as n², from a scripted node:http server in its own
// process (lib/steps-server-child.mjs). Contenders read the same watch route: a bare streaming
// fetch (bytes only), the split + JSON.parse limit on that stream, and @wfkit/client's watch().
// Time is the median of ROUNDS; peak heap above the start is sampled per record (--expose-gc).
// "time ×" and "bytes ×" are growth against the smallest run: cost should grow no faster than bytes.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { importWfkit } from "./lib/packages.mjs";
import {
  formatMiB,
  formatMs,
  formatNumber,
  formatRatio,
  median,
  printTable,
} from "./lib/report.mjs";

const STEPS = (process.env.BENCH_STEPS ?? "10,100,1000").split(",").map(Number);
const ROUNDS = Number(process.env.BENCH_STEPS_ROUNDS ?? 3);
const SEPARATOR = "\u001e";
const gc = globalThis.gc ?? (() => {});
const { MastraClient } = await importWfkit("client");

const child = spawn(
  process.execPath,
  [fileURLToPath(new URL("./lib/steps-server-child.mjs", import.meta.url))],
  { stdio: ["pipe", "pipe", "inherit"] },
);
const lines = createInterface({ input: child.stdout });
const [line] = await lines[Symbol.asyncIterator]()
  .next()
  .then((r) => [r.value]);
const { url } = JSON.parse(line);
const watchUrl = (n) => `${url}/api/workflows/steps/watch?runId=steps-${n}`;
const workflow = new MastraClient({ baseUrl: url }).getWorkflow("steps");

let peakHeap = 0;
const sample = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));

const CONTENDERS = {
  "bare streaming fetch": async (n) => {
    let bytes = 0;
    for await (const chunk of (await fetch(watchUrl(n))).body) bytes += chunk.length;
    sample();
    return { bytes };
  },
  "split + JSON.parse limit": async (n) => {
    const decoder = new TextDecoder();
    let buffer = "";
    let records = 0;
    for await (const chunk of (await fetch(watchUrl(n))).body) {
      buffer += decoder.decode(chunk, { stream: true });
      const pieces = buffer.split(SEPARATOR);
      buffer = pieces.pop();
      for (const piece of pieces) if (JSON.parse(JSON.parse(piece)) !== undefined) records++;
      sample();
    }
    return { records };
  },
  "@wfkit/client watch()": async (n) => {
    let records = 0;
    let status = "";
    const handle = await workflow.watch({ runId: `steps-${n}` }, (record) => {
      records++;
      status = record.payload.workflowState.status;
      sample();
    });
    await handle.done;
    if (status !== "success") throw new Error(`watch of ${n} steps ended at ${status}`);
    return { records };
  },
};

const results = [];
try {
  for (const n of STEPS) {
    const times = Object.fromEntries(Object.keys(CONTENDERS).map((name) => [name, []]));
    const heaps = {};
    let bytes = 0;
    // One unrecorded warm-up round at the smallest size (JIT, connection pool).
    for (let round = n === STEPS[0] ? -1 : 0; round < ROUNDS; round++) {
      for (const [name, run] of Object.entries(CONTENDERS)) {
        gc();
        const start = process.memoryUsage().heapUsed;
        peakHeap = start;
        const started = performance.now();
        const outcome = await run(n);
        if (round < 0) continue;
        times[name].push(performance.now() - started);
        heaps[name] = Math.max(heaps[name] ?? 0, peakHeap - start);
        if (outcome.bytes !== undefined) bytes = outcome.bytes;
        if (outcome.records !== undefined && outcome.records !== n)
          throw new Error(`${name}: ${outcome.records} records, expected ${n}`);
      }
    }
    for (const name of Object.keys(CONTENDERS))
      results.push({ n, name, bytes, ms: median(times[name]), heap: heaps[name] });
  }
} finally {
  child.stdin.end();
}

const first = (name) => results.find((r) => r.name === name);
const bare = (n) => results.find((r) => r.n === n && r.name === "bare streaming fetch");
printTable(
  `Steps scaling: one watched run, each record carries the whole workflowState (median of ${ROUNDS}; growth vs ${STEPS[0]} steps)`,
  [
    { key: "steps", title: "steps", right: true },
    { key: "wire", title: "bytes on wire", right: true },
    { key: "bytesX", title: "bytes ×", right: true },
    { key: "contender", title: "contender" },
    { key: "time", title: "time", right: true },
    { key: "timeX", title: "time ×", right: true },
    { key: "perByte", title: "time × / bytes ×", right: true },
    { key: "rate", title: "MB/s", right: true },
    { key: "vsBare", title: "time vs bare fetch", right: true },
    { key: "heap", title: "peak heap above start", right: true },
  ],
  results.map((r) => {
    const base = first(r.name);
    const bytesX = r.bytes / base.bytes;
    const timeX = r.ms / base.ms;
    return {
      steps: formatNumber(r.n),
      wire: `${formatNumber(r.bytes / 1024, 1)} KiB`,
      bytesX: formatRatio(bytesX),
      contender: r.name,
      time: formatMs(r.ms),
      timeX: formatRatio(timeX),
      perByte: formatRatio(timeX / bytesX),
      rate: formatNumber(r.bytes / 1e6 / (r.ms / 1000), 1),
      vsBare: formatRatio(r.ms / bare(r.n).ms),
      heap: formatMiB(r.heap),
    };
  }),
);
