/**
 * Issue 11, done-when: a fuzz test of the fake, 4,000 random requests per generation in
 * `pnpm check` (40,000 under `pnpm test:soak`), from a fixed seed printed on failure. The fake
 * must answer every one with a well-formed HTTP answer, never crash (no uncaught exception, no
 * unhandled rejection), and stay within 128 MB of memory (heap and array buffers, after
 * collection). Set `WFKIT_FUZZ_SEED` to replay another seed.
 */
import { createFakeServer, type FakeServer, type ServerGeneration } from "@wfkit/test-utils";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { count, createRandom, deepInputJson, heapUsed } from "./fake-helpers.js";

const SEED = Number(process.env["WFKIT_FUZZ_SEED"] ?? 20_261_201);
const REQUESTS = count(4_000, 40_000);
const BATCH = 20;
const MEMORY_BOUND = 128 * 1024 * 1024;

type Random = ReturnType<typeof createRandom>;

const KEYS = ["testWorkflow", "failingWorkflow", "pipelineWorkflow"];
const WORKFLOW_IDS = [
  "city-workflow",
  "unknown",
  "..",
  "%2e%2e",
  "__proto__",
  "constructor",
  "%E0%A4%A",
  "%00",
  "é🙂",
  "x".repeat(3000),
];
/** Route suffixes below `/workflows/{workflowId}` and their method. */
const SUFFIXES: readonly (readonly [string, string])[] = [
  ["", "GET"],
  ["/runs", "GET"],
  ["/runs/{runId}", "GET"],
  ["/runs/{runId}", "DELETE"],
  ["/runs/{runId}/execution-result", "GET"],
  ["/runs/{runId}/cancel", "POST"],
  ["/runs/{runId}/send-event", "POST"],
  ["/create-run", "POST"],
  ["/start", "POST"],
  ["/start-async", "POST"],
  ["/resume", "POST"],
  ["/resume-async", "POST"],
  ["/resume-no-wait", "POST"],
  ["/watch", "GET"],
  ["/stream", "POST"],
  ["/resume-stream", "POST"],
  ["/observe", "POST"],
  ["/nope", "GET"],
];
const STREAMING = /\/(watch|stream|observe|resume-stream)$/;

/** A random JSON value, `depth` levels at most. */
const json = (random: Random, depth: number): unknown => {
  switch (random.int(depth <= 0 ? 6 : 9)) {
    case 0:
      return null;
    case 1:
      return random.chance(0.5);
    case 2:
      return random.pick([0, -1, 1.5, 1e308, -0, 42]);
    case 3:
      return random.pick(["", "Paris", "AUTO", "SLOW", "ZZZ", "__proto__", "\u0000", "é🙂"]);
    case 4:
      return "s".repeat(random.int(2000));
    case 5:
      return random.pick(["approval", "validate-city", "double", ["approval"], [{ id: "x" }]]);
    case 6:
      return Array.from({ length: random.int(4) }, () => json(random, depth - 1));
    default: {
      const out: Record<string, unknown> = {};
      for (let i = random.int(5); i > 0; i--)
        out[random.pick(["city", "value", "ok", "__proto__", "constructor", "a", "runId"])] = json(
          random,
          depth - 1,
        );
      return out;
    }
  }
};

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
}

const makeRequest = (random: Random, runIds: string[]): FuzzRequest => {
  const [suffix, routeMethod] = random.pick(SUFFIXES);
  const anyMethod = random.pick([
    "GET",
    "GET",
    "POST",
    "POST",
    "POST",
    "DELETE",
    "PUT",
    "OPTIONS",
    "HEAD",
  ]);
  const method = random.chance(0.8) ? routeMethod : anyMethod;
  const runId =
    random.chance(0.7) && runIds.length > 0
      ? random.pick(runIds)
      : random.pick(["..", "__proto__", "r-" + random.int(1e6), "%zz", ""]);
  let path: string;
  if (random.chance(0.05))
    path = random.pick([
      "/",
      "/api",
      "/api/",
      "/api/workflows/",
      "/other",
      "/api/workflows/run-counts",
    ]);
  else
    path = `/api/workflows/${random.chance(0.75) ? random.pick(KEYS) : random.pick(WORKFLOW_IDS)}${suffix.replace("{runId}", encodeURIComponent(runId))}`;
  const query: string[] = [];
  if (random.chance(0.8)) query.push(`runId=${encodeURIComponent(runId)}`);
  for (const name of [
    "limit",
    "offset",
    "page",
    "perPage",
    "fromDate",
    "toDate",
    "status",
    "fields",
    "resourceId",
  ])
    if (random.chance(0.08))
      query.push(
        `${name}=${encodeURIComponent(String(random.pick(["1", "-1", "NaN", "1e9", "abc", "2026-01-01", "success", "steps,nope", "", "0"])))}`,
      );
  if (query.length > 0) path += `?${query.join("&")}`;
  const headers: Record<string, string> = {};
  if (random.chance(0.8))
    headers["content-type"] = random.pick([
      "application/json",
      "application/json",
      "text/plain",
      "application/json; charset=utf-8",
    ]);
  let body: string | undefined;
  if (method !== "GET" && method !== "HEAD" && random.chance(0.9)) {
    const roll = random.next();
    if (roll < 0.01) body = deepInputJson(5_000 + random.int(20_000));
    else if (roll < 0.015) body = JSON.stringify({ inputData: "x".repeat(5 * 1024 * 1024) });
    else if (roll < 0.05) body = random.pick(["{", "null", "[]", "42", '"x"', "{}garbage", ""]);
    else {
      const value: Record<string, unknown> = {};
      for (const key of [
        "inputData",
        "step",
        "resumeData",
        "runtimeContext",
        "requestContext",
        "event",
        "data",
        "closeOnSuspend",
        "resourceId",
      ])
        if (random.chance(0.4)) value[key] = json(random, 4);
      body = JSON.stringify(value);
    }
  }
  return { method, path, headers, body };
};

