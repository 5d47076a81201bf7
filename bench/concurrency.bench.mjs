// 4. Concurrency: 1,000 runs at once against the fake server over loopback HTTP, each with its own
// watch: createRun, watch (accepted before start), startAsync of an AUTO run, then the watch's
// end. Reports errors (0 expected), wall time and peak RSS of this process and of the server.
import { startFakeServer } from "./lib/fake-server.mjs";
import { importWfkit } from "./lib/packages.mjs";
import { formatMiB, formatMs, formatNumber, printTable } from "./lib/report.mjs";

const RUNS = Number(process.env.BENCH_CONCURRENCY ?? 1000);
const { MastraClient } = await importWfkit("client");

const server = await startFakeServer();
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const errors = [];
let records = 0;
let watchedToSuccess = 0;
const startRss = process.memoryUsage().rss;
const started = performance.now();
try {
  const workflow = new MastraClient({ baseUrl: server.url }).getWorkflow("testWorkflow");
  await Promise.all(
    Array.from({ length: RUNS }, async () => {
      try {
        const { runId } = await workflow.createRun();
        let last = "";
        const watch = await workflow.watch({ runId }, (record) => {
          records++;
          last = record.payload.workflowState.status;
        });
        const result = await workflow.startAsync({ runId, inputData: { city: "AUTO" } });
        if (result.status !== "success") throw new Error(`run ended ${result.status}`);
        await watch.done;
        if (last === "success") watchedToSuccess++;
        else throw new Error(`watch ended at ${last || "no record"}`);
      } catch (error) {
        errors.push(error);
      }
    }),
  );
} finally {
  clearInterval(sampler);
}
const wall = performance.now() - started;
const serverReport = await server.stop();

printTable(
  `Concurrency: ${formatNumber(RUNS)} concurrent runs, each watched (createRun, watch, startAsync, watch end)`,
  [
    { key: "metric", title: "metric" },
    { key: "value", title: "value", right: true },
  ],
  [
    { metric: "errors (0 expected)", value: formatNumber(errors.length) },
    {
      metric: "watches that saw success",
      value: `${formatNumber(watchedToSuccess)} / ${formatNumber(RUNS)}`,
    },
    { metric: "records received", value: formatNumber(records) },
    { metric: "wall time", value: formatMs(wall) },
    { metric: "runs/s", value: formatNumber(RUNS / (wall / 1000)) },
    { metric: "client peak RSS", value: `${formatMiB(peakRss)} (start ${formatMiB(startRss)})` },
    { metric: "fake server peak RSS", value: formatMiB(serverReport.peakRss) },
  ],
);
if (errors.length > 0) {
  const kinds = new Map();
  for (const error of errors) kinds.set(String(error), (kinds.get(String(error)) ?? 0) + 1);
  console.error("\nerrors:", [...kinds].map(([message, n]) => `${n}× ${message}`).join("\n"));
  process.exitCode = 1;
}
