import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  WatchAbortError,
  WatchReconnectError,
  WatchTimeoutError,
  watch,
  watchRecords,
  type Sleep,
  type WatchOptions,
  type WatchSource,
} from "@wfkit/watch";
import { computeBackoff } from "@wfkit/watch/internal";
import { HttpStatusError, createFetchSource } from "./helpers/fetch-source.js";
import { createScriptedServer, type ScriptedServer } from "./helpers/scripted-server.js";
import { createTestClock, settle, waitFor, type TestClock } from "./helpers/test-clock.js";
import {
  PENDING,
  RUN,
  START,
  START_SEQUENCE,
  consume,
  describeRecord,
} from "./helpers/watch-fixtures.js";

const STALL_MS = 1000;
let server: ScriptedServer;
let clock: TestClock;

beforeEach(async () => {
  server = await createScriptedServer();
  clock = createTestClock();
});
afterEach(() => server.close());

const optionsFor = (runId: string, extra: Partial<WatchOptions> = {}): WatchOptions => ({
  runId,
  stallTimeoutMs: STALL_MS,
  clock,
  ...extra,
});

/** A sleep that records the delays and does not wait (the deprecated `sleep` option). */
const recordingSleep = (): { sleep: Sleep; delays: number[] } => {
  const delays: number[] = [];
  return {
    delays,
    sleep: async (ms, signal) => {
      delays.push(ms);
      if (signal?.aborted) throw new WatchAbortError(signal.reason);
    },
  };
};

describe("reconnection", () => {
  it.each([
    ["continues after the drop (Mastra: no replay)", false],
    ["replays from the start (deduplicated)", true],
  ])(
    "recovers a dropped connection with nothing lost or duplicated: server %s",
    async (_, replay) => {
      server.run(RUN, {
        state: PENDING,
        connections: [
          { kind: "body", pieces: START.slice(0, 2), partial: START[2] as string, then: "destroy" },
          { kind: "body", pieces: replay ? START : START.slice(2), then: "close" },
        ],
      });
      const { sleep, delays } = recordingSleep();
      const errors: unknown[] = [];
      const { records, done } = consume(
        watchRecords(
          createFetchSource(server.url, RUN),
          optionsFor(RUN, { sleep, onError: (e) => errors.push(e) }),
        ),
      );
      await done;
      expect(records.map(describeRecord)).toEqual(START_SEQUENCE);
      expect(server.watchConnections).toHaveLength(2);
      expect(delays).toHaveLength(1);
      expect(errors).toHaveLength(1); // the drop, reported before reconnecting
    },
  );

  it("waits the backoff on the injected clock before reconnecting", async () => {
    server.run(RUN, {
      state: PENDING,
      connections: [{ kind: "destroy" }, { kind: "body", pieces: START, then: "close" }],
    });
    const reconnect = { baseDelayMs: 400, maxDelayMs: 400 };
    const { records, done } = consume(
      watchRecords(
        createFetchSource(server.url, RUN),
        optionsFor(RUN, { reconnect, random: () => 1 }),
      ),
    );
    await clock.waitForTimer(400);
    expect(server.watchConnections).toHaveLength(1);
    await clock.advance(399);
    expect(server.watchConnections).toHaveLength(1);
    await clock.advance(1);
    await done;
    expect(server.watchConnections).toHaveLength(2);
    expect(records.map(describeRecord)).toEqual(START_SEQUENCE);
  });

  it("throws WatchReconnectError after maxAttempts failed reconnections, with backoff between them", async () => {
    server.run("x", { state: { status: "running", steps: {} }, fallback: { kind: "destroy" } });
    const { sleep, delays } = recordingSleep();
    const reconnect = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 250 };
    const error = await consume(
      watchRecords(
        createFetchSource(server.url, "x"),
        optionsFor("x", { sleep, reconnect, random: () => 0.5 }),
      ),
    ).done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WatchReconnectError);
    expect((error as WatchReconnectError).attempts).toBe(3);
    expect((error as WatchReconnectError).code).toBe("reconnect_failed");
    expect((error as WatchReconnectError).cause).toBeDefined();
    expect((error as Error).message).not.toMatch(/\.\./);
    expect(server.watchConnections).toHaveLength(4);
    expect(delays).toEqual(
      [1, 2, 3].map((attempt) => computeBackoff(attempt, { ...reconnect, random: () => 0.5 })),
    );
    expect(delays).toEqual([75, 150, 188]);
  });

  it("does not retry a refusal that shouldReconnect rejects", async () => {
    server.run("x", { state: PENDING, fallback: { kind: "status", status: 403 } });
    const error = await consume(
      watchRecords(
        createFetchSource(server.url, "x"),
        optionsFor("x", {
          shouldReconnect: (e) => !(e instanceof HttpStatusError && e.status < 500),
        }),
      ),
    ).done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(server.watchConnections).toHaveLength(1);
  });

  it("`ready` rejects when the watch cannot be opened, without an unhandled rejection", async () => {
    server.run(RUN, { state: PENDING, fallback: { kind: "status", status: 404 } });
    const iterator = watchRecords(
      createFetchSource(server.url, RUN),
      optionsFor(RUN, { shouldReconnect: () => false }),
    );
    await expect(iterator.ready).rejects.toBeInstanceOf(HttpStatusError);
    await expect(iterator.next()).rejects.toBeInstanceOf(HttpStatusError);
  });
});

