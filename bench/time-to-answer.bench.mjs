// 6. Time to the answer that matters, against the fake server (Mastra mode) over loopback HTTP:
//   - a 404 (unknown workflow) becoming an error: Mastra 0.x retries every 4xx (~0.7 s);
//   - a watch on an already-finished run settling: real Mastra's server never closes that
//     stream, and Mastra's client never settles (capped here at CAP_MS).
// Median of ROUNDS; the baseline is @wfkit/client.
import { startFakeServer } from "./lib/fake-server.mjs";
import { importMastra, importWfkit } from "./lib/packages.mjs";
import { formatMs, formatRatio, median, printTable } from "./lib/report.mjs";

const ROUNDS = Number(process.env.BENCH_ANSWER_ROUNDS ?? 5);
const CAP_MS = 10_000;
const { MastraClient: WfkitClient } = await importWfkit("client");
const { MastraClient } = await importMastra();

/** Runs `task` with a cap; resolves `{ ms, outcome }`. `task` receives an AbortSignal fired at the cap. */
const timed = async (task) => {
  const controller = new AbortController();
  let timer;
  const cap = new Promise((resolve) => {
    timer = setTimeout(() => resolve("no answer (capped)"), CAP_MS);
  });
  const started = performance.now();
  const outcome = await Promise.race([
    task(controller.signal).then(
      (value) => `resolved${value === undefined ? "" : `: ${value}`}`,
      (error) => `${error?.name ?? "Error"}: ${String(error?.message ?? error).slice(0, 60)}`,
    ),
    cap,
  ]);
  const ms = Math.min(performance.now() - started, CAP_MS);
  clearTimeout(timer);
  controller.abort();
  return { ms, outcome, capped: outcome.startsWith("no answer") };
};

const server = await startFakeServer({ mode: "mastra" });
try {
  const finishedRun = async () => {
    const workflow = new WfkitClient({ baseUrl: server.url }).getWorkflow("testWorkflow");
    const { runId } = await workflow.createRun();
    const result = await workflow.startAsync({ runId, inputData: { city: "AUTO" } });
    if (result.status !== "success") throw new Error(`setup run ended ${result.status}`);
    return runId;
  };

  const scenarios = [
    {
      scenario: "404 (unknown workflow) → error",
      wfkit: () => new WfkitClient({ baseUrl: server.url }).getWorkflow("noSuchWorkflow").details(),
      mastra: (signal) =>
        new MastraClient({ baseUrl: server.url, abortSignal: signal })
          .getWorkflow("noSuchWorkflow")
          .details(),
    },
    {
      scenario: "watch on an already-finished run → settles",
      setup: finishedRun,
      wfkit: async (signal, runId) => {
        const workflow = new WfkitClient({ baseUrl: server.url }).getWorkflow("testWorkflow");
        const handle = await workflow.watch({ runId, signal }, () => {});
        await handle.done;
      },
      mastra: (signal, runId) =>
        new MastraClient({ baseUrl: server.url, abortSignal: signal })
          .getWorkflow("testWorkflow")
          .watch({ runId }, () => {}),
    },
  ];

  const rows = [];
  for (const { scenario, setup, wfkit, mastra } of scenarios) {
    const results = { wfkit: [], mastra: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const context = setup === undefined ? undefined : await setup();
      results.wfkit.push(await timed((signal) => wfkit(signal, context)));
      // Mastra never answering costs the cap each round: once is enough to show it.
      if (results.mastra.every((r) => !r.capped)) {
        const runId = setup === undefined ? undefined : await setup();
        results.mastra.push(await timed((signal) => mastra(signal, runId)));
      }
    }
    const base = median(results.wfkit.map((r) => r.ms));
    for (const [name, list] of [
      ["@wfkit/client", results.wfkit],
      ["@mastra/client-js 0.10.23", results.mastra],
    ]) {
      const ms = median(list.map((r) => r.ms));
      const capped = list.some((r) => r.capped);
      rows.push({
        scenario,
        contender: name,
        time: capped ? `≥ ${formatMs(CAP_MS)} (cap)` : formatMs(ms),
        outcome: list[0].outcome,
        ratio: capped ? `≥ ${formatRatio(CAP_MS / base)}` : formatRatio(ms / base),
        rounds: String(list.length),
      });
    }
  }
  printTable(
    `Time to the answer that matters (median; baseline: @wfkit/client; cap ${formatMs(CAP_MS)})`,
    [
      { key: "scenario", title: "scenario" },
      { key: "contender", title: "contender" },
      { key: "time", title: "time", right: true },
      { key: "ratio", title: "vs wfkit", right: true },
      { key: "rounds", title: "rounds", right: true },
      { key: "outcome", title: "outcome" },
    ],
    rows,
  );
} finally {
  await server.stop();
}
