// 2. Per-call overhead: createRun + startAsync of an AUTO city run (straight to success) against
// the fake server over real HTTP on loopback. Baseline: two bare fetch calls. Every contender
// sends the same two requests to the same fake through the same global fetch (one keep-alive
// pool). A fourth contender, bare fetch with the guards every wfkit call keeps, measures the floor
// for a client that keeps them (it names the run in create-run, as wfkit does). The contenders
// take turns CALL BY CALL (the order rotates each time), so a burst of load on this shared
// machine lands on all of them alike; each round sums every contender's call times, and each
// figure is the median over the rounds of the rate and of the per-round ratio.
import { startFakeServer } from "./lib/fake-server.mjs";
import { importMastra, importWfkit } from "./lib/packages.mjs";
import { medianRatio, printRepeated } from "./lib/repeated.mjs";

const REPEATS = Number(process.env.BENCH_REPEATS ?? 15);
const CALLS = Number(process.env.BENCH_CALLS ?? 60);
const WARMUP_ROUNDS = 100;
const GUARDED = "fetch + wfkit's guards (floor)";
const utf8 = new TextDecoder();
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
  // The floor for a client that keeps wfkit's guards on every call, measured rather than assumed:
  // the same two requests with what wfkit's transport gives each attempt (its own timeout signal
  // and timer, `redirect: "manual"`, a `Headers` object, the body read as bytes, then parsed) and
  // none of its checks. The per-attempt timeout signal is most of its cost.
  const guarded = async (url, init) => {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), 60_000);
    try {
      const response = await fetch(url, {
        ...init,
        headers: new Headers(init.headers),
        redirect: "manual",
        signal: timeout.signal,
      });
      return JSON.parse(utf8.decode(await response.arrayBuffer()));
    } finally {
      clearTimeout(timer);
    }
  };
  const guardedFetch = async () => {
    const runId = crypto.randomUUID();
    await guarded(`${api}/create-run?runId=${runId}`, { method: "POST" });
    const result = await guarded(`${api}/start-async?runId=${runId}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ inputData }),
    });
    expectSuccess(result);
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
  const tasks = [bareFetch, guardedFetch, runWfkit, runMastra];
  for (let i = 0; i < WARMUP_ROUNDS; i++) for (const task of tasks) await task();

  const rows = await interleaved(
    {
      "bare fetch": bareFetch,
      [GUARDED]: guardedFetch,
      "@wfkit/client": runWfkit,
      "@mastra/client-js 0.10.23": runMastra,
    },
    { rounds: REPEATS, calls: CALLS },
  );
  printRepeated(
    `Per-call overhead: createRun + startAsync (AUTO run) over loopback HTTP, ${CALLS} calls per round, contenders alternating call by call, median of ${REPEATS} rounds (baseline: bare fetch; target ≥ 0.95×)`,
    rows,
    { unit: "calls/s", versus: "@mastra/client-js 0.10.23", versusLabel: "Mastra" },
  );
  const byName = Object.fromEntries(rows.map((row) => [row.name, row]));
  const versus = (a, b) => medianRatio(byName[a], byName[b]);
  const wfkitRatio = versus("@wfkit/client", "bare fetch");
  console.log(
    `@wfkit/client: ${wfkitRatio.toFixed(3)}× bare fetch (target ≥ 0.95×): ${wfkitRatio >= 0.95 ? "met" : "not met"}; ` +
      `${GUARDED}: ${versus(GUARDED, "bare fetch").toFixed(3)}× bare fetch; @wfkit/client: ${versus("@wfkit/client", GUARDED).toFixed(3)}× the floor`,
  );
} finally {
  await server.stop();
}

/**
 * Runs `contenders` (`{ name: async () => void }`, the first is the baseline) in `rounds` rounds
 * of `calls` calls each, one call of each in turn, the order rotating every call. Returns the rows
 * `printRepeated` takes: `{ name, rates, ratios }`, rate = calls/s within a round.
 */
async function interleaved(contenders, { rounds, calls }) {
  const names = Object.keys(contenders);
  const rates = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const spent = Object.fromEntries(names.map((name) => [name, 0]));
    for (let i = 0; i < calls; i++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(i + k) % names.length];
        const started = performance.now();
        await contenders[name]();
        spent[name] += performance.now() - started;
      }
    }
    for (const name of names) rates[name].push(calls / (spent[name] / 1000));
  }
  const base = rates[names[0]];
  return names.map((name) => ({
    name,
    rates: rates[name],
    ratios: rates[name].map((rate, i) => rate / base[i]),
  }));
}
