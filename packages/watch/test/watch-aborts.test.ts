import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  WatchAbortError,
  WfkitError,
  watch,
  watchRecords,
  type WatchOptions,
  type WatchSource,
} from "@wfkit/watch";
import { createFetchSource } from "./helpers/fetch-source.js";
import { createScriptedServer, type ScriptedServer } from "./helpers/scripted-server.js";
import { createTestClock, settle, type TestClock } from "./helpers/test-clock.js";
import { PENDING, RUN, START, consume } from "./helpers/watch-fixtures.js";

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

/** After the watch ended: no timer pending, and no request made however long time runs. */
const expectQuiet = async (runId: string): Promise<void> => {
  expect(clock.timers).toEqual([]);
  const lookups = server.stateRequests.get(runId) ?? 0;
  const connections = server.watchConnections.length;
  await clock.advance(60_000);
  expect(server.stateRequests.get(runId) ?? 0).toBe(lookups);
  expect(server.watchConnections).toHaveLength(connections);
};

describe("every abort ends the watch at once", () => {
  it("the signal option: closes the connection and throws WatchAbortError with the reason", async () => {
    server.run(RUN, { state: PENDING });
    const controller = new AbortController();
    const { done } = consume(
      watchRecords(
        createFetchSource(server.url, RUN),
        optionsFor(RUN, { signal: controller.signal }),
      ),
    );
    await server.waitForConnections(1);
    await server.waitForStateRequests(RUN, 1);
    controller.abort(new Error("user stop"));
    const error = await done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WatchAbortError);
    expect((error as WatchAbortError).cause).toEqual(new Error("user stop"));
    await server.watchConnections[0]?.closed;
    await expectQuiet(RUN);
  });

  it("the signal option of watch(): done rejects with WatchAbortError", async () => {
    server.run(RUN, { state: PENDING });
    const controller = new AbortController();
    const handle = await watch(
      createFetchSource(server.url, RUN),
      optionsFor(RUN, { signal: controller.signal }),
      () => {},
    );
    controller.abort();
    await expect(handle.done).rejects.toBeInstanceOf(WatchAbortError);
    await server.watchConnections[0]?.closed;
    await expectQuiet(RUN);
  });

  it("during a reconnection delay: stops at once, with no connection attempted", async () => {
    server.run("x", { state: { status: "running", steps: {} }, fallback: { kind: "destroy" } });
    const controller = new AbortController();
    const { done } = consume(
      watchRecords(
        createFetchSource(server.url, "x"),
        optionsFor("x", {
          signal: controller.signal,
          reconnect: { baseDelayMs: 60_000, maxDelayMs: 60_000 },
          random: () => 1,
        }),
      ),
    );
    await clock.waitForTimer(60_000);
    controller.abort();
    await expect(done).rejects.toBeInstanceOf(WatchAbortError);
    expect(server.watchConnections).toHaveLength(1);
    await expectQuiet("x");
  });

  it("while a settle timer and a lookup are pending: both are dropped", async () => {
    server.run(RUN, { state: { status: "success", steps: {}, result: 1 } });
    const controller = new AbortController();
    const { done } = consume(
      watchRecords(
        createFetchSource(server.url, RUN),
        optionsFor(RUN, { signal: controller.signal }),
      ),
    );
    await clock.waitForTimer(250);
    controller.abort();
    await expect(done).rejects.toBeInstanceOf(WatchAbortError);
    await expectQuiet(RUN);
  });

  it("handle.close(): done resolves, nothing stays pending", async () => {
    server.run(RUN, { state: PENDING });
    const seen: unknown[] = [];
    const handle = await watch(createFetchSource(server.url, RUN), optionsFor(RUN), (r) => {
      seen.push(r);
    });
    server.emit(RUN, START[0] as string);
    await server.waitForStateRequests(RUN, 1);
    await handle.close();
    await expect(handle.done).resolves.toBeUndefined();
    await server.watchConnections[0]?.closed;
    await expectQuiet(RUN);
  });

  it("return() while a next() is pending: the pending next() settles, nothing stays pending", async () => {
    server.run(RUN, { state: PENDING });
    const iterator = watchRecords(createFetchSource(server.url, RUN), optionsFor(RUN));
    await iterator.ready;
    const pending = iterator.next();
    await server.waitForStateRequests(RUN, 1);
    await iterator.return?.();
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
    await server.watchConnections[0]?.closed;
    await expectQuiet(RUN);
  });

  it("an open that fails because another signal aborted ends the watch with that abort, never a reconnect", async () => {
    let opens = 0;
    const clientAbort = Object.assign(new WfkitError("aborted", "The call was aborted."), {
      name: "AbortError",
    });
    const source: WatchSource = {
      open: async () => {
        opens++;
        throw clientAbort;
      },
      state: async () => ({ status: "running", steps: {} }),
    };
    const error = await consume(watchRecords(source, optionsFor(RUN))).done.catch((e) => e);
    expect(error).toBe(clientAbort);
    expect(opens).toBe(1);
    expect(clock.timers).toEqual([]);
  });

  it("a fetch AbortError (DOMException) from the source is an abort too", async () => {
    let opens = 0;
    const source: WatchSource = {
      open: async () => {
        opens++;
        throw new DOMException("This operation was aborted", "AbortError");
      },
      state: async () => ({ status: "running", steps: {} }),
    };
    const error = await consume(watchRecords(source, optionsFor(RUN))).done.catch((e) => e);
    expect(error).toBeInstanceOf(WatchAbortError);
    expect((error as WatchAbortError).cause).toBeInstanceOf(DOMException);
    expect(opens).toBe(1);
    await settle();
    expect(clock.timers).toEqual([]);
  });
});
