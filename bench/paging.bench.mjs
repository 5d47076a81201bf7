// Paging: 100,000 runs created on @wfkit/test-utils' fake 0.x server (in process, virtual clock,
// request log off, through its real `create-run` route with numbered run ids), then read back with
// `workflow.allRuns()`. Heap used (after gc) is printed at 0%, 50% and 100% of the walk: allRuns
// holds one page at a time, so it must stay flat. The server's stored runs are in the same heap but
// do not change during the walk. Run with --expose-gc (pnpm bench does). Fails when a run is missed
// or repeated, or when the heap grows by more than HEAP_BUDGET between 0% and 100%.
import { importWfkit } from "./lib/packages.mjs";
import { formatMiB, formatMs, formatNumber, printTable } from "./lib/report.mjs";

const RUNS = Number(process.env.BENCH_PAGING_RUNS ?? 100_000);
const PAGE_SIZE = Number(process.env.BENCH_PAGING_PAGE_SIZE ?? 1000);
const HEAP_BUDGET = 16 * 1024 * 1024;
const SEED_BATCH = 200;

const { createFakeServer, createStep, createWorkflow } = await importWfkit("test-utils");
const gc = globalThis.gc ?? (() => console.warn("(no --expose-gc: the figures include garbage)"));
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

// One step, so each stored run is small and the seeding is about the route, not the graph.
const noop = createStep({ id: "noop", execute: async () => ({}) });
const server = await createFakeServer({
  workflows: { paged: createWorkflow({ id: "paged" }).then(noop).commit() },
  recordRequests: false,
});
const createUrl = (i) => `${server.url}/api/workflows/paged/create-run?runId=run-${i}`;

let started = performance.now();
for (let i = 0; i < RUNS; i += SEED_BATCH) {
  const batch = [];
  for (let j = i; j < Math.min(i + SEED_BATCH, RUNS); j++) {
    batch.push(server.fetch(createUrl(j), { method: "POST" }).then((r) => r.arrayBuffer()));
  }
  await Promise.all(batch);
}
const seeded = performance.now() - started;

const workflow = server.client().getWorkflow("paged");
const seen = new Uint8Array(RUNS); // allocated before the baseline: one byte per run, fixed
let count = 0;
let repeated = 0;
const samples = [{ moment: "0% (before the first page)", heap: heap() }];
started = performance.now();
for await (const run of workflow.allRuns({ pageSize: PAGE_SIZE })) {
  const index = Number(run.runId.slice("run-".length));
  if (seen[index] === 1) repeated++;
  seen[index] = 1;
  count++;
  if (count === RUNS / 2) samples.push({ moment: "50% (mid-walk)", heap: heap() });
}
const walked = performance.now() - started;
samples.push({ moment: "100% (after the last page)", heap: heap() });
await server.close();

const base = samples[0].heap;
const signed = (bytes) => `${bytes >= 0 ? "+" : ""}${formatMiB(bytes)}`;
printTable(
  `Paging: ${formatNumber(RUNS)} runs seeded in ${formatMs(seeded)}, read with allRuns({ pageSize: ${formatNumber(PAGE_SIZE)} }) in ${formatMs(walked)}`,
  [
    { key: "moment", title: "moment" },
    { key: "runs", title: "runs read", right: true },
    { key: "heap", title: "heap used (gc)", right: true },
    { key: "delta", title: "vs 0%", right: true },
  ],
  samples.map((s, i) => ({
    moment: s.moment,
    runs: formatNumber([0, RUNS / 2, count][i]),
    heap: formatMiB(s.heap),
    delta: signed(s.heap - base),
  })),
);
const missed = seen.reduce((n, v) => n + (v === 1 ? 0 : 1), 0);
const growth = samples[2].heap - base;
if (count !== RUNS || missed > 0 || repeated > 0) {
  console.error(`\nFAIL: read ${count} runs, ${missed} missed, ${repeated} repeated`);
  process.exitCode = 1;
} else if (growth > HEAP_BUDGET) {
  console.error(`\nFAIL: heap grew by ${formatMiB(growth)} (budget ${formatMiB(HEAP_BUDGET)})`);
  process.exitCode = 1;
} else {
  console.log(
    `\nflat: every run read once, heap within ${formatMiB(HEAP_BUDGET)} of 0% (${signed(growth)})`,
  );
}
