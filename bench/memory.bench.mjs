// 3. Memory: RSS and heap before, during (peak) and after consuming a 1,000,000-record watch
// stream through parseRecordStream. The stream is generated on demand in 64 KB chunks, so any
// growth is the parser's. Run with --expose-gc (pnpm bench does). Fails when the peak heap grows
// by more than HEAP_BUDGET over the start: the parser must hold one record at a time, not the body.
import { generatedStream } from "./lib/watch-body.mjs";
import { importWfkit } from "./lib/packages.mjs";
import { formatMiB, formatMs, formatNumber, printTable } from "./lib/report.mjs";

const RECORDS = Number(process.env.BENCH_MEMORY_RECORDS ?? 1_000_000);
const HEAP_BUDGET = 32 * 1024 * 1024;
const SAMPLE_EVERY = 10_000;

const { parseRecordStream } = await importWfkit("watch");
const gc =
  globalThis.gc ?? (() => console.warn("(no --expose-gc: before/after figures include garbage)"));

const snapshot = () => {
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
};

gc();
const before = snapshot();
const peak = { ...before };
let count = 0;
const started = performance.now();
for await (const record of parseRecordStream(generatedStream(RECORDS))) {
  if (record !== undefined) count++;
  if (count % SAMPLE_EVERY === 0) {
    const now = snapshot();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
  }
}
const elapsed = performance.now() - started;
gc();
const after = snapshot();
if (count !== RECORDS) throw new Error(`parsed ${count} records, expected ${RECORDS}`);

const row = (label, value) => ({
  moment: label,
  rss: formatMiB(value.rss),
  heap: formatMiB(value.heapUsed),
  rssDelta: `${value.rss >= before.rss ? "+" : ""}${formatMiB(value.rss - before.rss)}`,
  heapDelta: `${value.heapUsed >= before.heapUsed ? "+" : ""}${formatMiB(value.heapUsed - before.heapUsed)}`,
});
printTable(
  `Memory: ${formatNumber(RECORDS)} records through parseRecordStream in ${formatMs(elapsed)} (baseline: before)`,
  [
    { key: "moment", title: "moment" },
    { key: "rss", title: "RSS", right: true },
    { key: "heap", title: "heap used", right: true },
    { key: "rssDelta", title: "RSS vs before", right: true },
    { key: "heapDelta", title: "heap vs before", right: true },
  ],
  [
    row("before", before),
    row(`peak (sampled every ${formatNumber(SAMPLE_EVERY)} records)`, peak),
    row("after (gc)", after),
  ],
);
const growth = peak.heapUsed - before.heapUsed;
if (growth > HEAP_BUDGET) {
  console.error(
    `\nFAIL: peak heap grew by ${formatMiB(growth)} (budget ${formatMiB(HEAP_BUDGET)}): the parser is holding on to the body`,
  );
  process.exitCode = 1;
} else
  console.log(
    `\nflat: peak heap within ${formatMiB(HEAP_BUDGET)} of the start (+${formatMiB(growth)})`,
  );
