// 9. Live watching (issue 13): the seed's watch-then-start flow against the REAL Mastra servers
// (0.10.15 and 1.x, the harnesses tests use), through @wfkit/client. For each run: the time from
// `start()` being called to the first watch record, the time from the first step's start (its
// `startedAt`, server clock on the same machine) to that record, and the step transitions the
// watch delivered against those the run made (each step's `running` plus its outcome, from the
// run's state afterwards). Records rebuilt from polling (`synthetic`) are counted apart. The row
// "1.x, run started by another client" is a run this client did not start: its records can only
// come from polling the run state (the 1.x server has nothing live for a plain `/start`).
// Median of ROUNDS.
import { startMastra } from "../harness/mastra-0.10/src/index.js";
import { startMastra1 } from "../harness/mastra-1.x/src/index.js";
import { importWfkit } from "./lib/packages.mjs";
import { formatMs, median, printTable } from "./lib/report.mjs";

const ROUNDS = Number(process.env.BENCH_LIVE_ROUNDS ?? 5);
/** The figure issue 13 asks for on 1.x: the first record within this long of the step starting. */
const FIRST_RECORD_BUDGET_MS = 200;
const { MastraClient } = await importWfkit("client");

/** One watch-then-start run to the suspension; `starter` is the client that starts it. */
const measure = async (url, { foreignStart = false } = {}) => {
  const workflow = new MastraClient({ baseUrl: url }).getWorkflow("testWorkflow");
  const starter = foreignStart
    ? new MastraClient({ baseUrl: url }).getWorkflow("testWorkflow")
    : workflow;
  const { runId } = await workflow.createRun();
  const seen = [];
  let firstAt;
  const handle = await workflow.watch({ runId }, (record) => {
    firstAt ??= Date.now();
    seen.push(record);
  });
  const startedAt = Date.now();
  await starter.start({ runId, inputData: { city: "New York" } });
  await handle.done;
  const state = await workflow.runExecutionResult(runId);
  const made = new Set();
  for (const [id, step] of Object.entries(state.steps ?? {})) {
    if (id === "input" || typeof step?.status !== "string") continue;
    made.add(`${id}:running`);
    made.add(`${id}:${step.status}`);
  }
  const delivered = new Set(
    seen
      .filter((r) => r.payload.currentStep)
      .map((r) => `${r.payload.currentStep.id}:${r.payload.currentStep.status}`),
  );
  const firstStep = Math.min(
    ...Object.values(state.steps ?? {})
      .map((s) => s?.startedAt)
      .filter((t) => typeof t === "number"),
  );
  return {
    toFirst: firstAt - startedAt,
    stepToFirst: firstAt - firstStep,
    seen: [...made].filter((t) => delivered.has(t)).length,
    made: made.size,
    synthetic: seen.filter((r) => r.synthetic).length,
    records: seen.length,
  };
};

const row = (server, how, results) => {
  const stepToFirst = median(results.map((r) => r.stepToFirst));
  const minSeen = Math.min(...results.map((r) => r.seen / r.made));
  const worst = results.find((r) => r.seen / r.made === minSeen);
  return {
    server,
    how,
    toFirst: formatMs(median(results.map((r) => r.toFirst))),
    stepToFirst: formatMs(stepToFirst),
    transitions: `${worst.seen} of ${worst.made}`,
    source: `${median(results.map((r) => r.synthetic))} of ${median(results.map((r) => r.records))} polled`,
    figure: how.includes("another")
      ? "(reference)"
      : stepToFirst <= FIRST_RECORD_BUDGET_MS && worst.seen === worst.made
        ? "met"
        : "MISSED",
  };
};

const rounds = async (url, options) => {
  const results = [];
  for (let i = 0; i < ROUNDS; i++) results.push(await measure(url, options));
  return results;
};

const rows = [];
const failures = [];
{
  const mastra = await startMastra({ timeoutMs: 120_000 });
  try {
    rows.push(row("real 0.10.15", "watch, then start", await rounds(mastra.url)));
  } finally {
    await mastra.close();
  }
}
{
  const mastra = await startMastra1({ timeoutMs: 120_000 });
  try {
    const live = row("real 1.x", "watch, then start", await rounds(mastra.url));
    rows.push(live);
    if (live.figure !== "met") failures.push("real 1.x watch, then start");
    rows.push(
      row(
        "real 1.x",
        "run started by another client",
        await rounds(mastra.url, { foreignStart: true }),
      ),
    );
  } finally {
    await mastra.close();
  }
}

printTable(
  `Live watching, the seed's watch-then-start flow to the suspension (city "New York"), median of ${ROUNDS}; ` +
    `figure: first record within ${FIRST_RECORD_BUDGET_MS} ms of the step starting and every step transition seen`,
  [
    { key: "server", title: "server" },
    { key: "how", title: "flow" },
    { key: "toFirst", title: "start() → first record", right: true },
    { key: "stepToFirst", title: "step start → first record", right: true },
    { key: "transitions", title: "transitions seen (worst run)", right: true },
    { key: "source", title: "records", right: true },
    { key: "figure", title: "figure" },
  ],
  rows,
);
if (failures.length > 0) {
  console.error(`\nfigure missed: ${failures.join(", ")}`);
  process.exit(1);
}
