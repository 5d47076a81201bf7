// 2. Per-call overhead: createRun + startAsync of an AUTO city run (straight to success) against
// the fake server over real HTTP on loopback. Baseline: two bare fetch calls.
import { Bench } from "tinybench";
import { startFakeServer } from "./lib/fake-server.mjs";
import { importMastra, importWfkit } from "./lib/packages.mjs";
import { THROUGHPUT_COLUMNS, printTable, throughputRows } from "./lib/report.mjs";

const TIME_MS = Number(process.env.BENCH_TIME_MS ?? 3000);
const WARMUP_ROUNDS = 500;
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

  const bench = new Bench({ name: "createRun + startAsync", time: TIME_MS, warmupTime: 500 });
  bench
    .add("bare fetch", bareFetch)
    .add("@wfkit/client", runWfkit)
    .add("@mastra/client-js 0.10.23", runMastra);
  await bench.run();
  printTable(
    "Per-call overhead: createRun + startAsync (AUTO run) over loopback HTTP (baseline: bare fetch)",
    THROUGHPUT_COLUMNS,
    throughputRows(bench.tasks, "bare fetch", { unit: "ops/s" }),
  );
} finally {
  await server.stop();
}
