/**
 * The watch-fault attack of issue 11 (finding 2), shared by tests/hostile/watch-faults.test.ts and
 * bench/hostile-figures.mjs: for each fault mode, runs followed with
 * `watchRecords({ runId, follow: true })`, and the step outcomes delivered compared with the run's
 * final state: every outcome in the state delivered once, in order; none lost, none duplicated.
 *
 * Everything runs on the fake server's virtual clock (the workflow's sleeps, the faults and the
 * watcher's timers); the attack advances it until the watch ends.
 */
import { createServer, connect, type Server, type Socket } from "node:net";
import { MastraClient, type WatchRecord } from "@wfkit/client";
import {
  createFakeServer,
  createStep,
  createWorkflow,
  type FakeServer,
  type Fault,
} from "@wfkit/test-utils";
import { createRandom } from "./measure.js";

/** Fixed; `WFKIT_SEED=<n>` replays or explores other seeds. */
export const BASE_SEED = Number(process.env.WFKIT_SEED ?? 20_261_201);
/** Virtual milliseconds per turn of the test's clock. */
const TURN_MS = 5;
/** Turns after which a watch that has not ended counts as hung. */
const MAX_TURNS = 20_000;
export const WORKFLOW = "hostileWorkflow";

const step = (id: string, ms: number) =>
  createStep<{ n: number }>({
    id,
    execute: async ({ inputData, sleep }) => {
      await sleep(ms);
      return { n: inputData.n + 1 };
    },
  });

/** Five steps, each taking virtual time, with a `.sleep()` (a `waiting` run) in the middle. */
export const workflow = createWorkflow({ id: "hostile-workflow" })
  .then(step("one", 10))
  .then(step("two", 20))
  .then(step("three", 5))
  .sleep(15, { id: "pause" })
  .then(step("four", 10))
  .then(step("five", 30))
  .commit();

export type Mode =
  "drop-watch" | "truncate-record" | "truncate-record-then-close" | "tcp-cut" | "stall-watch";

/** The fault of one run in one mode, drawn from the run's seed. */
const faultFor = (mode: Mode, random: ReturnType<typeof createRandom>): Fault | undefined => {
  switch (mode) {
    case "drop-watch":
      return {
        type: "drop-watch",
        afterRecords: random.between(0, 6),
        times: random.between(1, 3),
      };
    case "truncate-record":
      return {
        type: "truncate-record",
        record: random.between(0, 10),
        times: random.between(1, 2),
      };
    case "truncate-record-then-close":
      return {
        type: "truncate-record",
        record: random.between(0, 10),
        thenClose: true,
        times: random.between(1, 2),
      };
    case "stall-watch":
      return {
        type: "stall-watch",
        afterRecords: random.between(0, 8),
        times: random.between(1, 2),
      };
    case "tcp-cut":
      return undefined;
  }
};

/**
 * A TCP proxy in front of `target` that cuts 60% of watch connections after a random number of
 * response bytes (headers included), in both directions at once.
 */
