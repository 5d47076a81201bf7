// 1. Watch parsing throughput: 100,000 records built from the real-server captures, fed in 1 KB
// and 64 KB chunks, as the median of repeated runs (lib/repeated.mjs). Baseline: the physical limit, a tight TextDecoder + split + JSON.parse loop
// over the same bytes with no stream machinery. For reference, the same loop reading the chunks from a
// ReadableStream (what any reader of a response body pays on top). Contenders, each reading the same chunks from a
// ReadableStream (as a response body delivers them) through its public API, records out:
// @wfkit/watch's forEachRecord (callback, no promise per record) and parseRecordStream (`for
// await`), and @mastra/client-js 0.10.23's watch(), with a fetch that returns the same stream
// (0.10.23 has no fetch option, so the global is swapped for its turn only).
import { chunksOf, streamOf, watchBody } from "./lib/watch-body.mjs";
import { importMastra, importWfkit } from "./lib/packages.mjs";
import { medianRatio, printRepeated, repeated } from "./lib/repeated.mjs";
import { median } from "./lib/report.mjs";

const RECORDS = Number(process.env.BENCH_RECORDS ?? 100_000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 11);
const SEPARATOR = "\u001e";

const { forEachRecord, parseRecordStream } = await importWfkit("watch");
const { MastraClient } = await importMastra();

const body = watchBody(RECORDS);
const megabytes = body.length / 1e6;
console.log(
  `Watch body: ${RECORDS.toLocaleString("en-US")} records, ${megabytes.toFixed(1)} MB (avg ${Math.round(body.length / RECORDS)} B/record)`,
);

const expectCount = (name, count) => {
  if (count !== RECORDS) throw new Error(`${name} parsed ${count} records, expected ${RECORDS}`);
};

const physicalLimit = (chunks) => {
  const decoder = new TextDecoder();
  let buffer = "";
  let count = 0;
  for (const chunk of chunks) {
    buffer += decoder.decode(chunk, { stream: true });
    const pieces = buffer.split(SEPARATOR);
    buffer = pieces.pop();
    for (const piece of pieces) {
      if (piece === "") continue;
      let value = JSON.parse(piece);
      if (typeof value === "string") value = JSON.parse(value);
      if (value !== undefined) count++;
    }
  }
  return count;
};

/** The limit loop fed from a ReadableStream of the same chunks, as a response body delivers them. */
const streamedLimit = async (chunks) => {
  const reader = streamOf(chunks).getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let count = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    const pieces = buffer.split(SEPARATOR);
    buffer = pieces.pop();
    for (const piece of pieces) {
      if (piece === "") continue;
      let parsed = JSON.parse(piece);
      if (typeof parsed === "string") parsed = JSON.parse(parsed);
      if (parsed !== undefined) count++;
    }
  }
  return count;
};

const wfkitCallback = async (chunks) => {
  let count = 0;
  await forEachRecord(streamOf(chunks), (record) => {
    if (record !== undefined) count++;
  });
  return count;
};

const wfkitIterator = async (chunks) => {
  let count = 0;
  for await (const record of parseRecordStream(streamOf(chunks))) if (record !== undefined) count++;
  return count;
};

const mastra = async (chunks) => {
  const realFetch = globalThis.fetch;
  globalThis.fetch = async () => new Response(streamOf(chunks), { status: 200 });
  try {
    let count = 0;
    const client = new MastraClient({ baseUrl: "http://127.0.0.1:9", retries: 0 });
    await client.getWorkflow("testWorkflow").watch({ runId: "bench" }, (record) => {
      if (record !== undefined) count++;
    });
    return count;
  } finally {
    globalThis.fetch = realFetch;
  }
};

const LIMIT = "split + JSON.parse limit";
const STREAMED = "split + JSON.parse over the stream (reference)";
const CALLBACK = "@wfkit/watch forEachRecord";
const ITERATOR = "@wfkit/watch parseRecordStream";
const MASTRA = "@mastra/client-js 0.10.23 watch()";
/** One line per wfkit contender: its medians against both targets, and whether it meets them. */
const printVerdicts = (rows, target) => {
  const limit = rows.find((r) => r.name === LIMIT);
  const mastra = rows.find((r) => r.name === MASTRA);
  const streamed = rows.find((r) => r.name === STREAMED);
  for (const row of rows.filter((r) => r !== limit && r !== mastra && r !== streamed)) {
    const vsLimit = median(row.ratios);
    const vsMastra = medianRatio(row, mastra);
    const vsStreamed = medianRatio(row, streamed);
    const met = vsLimit >= target && vsMastra >= 1;
    console.log(
      `${row.name}: ${vsLimit.toFixed(3)}× the limit (target ≥ ${target}×), ${vsMastra.toFixed(3)}× Mastra (target ≥ 1×): ${met ? "met" : "NOT met"}; ${vsStreamed.toFixed(3)}× the limit loop over the same stream (reference, not the target)`,
    );
  }
};

for (const size of [1024, 64 * 1024]) {
  const target = size === 1024 ? 0.97 : 0.98;
  const chunks = chunksOf(body, size);
  const rows = await repeated(
    {
      [LIMIT]: async () => expectCount("limit", physicalLimit(chunks)),
      [STREAMED]: async () => expectCount("streamed limit", await streamedLimit(chunks)),
      [CALLBACK]: async () => expectCount("forEachRecord", await wfkitCallback(chunks)),
      [ITERATOR]: async () => expectCount("parseRecordStream", await wfkitIterator(chunks)),
      [MASTRA]: async () => expectCount("mastra watch", await mastra(chunks)),
    },
    { repeats: REPEATS, perRun: megabytes },
  );
  printRepeated(
    `Watch parsing: ${RECORDS.toLocaleString("en-US")} records in ${size / 1024} KB chunks, median of ${REPEATS} runs (baseline: ${LIMIT}; target ≥ ${target}× and ≥ Mastra)`,
    rows,
    { unit: "MB/s", digits: 1, versus: MASTRA, versusLabel: "Mastra" },
  );
  console.log("");
  printVerdicts(rows, target);
}
