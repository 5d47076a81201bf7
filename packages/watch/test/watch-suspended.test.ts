import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { watch, watchRecords, type WatchOptions, type WatchRecord } from "@wfkit/watch";
import { createFetchSource } from "./helpers/fetch-source.js";
import {
  createScriptedServer,
  snapshotOf,
  type ScriptedServer,
} from "./helpers/scripted-server.js";
import { createTestClock, settle, type TestClock } from "./helpers/test-clock.js";
import {
  RESUME,
  RUN,
  RESUME_SEQUENCE,
  START,
  START_SEQUENCE,
  consume,
  describeRecord,
} from "./helpers/watch-fixtures.js";

const STALL_MS = 1000;
const SETTLE_MS = 250;
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

/** Lets the watcher poll the run state `times` more times; it stays silent meanwhile. */
const pollSilently = async (runId: string, times: number): Promise<void> => {
  for (let i = 0; i < times; i++) {
    const before = server.stateRequests.get(runId) ?? 0;
    await clock.waitForTimer(STALL_MS);
    await clock.advance(STALL_MS);
    await server.waitForStateRequests(runId, before + 1);
    await settle();
    expect(clock.timers.map((timer) => timer.ms)).toEqual([STALL_MS]); // nothing to deliver
  }
};

describe("a watch without follow, opened on a suspended run", () => {
  it("stays open and silent, then delivers the resume's records and ends at success", async () => {
    server.run(RUN, { state: snapshotOf(START[4] as string) });
    const records: WatchRecord[] = [];
    const handle = await watch(createFetchSource(server.url, RUN), optionsFor(RUN), (record) => {
      records.push(record);
    });
    await server.waitForStateRequests(RUN, 1);
    await pollSilently(RUN, 3);
    expect(records).toEqual([]); // not the stale suspended state
    // The resume: the server's open watch delivers it, as Mastra's does.
    for (const piece of RESUME) server.emit(RUN, piece);
    await handle.done;
    expect(records.map(describeRecord)).toEqual(RESUME_SEQUENCE);
    expect(server.watchConnections).toHaveLength(1);
  });

  it("ends at the next stop: suspended again", async () => {
    server.run(RUN, { state: snapshotOf(START[4] as string) });
    const { records, done, ended } = consume(
      watchRecords(createFetchSource(server.url, RUN), optionsFor(RUN)),
    );
    await server.waitForStateRequests(RUN, 1);
    // Resumed, then suspended again at the same step (a later suspension).
    const again = JSON.parse(JSON.stringify(snapshotOf(START[4] as string))) as ReturnType<
      typeof snapshotOf
    >;
    const step2 = again.steps["step2"] as { suspendedAt: number; resumedAt?: number };
    step2.resumedAt = step2.suspendedAt + 10;
    step2.suspendedAt += 20;
    server.setState(RUN, again);
    await clock.waitForTimer(STALL_MS);
    await clock.advance(STALL_MS);
    await clock.waitForTimer(SETTLE_MS);
    expect(ended()).toBe(false);
    await clock.advance(SETTLE_MS);
    await done;
    expect(records.map(describeRecord)).toEqual(["running/step2:suspended*", "suspended/-*"]);
  });

  it("sees a resume that finished between two polls from the run state", async () => {
    server.run(RUN, { state: snapshotOf(START[4] as string) });
    const { records, done } = consume(
      watchRecords(createFetchSource(server.url, RUN), optionsFor(RUN)),
    );
    await server.waitForStateRequests(RUN, 1);
    server.setState(RUN, snapshotOf(RESUME[2] as string));
    await clock.waitForTimer(STALL_MS);
    await clock.advance(STALL_MS);
    await clock.waitForTimer(SETTLE_MS);
    await clock.advance(SETTLE_MS);
    await done;
    expect(records.map(describeRecord)).toEqual(["running/step2:success*", "success/-*"]);
  });

  it("with follow, still reports the suspended state at once (unchanged)", async () => {
    server.run(RUN, { state: snapshotOf(START[4] as string) });
    const iterator = watchRecords(
      createFetchSource(server.url, RUN),
      optionsFor(RUN, { follow: true }),
    );
    const first = iterator.next();
    await clock.waitForTimer(SETTLE_MS);
    await clock.advance(SETTLE_MS);
    expect(describeRecord((await first).value as WatchRecord)).toBe("running/step1:success*");
    await iterator.return?.();
  });

  it("a watch opened before the run starts still ends at the first suspension", async () => {
    server.run(RUN, { state: { status: "pending", steps: {} } });
    const { records, done } = consume(
      watchRecords(createFetchSource(server.url, RUN), optionsFor(RUN)),
    );
    await server.waitForStateRequests(RUN, 1);
    for (const piece of START) server.emit(RUN, piece);
    await done;
    expect(records.map(describeRecord)).toEqual(START_SEQUENCE);
  });
});
