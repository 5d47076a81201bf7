// Issue 11's careless-option, watch-connect and 1.x-watch-memory attacks, rerun against the built
// @wfkit/client: one figure per finding.
import { startServer } from "../../tests/hostile/helpers/http-server.ts";
import { heapAfterGc } from "../../tests/hostile/helpers/measure.ts";
import { importWfkit } from "../lib/packages.mjs";

const { MastraClient } = await importWfkit("client");
const { createVirtualClock } = await importWfkit("test-utils");
const MB = 1024 * 1024;
const STORM = 1000;
const failure = (promise) =>
  promise.then(
    () => undefined,
    (error) => error,
  );

/** Requests one `getWorkflows()` makes against a server that always answers 503 (capped). */
const callRequests = async (options) => {
  let calls = 0;
  try {
    const client = new MastraClient({
      protocol: "v0",
      sleep: async () => {},
      ...options,
      fetch: async () => {
        if (++calls > STORM) throw new Error("storm");
        return new Response("{}", { status: 503 });
      },
    });
    const error = await failure(client.getWorkflows());
    return error?.message === "storm" ? `≥${STORM} requests` : `${calls} requests, ${error?.name}`;
  } catch (error) {
    return error.name;
  }
};

/** Watch requests in 60 virtual seconds of a watch whose connections end at once. */
const watchRequests = async (params) => {
  const clock = createVirtualClock();
  let calls = 0;
  const stop = new AbortController();
  try {
    const client = new MastraClient({
      protocol: "v0",
      clock,
      retry: { retries: 0 },
      fetch: async (request) => {
        calls++;
        return new URL(request.url).pathname.endsWith("/watch")
          ? new Response("")
          : Response.json({ status: "running", steps: {} });
      },
    });
    const opened = client
      .getWorkflow("w")
      .watch({ runId: "r", ...params }, () => {}, { signal: stop.signal });
    const refused = await failure(opened);
    if (refused) return `${refused.name}, ${calls} requests`;
    const handle = await opened;
    for (let t = 0; t < 60_000 && calls <= STORM; t += 100) await clock.advance(100);
    stop.abort();
    await handle?.done.catch(() => {});
    return calls > STORM ? `≥${STORM} requests in 60 s` : `${calls} requests in 60 s`;
  } catch (error) {
    stop.abort();
    return error.name;
  }
};

export const numericOptions = async () => {
  const calls = [
    ["retries: NaN", { retry: { retries: Number.NaN } }],
    ["baseDelayMs: NaN", { retry: { baseDelayMs: Number.NaN } }],
    ["maxDelayMs: -1", { retry: { maxDelayMs: -1 } }],
    ["timeoutMs: -1", { timeoutMs: -1 }],
    ["timeoutMs: NaN", { timeoutMs: Number.NaN }],
    ['timeoutMs: "1000"', { timeoutMs: "1000" }],
    ["timeoutMs: 2³¹", { timeoutMs: 2 ** 31 }],
  ];
  const watches = [
    ["maxAttempts: NaN", { reconnect: { maxAttempts: Number.NaN } }],
    ["stallTimeoutMs: 0", { stallTimeoutMs: 0 }],
    ["stallTimeoutMs: Infinity", { stallTimeoutMs: Number.POSITIVE_INFINITY }],
    ["stallTimeoutMs: 3e9", { stallTimeoutMs: 3e9 }],
  ];
  const out = [];
  for (const [label, options] of calls) out.push(`${label} → ${await callRequests(options)}`);
  for (const [label, params] of watches)
    out.push(`watch ${label} → ${await watchRequests(params)}`);
  return `against a 503 server: ${out.join("; ")}`;
};

export const watchConnect = async () => {
  const server = await startServer(() => {}); // reads each request, never answers
  const clock = createVirtualClock();
  try {
    const client = new MastraClient({ baseUrl: server.url, protocol: "v0", clock });
    const outcome = { done: false, error: undefined };
    const watching = client
      .getWorkflow("w")
      .watch({ runId: "r" }, () => {})
      .then(
        (handle) => handle.done,
        (error) => (outcome.error = error),
      )
      .finally(() => (outcome.done = true));
    const start = clock.now();
    while (!outcome.done && clock.now() - start < 3 * 3600_000) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      await clock.advance(1000);
    }
    await watching;
    const minutes = ((clock.now() - start) / 60_000).toFixed(1);
    return `await watch() on a server that never sends headers fails after ${minutes} virtual min, ${server.requests.length} connections, ${outcome.error?.name ?? "no error"} (default timeouts)`;
  } finally {
    await server.close();
  }
};

export const v1WatchHeap = async () => {
  const total = 200 * MB;
  const output = "x".repeat(64 * 1024);
  const encoder = new TextEncoder();
  let sent = 0;
  let n = 0;
  const body = () =>
    new ReadableStream({
      pull(controller) {
        if (sent >= total) return; // stays open: the watch holds whatever it keeps
        const event = {
          type: "workflow-step-result",
          runId: "r",
          payload: { id: "a", status: "success", output: `${n++}${output}`, endedAt: n },
        };
        const bytes = encoder.encode(`${JSON.stringify(event)}\x1e`);
        sent += bytes.length;
        controller.enqueue(bytes);
      },
    });
  const stop = new AbortController();
  const client = new MastraClient({
    protocol: "v1",
    retry: { retries: 0 },
    fetch: async (request) =>
      new URL(request.url).pathname.endsWith("/observe")
        ? new Response(body())
        : Response.json({ status: "running", steps: {} }),
  });
  const before = await heapAfterGc();
  let records = 0;
  const handle = await client
    .getWorkflow("w")
    .watch({ runId: "r" }, () => void records++, { signal: stop.signal });
  while (sent < total) await new Promise((resolve) => setTimeout(resolve, 20));
  await new Promise((resolve) => setTimeout(resolve, 200));
  const grown = (await heapAfterGc()) - before;
  stop.abort();
  await handle.done.catch(() => {});
  return `${Math.round(sent / MB)} MB of 1.x events (${records} records) streamed: heap +${(grown / MB).toFixed(1)} MB while the watch is open`;
};
