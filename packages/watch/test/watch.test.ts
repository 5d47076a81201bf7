import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  StreamConsumedError,
  WatchAbortError,
  WatchCallbackError,
  WatchRunNotFoundError,
  watch,
  watchRecords,
  type WatchOptions,
  type WatchRecord,
} from "@wfkit/watch";
import { createFetchSource } from "./helpers/fetch-source.js";
import {
  createScriptedServer,
  snapshotOf,
  type ScriptedServer,
} from "./helpers/scripted-server.js";
import { createTestClock, settle, type TestClock } from "./helpers/test-clock.js";
import {
  FAILURE,
  PENDING,
  RESUME,
  RESUME_SEQUENCE,
  RUN,
  START,
  START_SEQUENCE,
  consume,
  describeRecord,
  pieces,
} from "./helpers/watch-fixtures.js";

/** Distinct delays, so a test can wait for the timer it means. */
const STALL_MS = 1000;
const SETTLE_MS = 250;

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
let server: ScriptedServer;
let clock: TestClock;

beforeEach(async () => {
  unhandled.length = 0;
  process.on("unhandledRejection", onUnhandled);
  server = await createScriptedServer();
  clock = createTestClock();
});

afterEach(async () => {
  await server.close();
  process.off("unhandledRejection", onUnhandled);
  expect(unhandled).toEqual([]);
});

const optionsFor = (runId: string, extra: Partial<WatchOptions> = {}): WatchOptions => ({
  runId,
  stallTimeoutMs: STALL_MS,
  clock,
  ...extra,
});

/** Fires the settle timer the watcher arms before delivering what only the run state shows. */
const settleSnapshot = async (): Promise<void> => {
  await clock.waitForTimer(SETTLE_MS);
  await clock.advance(SETTLE_MS);
};

describe("watch (seed form)", () => {
  it("resolves once the server accepted the watch, before the run starts, and ends at suspension", async () => {
    server.run(RUN, { state: PENDING });
    const records: WatchRecord[] = [];
    const handle = await watch(createFetchSource(server.url, RUN), optionsFor(RUN), (record) => {
      records.push(record);
    });
    // Accepted: one connection is open and the run has not started yet.
    expect(server.watchConnections).toHaveLength(1);
    expect(records).toEqual([]);

    for (const piece of START) server.emit(RUN, piece);
    await handle.done;

    expect(records.map(describeRecord)).toEqual(START_SEQUENCE);
    const [first] = records;
    expect(first?.eventTimestamp).toEqual(new Date(1795867073449));
    expect(first?.runId).toBe("fixture-run-1");
    expect(first?.payload.workflowState.input).toEqual({ value: 21 });
    expect(Object.keys(first?.payload.workflowState.steps ?? {})).toEqual(["step1"]);
    await server.watchConnections[0]?.closed;
    expect(clock.timers).toEqual([]);
  });

  it("rejects done with WatchRunNotFoundError for an unknown run (200 with an empty body)", async () => {
    const handle = await watch(createFetchSource(server.url, "nope"), optionsFor("nope"), () => {});
    const error = await handle.done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WatchRunNotFoundError);
    expect((error as WatchRunNotFoundError).runId).toBe("nope");
    expect((error as WatchRunNotFoundError).code).toBe("not_found");
  });

  describe("callback errors", () => {
    it("closes the watch and rejects done with WatchCallbackError when there is no onError", async () => {
      server.run(RUN, { state: PENDING });
      const boom = new Error("boom.");
      const handle = await watch(createFetchSource(server.url, RUN), optionsFor(RUN), () => {
        throw boom;
      });
      server.emit(RUN, START[0] as string);
      const error = await handle.done.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WatchCallbackError);
      expect((error as WatchCallbackError).cause).toBe(boom);
      expect((error as Error).message).not.toContain("..");
      await server.watchConnections[0]?.closed;
    });

    it("reports async callback failures to onError and keeps watching", async () => {
      server.run(RUN, { state: PENDING });
      const reported: unknown[] = [];
      const seen: string[] = [];
      const handle = await watch(
        createFetchSource(server.url, RUN),
        optionsFor(RUN, { onError: (e) => reported.push(e) }),
        async (record) => {
          seen.push(describeRecord(record));
          await settle(1);
          throw new Error(`rejected ${seen.length}`);
        },
      );
      for (const piece of START) server.emit(RUN, piece);
      await handle.done;
      expect(seen).toEqual(START_SEQUENCE);
      expect(reported).toHaveLength(5);
      expect(reported.every((e) => e instanceof WatchCallbackError)).toBe(true);
    });

    it("does not leave an unhandled rejection when done is never observed", async () => {
      server.run(RUN, { state: PENDING });
      await watch(createFetchSource(server.url, RUN), optionsFor(RUN), () => {
        throw new Error("ignored");
      });
      server.emit(RUN, START[0] as string);
      await server.watchConnections[0]?.closed;
      await settle(10);
      expect(unhandled).toEqual([]);
    });
  });

  it("close() closes the connection, resolves done, and leaves no timer and no request behind", async () => {
    server.run(RUN, { state: PENDING });
    const handle = await watch(createFetchSource(server.url, RUN), optionsFor(RUN), () => {});
    await server.waitForStateRequests(RUN, 1);
    await handle.close();
    await handle.done;
    await server.watchConnections[0]?.closed;
    expect(clock.timers).toEqual([]);
    const lookups = server.stateRequests.get(RUN) ?? 0;
    await clock.advance(10 * STALL_MS);
    expect(server.stateRequests.get(RUN) ?? 0).toBe(lookups);
    expect(server.watchConnections).toHaveLength(1);
  });

  it("supports await using", async () => {
    server.run(RUN, { state: PENDING });
    {
      await using handle = await watch(
        createFetchSource(server.url, RUN),
        optionsFor(RUN),
        () => {},
      );
      expect(handle.done).toBeInstanceOf(Promise);
    }
    await server.watchConnections[0]?.closed;
    expect(clock.timers).toEqual([]);
  });
});