export const createCuttingProxy = async (
  target: URL,
  random: () => number,
): Promise<{ url: string; cuts: () => number; close: () => Promise<void> }> => {
  let cuts = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    const upstream = connect(Number(target.port), target.hostname);
    sockets.add(upstream);
    let limit = Number.POSITIVE_INFINITY;
    let sent = 0;
    const cut = (): void => {
      cuts++;
      client.destroy();
      upstream.destroy();
    };
    client.on("data", (chunk: Buffer) => {
      // Each request on a kept-alive socket starts a chunk: arm a cut for a watch, disarm otherwise.
      const line = chunk.toString("latin1", 0, Math.min(chunk.length, 512)).split("\r\n")[0] ?? "";
      if (/^[A-Z]+ \S+ HTTP\/1\.1$/.test(line)) {
        const isWatch = /^GET \S*\/watch\?/.test(line);
        limit = isWatch && random() < 0.6 ? sent + Math.floor(random() * 1500) : Infinity;
      }
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => {
      if (sent + chunk.length <= limit) {
        sent += chunk.length;
        client.write(chunk);
        return;
      }
      client.write(chunk.subarray(0, limit - sent), cut);
      sent = limit;
    });
    const end = (): void => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", end).on("error", end);
    upstream.on("close", end).on("error", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    cuts: () => cuts,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};

/** Advances the server clock, turn by turn, until `promise` settles. */
const drive = async (server: FakeServer, promise: Promise<unknown>, hung: string) => {
  const state = { settled: false };
  const settled = promise.then(
    () => void (state.settled = true),
    () => void (state.settled = true),
  );
  for (let turn = 0; !state.settled; turn++) {
    if (turn > MAX_TURNS) throw new Error(hung);
    await server.clock.advance(TURN_MS);
  }
  await settled;
  await promise;
};

/** `id:status:endedAt` of a finished step result. */
const outcomeKey = (id: string, step: { status?: unknown; endedAt?: unknown }): string =>
  `${id}:${String(step.status)}:${String(step.endedAt)}`;

const isOutcome = (step: { status?: unknown } | undefined): boolean =>
  step?.status === "success" || step?.status === "failed";

export interface RunReport {
  seed: number;
  fault: Fault | undefined;
  lost: string[];
  duplicated: string[];
  outOfOrder: boolean;
  finalStatus: string | undefined;
  lastDelivered: string | undefined;
}

/** Watches one run under the fault of its seed and compares what was delivered with the state. */
export const watchOneRun = async (
  server: FakeServer,
  client: MastraClient,
  mode: Mode,
  seed: number,
): Promise<RunReport> => {
  const random = createRandom(seed);
  const fault = faultFor(mode, random);
  server.clearFaults();
  if (fault) server.inject(fault);
  const wf = client.getWorkflow(WORKFLOW);
  const { runId } = await wf.createRun();
  const records = wf.watchRecords({
    runId,
    follow: true,
    clock: server.clock,
    stallTimeoutMs: 200,
    reconnect: { maxAttempts: 8, baseDelayMs: 20, maxDelayMs: 200 },
    random: random.next,
    onError: () => {},
  });
  // A first connection that fails waits for a reconnection delay on the virtual clock: drive it.
  await drive(server, records.ready, `${mode} seed ${seed}: the watch never opened`);
  await wf.start({ runId, inputData: { n: 0 } });
  const delivered: WatchRecord[] = [];
  const watch = { ended: false };
  const reading = (async () => {
    try {
      for await (const record of records) delivered.push(record);
    } finally {
      watch.ended = true;
    }
  })();
  for (let turn = 0; !watch.ended; turn++) {
    if (turn > MAX_TURNS) {
      await records.return?.();
      throw new Error(
        `${mode} seed ${seed}: the watch did not end (fault ${JSON.stringify(fault)})`,
      );
    }
    await server.clock.advance(TURN_MS);
  }
  await reading;
  server.clearFaults();

  const stored = server.runs.get(WORKFLOW, runId);
  const steps = (stored?.snapshot.context ?? {}) as Record<string, { status?: unknown }>;
  const expected = Object.entries(steps)
    .filter(([id, result]) => id !== "input" && isOutcome(result))
    .map(([id, result]) => outcomeKey(id, result));
  const got = delivered
    .map((record) => record.payload.currentStep)
    .filter((current) => isOutcome(current))
    .map((current) => outcomeKey(String(current!.id), current!));
  const counts = new Map<string, number>();
  for (const key of got) counts.set(key, (counts.get(key) ?? 0) + 1);
  const endedAt = (key: string): number => Number(key.split(":").at(-1));
  return {
    seed,
    fault,
    lost: expected.filter((key) => !counts.has(key)),
    duplicated: [...counts].filter(([, n]) => n > 1).map(([key]) => key),
    outOfOrder: got.some((key, i) => i > 0 && endedAt(key) < endedAt(got[i - 1]!)),
    finalStatus: stored?.snapshot.status,
    lastDelivered: delivered.at(-1)?.payload.workflowState.status,
  };
};

export const MODES: Mode[] = [
  "drop-watch",
  "truncate-record",
  "truncate-record-then-close",
  "tcp-cut",
  "stall-watch",
];

/** What one mode gave over its runs. */
export interface ModeReport {
  summary: { mode: Mode; runs: number; lost: number; duplicated: number; cuts?: number };
  /** Runs with a lost, duplicated or out-of-order outcome, or a wrong last status. */
  bad: RunReport[];
}

/** Runs `runs` watched runs under `mode`, each with its own seed, against a fresh fake. */
export const attackMode = async (mode: Mode, runs: number): Promise<ModeReport> => {
  const listen = mode === "tcp-cut";
  const closers: Array<{ close: () => Promise<void> }> = [];
  try {
    const server = await createFakeServer({ workflows: { [WORKFLOW]: workflow }, listen });
    closers.push(server);
    let baseUrl = server.url;
    let cuts = (): number => 0;
    if (listen) {
      const proxy = await createCuttingProxy(
        new URL(server.url),
        createRandom(BASE_SEED + 99).next,
      );
      closers.push(proxy);
      baseUrl = proxy.url;
      cuts = proxy.cuts;
    }
    const client = new MastraClient({
      baseUrl,
      protocol: "v0",
      ...(listen ? {} : { fetch: server.fetch }),
    });
    const reports: RunReport[] = [];
    const modeIndex = MODES.indexOf(mode);
    for (let i = 0; i < runs; i++) {
      reports.push(await watchOneRun(server, client, mode, BASE_SEED + modeIndex * 1000 + i));
    }
    const bad = reports.filter(
      (r) =>
        r.lost.length > 0 ||
        r.duplicated.length > 0 ||
        r.outOfOrder ||
        r.lastDelivered !== r.finalStatus ||
        r.finalStatus !== "success",
    );
    const summary = {
      mode,
      runs: reports.length,
      lost: reports.reduce((n, r) => n + r.lost.length, 0),
      duplicated: reports.reduce((n, r) => n + r.duplicated.length, 0),
      ...(listen ? { cuts: cuts() } : {}),
    };
    return { summary, bad };
  } finally {
    for (const closer of closers.reverse()) await closer.close();
  }
};
