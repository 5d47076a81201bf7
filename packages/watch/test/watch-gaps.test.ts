import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RecordParseError, watchRecords, type WatchOptions } from "@wfkit/watch";
import { createFetchSource } from "./helpers/fetch-source.js";
import { createScriptedServer, type ScriptedServer } from "./helpers/scripted-server.js";
import { createTestClock, type TestClock } from "./helpers/test-clock.js";
import {
  PENDING,
  RUN,
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

const optionsFor = (extra: Partial<WatchOptions> = {}): WatchOptions => ({
  runId: RUN,
  stallTimeoutMs: STALL_MS,
  clock,
  ...extra,
});

describe("no step outcome is lost", () => {
  it("after a reconnect, a record that skips over steps gets them rebuilt before it, in order", async () => {
    server.run(RUN, {
      state: PENDING,
      connections: [
        { kind: "body", pieces: START.slice(0, 1), then: "destroy" },
        // The second connection starts after step1 succeeded and step2 started: both were lost.
        { kind: "body", pieces: START.slice(3), then: "close" },
      ],
    });
    const { records, done } = consume(
      watchRecords(createFetchSource(server.url, RUN), optionsFor({ sleep: async () => {} })),
    );
    await done;
    expect(records.map(describeRecord)).toEqual([
      "running/step1:running",
      "running/step1:success*",
      // step2's own record reports its latest result; its lost start is not an outcome.
      "running/step2:suspended",
      "suspended/-",
    ]);
    // Each rebuilt record carries the state known so far plus its step.
    expect(Object.keys(records[1]?.payload.workflowState.steps ?? {})).toEqual(["step1"]);
  });
});

describe("a skipped record triggers a state lookup at once", () => {
  it("looks up the state right after a RecordParseError, without waiting for the stall timeout", async () => {
    server.run(RUN, { state: PENDING });
    const errors: unknown[] = [];
    const iterator = watchRecords(
      createFetchSource(server.url, RUN),
      optionsFor({ onError: (e) => errors.push(e) }),
    );
    await iterator.ready;
    const { records, done } = consume(iterator);
    await server.waitForStateRequests(RUN, 1);
    server.emit(RUN, START[0] as string);
    // A garbage record: the server's state moves on to step1's success meanwhile.
    server.emitRaw(RUN, JSON.stringify("{not json"));
    server.setState(RUN, {
      status: "running",
      steps: (
        JSON.parse(JSON.parse(START[1] as string) as string) as {
          payload: { workflowState: { steps: Record<string, unknown> } };
        }
      ).payload.workflowState.steps,
    });
    await server.waitForStateRequests(RUN, 2); // no clock advance: the skip itself asked
    await clock.waitForTimer(SETTLE_MS);
    await clock.advance(SETTLE_MS);
    for (const piece of START.slice(2)) server.emit(RUN, piece);
    await done;
    expect(errors.some((e) => e instanceof RecordParseError)).toBe(true);
    expect(records.map(describeRecord)).toEqual([
      "running/step1:running",
      "running/step1:success*",
      ...START_SEQUENCE.slice(2),
    ]);
  });
});
