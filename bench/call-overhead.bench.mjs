// 2. Per-call overhead: createRun + startAsync of an AUTO city run (straight to success) against
// the fake server over real HTTP on loopback. Baseline: two bare fetch calls. Median of repeated
// batches (lib/repeated.mjs).
import { startFakeServer } from "./lib/fake-server.mjs";
import { importMastra, importWfkit } from "./lib/packages.mjs";
import { printRepeated, repeated } from "./lib/repeated.mjs";

const REPEATS = Number(process.env.BENCH_REPEATS ?? 9);
const CALLS = Number(process.env.BENCH_CALLS ?? 100);
const WARMUP_ROUNDS = 100;
const { MastraClient: WfkitClient } = await importWfkit("client");
const { MastraClient } = await importMastra();

const server = await startFakeServer();
try {
  const api = `${server.url}/api/workflows/testWorkflow`;
  const inputData = { city: "AUTO" };
  const expectSuccess = (result) => {
    if (result.status !== "success") throw new Error(`run ended ${result.status}`);
  };

  const wfkit = new WfkitClient({ baseUrl: server.url }).getWorkflow("testWorkflow");
  const mastra = new MastraClient({ baseUrl: server.url }).getWorkflow("testWorkflow");

  const bareFetch = async () => {
    const { runId } = await (await fetch(`${api}/create-run`, { method: "POST" })).json();
    const response = await fetch(`${api}/start-async?runId=${runId}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ inputData }),
    });
    expectSuccess(await response.json());
  };
  const runWfkit = async () => {
    const { runId } = await wfkit.createRun();
    expectSuccess(await wfkit.startAsync({ runId, inputData }));
  };
  const runMastra = async () => {
    const { runId } = await mastra.createRun();
    expectSuccess(await mastra.startAsync({ runId, inputData }));
  };

  // Warm the server's JIT first, so the contender measured first is not penalised.
  const tasks = [bareFetch, () => runWfkit(), () => runMastra()];
  for (let i = 0; i < WARMUP_ROUNDS; i++) for (const task of tasks) await task();

  const batch = (task) => async () => {
    for (let i = 0; i < CALLS; i++) await task();
  };
  const rows = await repeated(
    {
      "bare fetch": batch(bareFetch),
      "@wfkit/client": batch(runWfkit),
      "@mastra/client-js 0.10.23": batch(runMastra),
    },
    { repeats: REPEATS, warmups: 0, perRun: CALLS },
  );
  printRepeated(
    `Per-call overhead: createRun + startAsync (AUTO run) over loopback HTTP, ${CALLS} calls per run, median of ${REPEATS} runs (baseline: bare fetch; target ≥ 0.95×)`,
    rows,
    { unit: "calls/s", versus: "@mastra/client-js 0.10.23", versusLabel: "Mastra" },
  );
} finally {
  await server.stop();
}