const describeRequest = (r: FuzzRequest): string =>
  `${r.method} ${r.path.slice(0, 200)} ${JSON.stringify(r.headers)} body ${r.body === undefined ? "none" : `${r.body.length} chars: ${r.body.slice(0, 120)}`}`;

/** Sends one request and reads (or, for a stream, drops) its answer. */
const send = async (server: FakeServer, r: FuzzRequest): Promise<number> => {
  const res = await server.fetch(`${server.url}${r.path}`, {
    method: r.method,
    headers: r.headers,
    ...(r.body === undefined ? {} : { body: r.body }),
  });
  expect(
    Number.isInteger(res.status) && res.status >= 200 && res.status <= 599,
    describeRequest(r),
  ).toBe(true);
  if (STREAMING.test(new URL(res.url || `${server.url}${r.path}`).pathname) && res.status === 200) {
    await res.body?.cancel();
    return res.status;
  }
  const text = await res.text();
  if ((res.headers.get("content-type") ?? "").includes("application/json"))
    expect(() => JSON.parse(text), describeRequest(r)).not.toThrow();
  return res.status;
};

let crashes: unknown[] = [];
const onCrash = (error: unknown) => crashes.push(error);
beforeEach(() => {
  crashes = [];
  process.on("unhandledRejection", onCrash);
  process.on("uncaughtException", onCrash);
});
afterEach(() => {
  process.off("unhandledRejection", onCrash);
  process.off("uncaughtException", onCrash);
});

describe.each<ServerGeneration>(["0.x", "1.x"])("fuzzing the fake (%s)", (generation) => {
  it(`answers ${REQUESTS} random requests (and the create-runs they need) (seed ${SEED}) without crashing, within 128 MB`, async () => {
    const random = createRandom(SEED + (generation === "1.x" ? 1 : 0));
    const server = await createFakeServer({ generation, allowBackgroundErrors: true });
    const runIds: string[] = [];
    const statuses = new Map<number, number>();
    const before = await heapUsed();
    let current: FuzzRequest | undefined;
    try {
      for (let i = 0; i < REQUESTS; i += BATCH) {
        const batch = Array.from({ length: Math.min(BATCH, REQUESTS - i) }, () =>
          makeRequest(random, runIds),
        );
        if (random.chance(0.3)) {
          // A run the next requests can find.
          const runId = `run-${i}`;
          runIds.push(runId);
          batch.push({
            method: "POST",
            path: `/api/workflows/${random.pick(KEYS)}/create-run?runId=${runId}`,
            headers: {},
            body: undefined,
          });
        }
        let done = false;
        const answers = Promise.all(
          batch.map((r) =>
            send(server, r).catch((error: unknown) => {
              current = r;
              throw error;
            }),
          ),
        ).finally(() => (done = true));
        // Waiting calls sleep on the virtual clock: move it until the batch is answered.
        while (!done) await server.clock.advance(1_000);
        for (const status of await answers) statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
      expect(crashes).toEqual([]);
      const grown = (await heapUsed()) - before;
      expect(grown).toBeLessThan(MEMORY_BOUND);
      const answered = [...statuses.values()].reduce((a, b) => a + b, 0);
      expect(answered).toBeGreaterThanOrEqual(REQUESTS);
      // The mix reached the routes, not only the 404s and 400s.
      expect(statuses.get(200) ?? 0, JSON.stringify([...statuses])).toBeGreaterThan(REQUESTS / 5);
      await server.close();
    } catch (error) {
      const where = current ? `\nlast failing request: ${describeRequest(current)}` : "";
      throw new Error(
        `fuzzing the fake (${generation}) failed with seed ${SEED} (replay with WFKIT_FUZZ_SEED=${SEED})${where}\n${String((error as Error)?.stack ?? error)}`,
        { cause: error },
      );
    } finally {
      await server.close().catch(() => undefined);
    }
  });
});