describe("watchRecords", () => {
  it("follows a run across suspend and resume with the exact sequence of statuses", async () => {
    server.run(RUN, { state: PENDING });
    const { records, done } = consume(
      watchRecords(createFetchSource(server.url, RUN), optionsFor(RUN, { follow: true })),
    );
    await server.waitForConnections(1);
    await server.waitForStateRequests(RUN, 1);
    for (const piece of START) server.emit(RUN, piece);
    // Mastra closes the connection at suspension; the watcher attaches again.
    await server.waitForConnections(2);
    await server.waitForStateRequests(RUN, 2); // the new connection's state check
    for (const piece of RESUME) server.emit(RUN, piece);
    await done;
    expect(records.map(describeRecord)).toEqual([...START_SEQUENCE, ...RESUME_SEQUENCE]);
    expect(records.map((r) => r.payload.workflowState.status)).toEqual([
      "running",
      "running",
      "running",
      "running",
      "suspended",
      "running",
      "running",
      "success",
    ]);
    expect(records.at(-1)?.payload.workflowState.result).toEqual({
      result: "approved=true doubled=42",
    });
    expect(server.watchConnections).toHaveLength(2);
  });

  it("synthesises a resume that happened between two connections", async () => {
    server.run(RUN, { state: PENDING });
    const iterator = watchRecords(
      createFetchSource(server.url, RUN),
      optionsFor(RUN, { follow: true }),
    );
    const next = async () => (await iterator.next()).value as WatchRecord;
    const seen: string[] = [];
    const first = iterator.next();
    await server.waitForConnections(1);
    await server.waitForStateRequests(RUN, 1);
    for (const piece of START) server.emit(RUN, piece);
    seen.push(describeRecord((await first).value as WatchRecord));
    for (let i = 1; i < START.length; i++) seen.push(describeRecord(await next()));
    // No connection is listening now: the resume's records are lost, only the state moves on.
    for (const piece of RESUME) server.emit(RUN, piece);
    const rest = next();
    await settleSnapshot();
    seen.push(describeRecord(await rest));
    const last = await next();
    seen.push(describeRecord(last));
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
    // The missed step's final result is rebuilt, then the final state.
    expect(seen).toEqual([...START_SEQUENCE, "running/step2:success*", "success/-*"]);
    expect(last.synthetic).toBe(true);
    expect(last.payload.workflowState.result).toEqual({ result: "approved=true doubled=42" });
    expect(last.payload.workflowState.input).toEqual({ value: 21 });
    expect(last.payload.workflowState.steps).not.toHaveProperty("input");
  });

  it("follows a run across a .sleep() (waiting) without a duplicate record from the run state", async () => {
    const until = pieces("watch-pipeline-until-waiting.bin");
    const after = pieces("watch-pipeline-after-sleep.bin");
    const PIPE = "fixture-pipe-1";
    server.run(PIPE, { state: PENDING });
    const { records, done } = consume(
      watchRecords(createFetchSource(server.url, PIPE), optionsFor(PIPE, { follow: true })),
    );
    await server.waitForConnections(1);
    await server.waitForStateRequests(PIPE, 1);
    for (const piece of until) server.emit(PIPE, piece);
    // Like Mastra 0.10, the run state during the sleep lacks the sleep step.
    const waiting = snapshotOf(until.at(-1) as string);
    waiting.steps = Object.fromEntries(
      Object.entries(waiting.steps).filter(([id]) => !id.startsWith("sleep_")),
    );
    server.setState(PIPE, waiting);
    await server.waitForConnections(2);
    // Several silent periods: the watcher polls the state each time and must stay quiet.
    for (let poll = 3; poll <= 5; poll++) {
      await clock.waitForTimer(STALL_MS);
      await clock.advance(STALL_MS);
      await server.waitForStateRequests(PIPE, poll);
    }
    await settle();
    expect(clock.timers.map((timer) => timer.ms)).toEqual([STALL_MS]); // no settle timer armed
    expect(records.map(describeRecord)).toHaveLength(3);
    for (const piece of after) server.emit(PIPE, piece);
    await done;
    const sequence = records.map(describeRecord).map((s) => s.replace(/sleep_[0-9a-f-]+/, "sleep"));
    expect(sequence).toEqual([
      "running/double:running",
      "running/double:success",
      "waiting/sleep:waiting",
      "running/sleep:success",
      "running/add-one:running",
      "running/add-one:success",
      "success/-",
    ]);
  });

  it("settles on a finished run with synthetic step and final records, after one settle delay", async () => {
    server.run("f", { state: snapshotOf(FAILURE[2] as string) });
    const { records, done, ended } = consume(
      watchRecords(createFetchSource(server.url, "f"), optionsFor("f")),
    );
    await clock.waitForTimer(SETTLE_MS);
    expect(ended()).toBe(false);
    await clock.advance(SETTLE_MS);
    await done;
    expect(records.map(describeRecord)).toEqual(["running/boom:failed*", "failed/-*"]);
    expect(records[1]?.eventTimestamp).toEqual(new Date(clock.now()));
    expect(records[1]?.payload.workflowState.error).toMatch(/^Error: kaboom/);
    await server.watchConnections[0]?.closed;
    expect(clock.timers).toEqual([]);
  });

  it("still takes the deprecated `now` option for synthetic timestamps", async () => {
    server.run("f", { state: snapshotOf(FAILURE[2] as string) });
    const { records, done } = consume(
      watchRecords(createFetchSource(server.url, "f"), optionsFor("f", { now: () => 42 })),
    );
    await settleSnapshot();
    await done;
    expect(records.map((r) => r.eventTimestamp.getTime())).toEqual([42, 42]);
  });

  it("keeps polling an already-suspended run while following, even if the server never sends anything", async () => {
    server.run("s", { state: snapshotOf(START[4] as string) });
    const iterator = watchRecords(
      createFetchSource(server.url, "s"),
      optionsFor("s", { follow: true }),
    );
    const take = async () => describeRecord((await iterator.next()).value as WatchRecord);
    const firstThree = Promise.all([take(), take(), take()]);
    await settleSnapshot();
    expect(await firstThree).toEqual([
      "running/step1:success*",
      "running/step2:suspended*",
      "suspended/-*",
    ]);
    // Resumed and finished behind the watcher's back.
    server.setState("s", snapshotOf(RESUME[2] as string));
    const lastTwo = Promise.all([take(), take()]);
    await clock.waitForTimer(STALL_MS);
    await clock.advance(STALL_MS);
    await settleSnapshot();
    expect(await lastTwo).toEqual(["running/step2:success*", "success/-*"]);
    expect((await iterator.next()).done).toBe(true);
    expect(server.stateRequests.get("s")).toBeGreaterThanOrEqual(2);
    expect(server.watchConnections).toHaveLength(1);
  });

  it("throws WatchRunNotFoundError for an unknown run", async () => {
    const error = await consume(
      watchRecords(createFetchSource(server.url, "ghost"), optionsFor("ghost")),
    ).done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WatchRunNotFoundError);
  });

  it("break closes the connection", async () => {
    server.run(RUN, { state: PENDING });
    const source = createFetchSource(server.url, RUN);
    const reading = (async () => {
      for await (const record of watchRecords(source, optionsFor(RUN))) {
        return describeRecord(record);
      }
      return undefined;
    })();
    await server.waitForConnections(1);
    server.emit(RUN, START[0] as string);
    expect(await reading).toBe("running/step1:running");
    await server.watchConnections[0]?.closed;
    expect(clock.timers).toEqual([]);
  });

  it("can be iterated only once", async () => {
    server.run(RUN, { state: PENDING });
    const iterator = watchRecords(createFetchSource(server.url, RUN), optionsFor(RUN));
    iterator[Symbol.asyncIterator]();
    expect(() => iterator[Symbol.asyncIterator]()).toThrow(StreamConsumedError);
    await iterator.return?.();
  });

  it("an already-aborted signal opens no connection", async () => {
    server.run(RUN, { state: PENDING });
    const signal = AbortSignal.abort();
    await expect(
      consume(watchRecords(createFetchSource(server.url, RUN), optionsFor(RUN, { signal }))).done,
    ).rejects.toBeInstanceOf(WatchAbortError);
    await expect(
      watch(createFetchSource(server.url, RUN), optionsFor(RUN, { signal }), () => {}),
    ).rejects.toBeInstanceOf(WatchAbortError);
    await settle();
    expect(server.watchConnections).toHaveLength(0);
    expect(clock.timers).toEqual([]);
  });
});