describe("a watch that never connected", () => {
  it("rejects watch() with the underlying error after the reconnection budget, not a lost connection", async () => {
    server.run(RUN, { state: PENDING, fallback: { kind: "status", status: 500 } });
    const { sleep, delays } = recordingSleep();
    const error = await watch(
      createFetchSource(server.url, RUN),
      optionsFor(RUN, { sleep, reconnect: { maxAttempts: 1 } }),
      () => {},
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect((error as Error).message).not.toMatch(/Lost the watch connection/);
    expect(server.watchConnections).toHaveLength(2);
    expect(delays).toHaveLength(1);
  });

  it("times out a connection that never sends headers after connectTimeoutMs, then ends with WatchTimeoutError", async () => {
    const opened: AbortSignal[] = [];
    const source: WatchSource = {
      open: (signal) => {
        opened.push(signal);
        return new Promise(() => {}); // a server that never answers, and ignores the abort
      },
      state: async () => ({ status: "running", steps: {} }),
    };
    const { done, ended } = consume(
      watchRecords(
        source,
        optionsFor(RUN, {
          connectTimeoutMs: 5000,
          reconnect: { maxAttempts: 2, baseDelayMs: 100, maxDelayMs: 100 },
          random: () => 1,
        }),
      ),
    );
    for (let attempt = 1; attempt <= 3; attempt++) {
      await clock.waitForTimer(5000);
      expect(opened).toHaveLength(attempt);
      await clock.advance(4999);
      expect(opened[attempt - 1]?.aborted).toBe(false);
      await clock.advance(1);
      expect(opened[attempt - 1]?.aborted).toBe(true);
      expect(opened[attempt - 1]?.reason).toBeInstanceOf(WatchTimeoutError);
      if (attempt < 3) {
        await clock.waitForTimer(100);
        await clock.advance(100);
      }
    }
    const error = await done.catch((e: unknown) => e);
    expect(ended()).toBe(true);
    expect(error).toBeInstanceOf(WatchTimeoutError);
    expect((error as WatchTimeoutError).code).toBe("timeout");
    expect((error as Error).message).toContain("did not open within 5000 ms");
    expect(opened).toHaveLength(3);
    expect(clock.timers).toEqual([]);
  });

  it("the connect timeout does not apply once the headers arrived", async () => {
    server.run(RUN, { state: PENDING });
    const iterator = watchRecords(
      createFetchSource(server.url, RUN),
      optionsFor(RUN, { connectTimeoutMs: 50 }),
    );
    await iterator.ready;
    await waitFor(() => !clock.timers.some((timer) => timer.ms === 50));
    await clock.advance(STALL_MS - 1);
    for (const piece of START) server.emit(RUN, piece);
    const seen: string[] = [];
    for await (const record of iterator) seen.push(describeRecord(record));
    expect(seen).toEqual(START_SEQUENCE);
    expect(server.watchConnections).toHaveLength(1);
    await settle();
  });
});