describe("watchRecords connects at once", () => {
  it("opens the connection before the first next(), and `ready` resolves on accept", async () => {
    server.run(RUN, { state: PENDING });
    const iterator = watchRecords(createFetchSource(server.url, RUN), optionsFor(RUN));
    await iterator.ready;
    expect(server.watchConnections).toHaveLength(1);
    // The run starts now; its records reach the connection that is already open.
    for (const piece of START) server.emit(RUN, piece);
    const seen: string[] = [];
    for await (const record of iterator) seen.push(describeRecord(record));
    expect(seen).toEqual(START_SEQUENCE);
  });

  it("without follow, a .sleep() (waiting) is not the end: the watch attaches again", async () => {
    const until = pieces("watch-pipeline-until-waiting.bin");
    const after = pieces("watch-pipeline-after-sleep.bin");
    const PIPE = "fixture-pipe-1";
    server.run(PIPE, { state: PENDING });
    const iterator = watchRecords(createFetchSource(server.url, PIPE), optionsFor(PIPE));
    await iterator.ready;
    const { records, done } = consume(iterator);
    for (const piece of until) server.emit(PIPE, piece);
    await server.waitForConnections(2);
    await server.waitForStateRequests(PIPE, 2);
    for (const piece of after) server.emit(PIPE, piece);
    await done;
    const seen = records.map(describeRecord);
    expect(seen.at(2)).toMatch(/^waiting\/sleep_.*:waiting$/);
    expect(seen.at(-1)).toBe("success/-");
    expect(seen).toHaveLength(7);
  });
});
