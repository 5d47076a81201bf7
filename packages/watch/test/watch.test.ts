import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  StreamConsumedError,
  WatchAbortError,
  WatchCallbackError,
  WatchReconnectError,
  WatchRunNotFoundError,
  computeBackoff,
  watch,
  watchRecords,
  type Sleep,
  type WatchOptions,
  type WatchRecord,
} from "@wfkit/watch";
import { HttpStatusError, createFetchSource } from "./helpers/fetch-source.js";
import {
  createScriptedServer,
  snapshotOf,
  type ScriptedServer,
} from "./helpers/scripted-server.js";
import { readFixture, type FixtureName } from "./helpers/streams.js";

/** Each record of a fixture, as the JSON text between separators. */
const pieces = (name: FixtureName): string[] =>
  new TextDecoder()
    .decode(readFixture(name))
    .split("\u001e")
    .filter((piece) => piece !== "");

const START = pieces("watch-start-until-suspended.bin");
const RESUME = pieces("watch-resume-until-success.bin");
const FAILURE = pieces("watch-step-failure.bin");
/** The run id inside the fixtures' records. */
const RUN = "fixture-run-1";
const PENDING = { status: "pending" as const, steps: {} };

/** "status/step:stepStatus" (or "status/-" without a current step), plus "*" when synthetic. */
const describeRecord = (record: WatchRecord): string => {
  const step = record.payload.currentStep;
  const where = step ? `${step.id}:${step.status}` : "-";
  return `${record.payload.workflowState.status}/${where}${record.synthetic ? "*" : ""}`;
};

const START_SEQUENCE = [
  "running/step1:running",
  "running/step1:success",
  "running/step2:running",
  "running/step2:suspended",
  "suspended/-",
];
const RESUME_SEQUENCE = ["running/step2:suspended", "running/step2:success", "success/-"];

/** A sleep that records the delays and does not wait. */
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

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
let server: ScriptedServer;

beforeEach(async () => {
  unhandled.length = 0;
  process.on("unhandledRejection", onUnhandled);
  server = await createScriptedServer();
});

afterEach(async () => {
  await server.close();
  process.off("unhandledRejection", onUnhandled);
  expect(unhandled).toEqual([]);
});

const optionsFor = (runId: string, extra: Partial<WatchOptions> = {}): WatchOptions => ({
  runId,
  stallTimeoutMs: 100,
  ...extra,
});

/** Iterates in the background, collecting records. */
const consume = (iterable: AsyncIterable<WatchRecord>) => {
  const records: WatchRecord[] = [];
  const done = (async () => {
    for await (const record of iterable) records.push(record);
  })();
  done.catch(() => {});
  return { records, done };
};

const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

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
  });

  it("rejects done with WatchRunNotFoundError for an unknown run (200 with an empty body)", async () => {
    const handle = await watch(createFetchSource(server.url, "nope"), optionsFor("nope"), () => {});
    const error = await handle.done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WatchRunNotFoundError);
    expect((error as WatchRunNotFoundError).runId).toBe("nope");
    expect((error as WatchRunNotFoundError).code).toBe("not_found");
  });

  it("settles with synthetic records for a run that already suspended (the server sends nothing)", async () => {
    server.run("s", { state: snapshotOf(START[4] as string) });
    const records: WatchRecord[] = [];
    const started = Date.now();
    const handle = await watch(
      createFetchSource(server.url, "s"),
      optionsFor("s", { stallTimeoutMs: 2000 }),
      (r) => {
        records.push(r);
      },
    );
    await handle.done;
    expect(Date.now() - started).toBeLessThan(1000);
    // The steps that ran before the watch connected are rebuilt from the run state, in order.
    expect(records.map(describeRecord)).toEqual([
      "running/step1:success*",
      "running/step2:suspended*",
      "suspended/-*",
    ]);
    expect(records.every((r) => r.payload.workflowState.input !== undefined)).toBe(true);
    expect(records[0]?.payload.workflowState.steps).not.toHaveProperty("step2");
    expect(records[2]?.payload.workflowState.input).toEqual({ value: 21 });
    await server.watchConnections[0]?.closed;
  });

  it("rejects watch() itself when the first connection cannot be opened", async () => {
    server.run(RUN, { state: PENDING, fallback: { kind: "status", status: 500 } });
    const { sleep } = recordingSleep();
    const error = await watch(
      createFetchSource(server.url, RUN),
      optionsFor(RUN, { sleep, reconnect: { maxAttempts: 1 } }),
      () => {},
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WatchReconnectError);
    expect((error as WatchReconnectError).cause).toBeInstanceOf(HttpStatusError);
  });

  describe("callback errors", () => {
    it("closes the watch and rejects done with WatchCallbackError when there is no onError", async () => {
      server.run(RUN, { state: PENDING });
      const boom = new Error("boom");
      const handle = await watch(createFetchSource(server.url, RUN), optionsFor(RUN), () => {
        throw boom;
      });
      server.emit(RUN, START[0] as string);
      const error = await handle.done.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WatchCallbackError);
      expect((error as WatchCallbackError).cause).toBe(boom);
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
          await tick(1);
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
      await tick(50);
      // afterEach asserts that no unhandled rejection was seen.
    });
  });

  it("close() closes the connection and resolves done", async () => {
    server.run(RUN, { state: PENDING });
    const handle = await watch(createFetchSource(server.url, RUN), optionsFor(RUN), () => {});
    await handle.close();
    await handle.done;
    await server.watchConnections[0]?.closed;
    const lookups = server.stateRequests.get(RUN) ?? 0;
    await tick(300);
    expect(server.stateRequests.get(RUN) ?? 0).toBe(lookups);
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
  });
});

describe("watchRecords", () => {
  it("follows a run across suspend and resume with the exact sequence of statuses", async () => {
    server.run(RUN, { state: PENDING });
    const { records, done } = consume(
      watchRecords(createFetchSource(server.url, RUN), optionsFor(RUN, { follow: true })),
    );
    await server.waitForConnections(1);
    for (const piece of START) server.emit(RUN, piece);
    // Mastra closes the connection at suspension; the watcher attaches again.
    await server.waitForConnections(2);
    await tick(); // let the new connection's state check finish
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
    await tick(); // let the first connection open
    const seen: string[] = [];
    const first = iterator.next();
    await server.waitForConnections(1);
    for (const piece of START) server.emit(RUN, piece);
    seen.push(describeRecord((await first).value as WatchRecord));
    for (let i = 1; i < START.length; i++) seen.push(describeRecord(await next()));
    // No connection is listening now: the resume's records are lost, only the state moves on.
    for (const piece of RESUME) server.emit(RUN, piece);
    seen.push(describeRecord(await next()));
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
      watchRecords(
        createFetchSource(server.url, PIPE),
        optionsFor(PIPE, { follow: true, stallTimeoutMs: 50 }),
      ),
    );
    await server.waitForConnections(1);
    for (const piece of until) server.emit(PIPE, piece);
    // Like Mastra 0.10, the run state during the sleep lacks the sleep step.
    const waiting = snapshotOf(until.at(-1) as string);
    waiting.steps = Object.fromEntries(
      Object.entries(waiting.steps).filter(([id]) => !id.startsWith("sleep_")),
    );
    server.setState(PIPE, waiting);
    await server.waitForConnections(2);
    await tick(250); // several silent periods: the watcher polls the state and must stay quiet
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
    expect(server.stateRequests.get(PIPE)).toBeGreaterThanOrEqual(3);
  });

  it("settles quickly on a finished run with synthetic step and final records", async () => {
    server.run("f", { state: snapshotOf(FAILURE[2] as string) });
    const started = Date.now();
    const records = [] as WatchRecord[];
    for await (const record of watchRecords(createFetchSource(server.url, "f"), {
      runId: "f",
      now: () => 42,
    })) {
      records.push(record);
    }
    expect(Date.now() - started).toBeLessThan(1000);
    expect(records.map(describeRecord)).toEqual(["running/boom:failed*", "failed/-*"]);
    expect(records[1]?.eventTimestamp).toEqual(new Date(42));
    expect(records[1]?.payload.workflowState.error).toMatch(/^Error: kaboom/);
    await server.watchConnections[0]?.closed;
  });

  it("keeps polling an already-suspended run while following, even if the server never sends anything", async () => {
    server.run("s", { state: snapshotOf(START[4] as string) });
    const iterator = watchRecords(
      createFetchSource(server.url, "s"),
      optionsFor("s", { follow: true, stallTimeoutMs: 50 }),
    );
    const take = async () => describeRecord((await iterator.next()).value as WatchRecord);
    expect([await take(), await take(), await take()]).toEqual([
      "running/step1:success*",
      "running/step2:suspended*",
      "suspended/-*",
    ]);
    // Resumed and finished behind the watcher's back.
    server.setState("s", snapshotOf(RESUME[2] as string));
    expect([await take(), await take()]).toEqual(["running/step2:success*", "success/-*"]);
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

  it("abort through signal closes the connection and throws WatchAbortError", async () => {
    server.run(RUN, { state: PENDING });
    const controller = new AbortController();
    const { done } = consume(
      watchRecords(
        createFetchSource(server.url, RUN),
        optionsFor(RUN, { signal: controller.signal }),
      ),
    );
    await server.waitForConnections(1);
    controller.abort(new Error("user stop"));
    const error = await done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WatchAbortError);
    expect((error as WatchAbortError).cause).toEqual(new Error("user stop"));
    await server.watchConnections[0]?.closed;
    const lookups = server.stateRequests.get(RUN) ?? 0;
    await tick(300);
    expect(server.stateRequests.get(RUN) ?? 0).toBe(lookups);
    expect(server.watchConnections).toHaveLength(1);
  });

  it("abort during a reconnection delay stops at once", async () => {
    server.run("x", { state: { status: "running", steps: {} }, fallback: { kind: "destroy" } });
    const controller = new AbortController();
    const { done } = consume(
      watchRecords(
        createFetchSource(server.url, "x"),
        optionsFor("x", {
          signal: controller.signal,
          reconnect: { baseDelayMs: 60_000, maxDelayMs: 60_000 },
        }),
      ),
    );
    await server.waitForConnections(1);
    await server.watchConnections[0]?.closed;
    await tick(50);
    controller.abort();
    await expect(done).rejects.toBeInstanceOf(WatchAbortError);
    expect(server.watchConnections).toHaveLength(1);
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
    await tick();
    expect(server.watchConnections).toHaveLength(0);
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
  });

  it("can be iterated only once", () => {
    const iterator = watchRecords(createFetchSource(server.url, RUN), optionsFor(RUN));
    iterator[Symbol.asyncIterator]();
    expect(() => iterator[Symbol.asyncIterator]()).toThrow(StreamConsumedError);
  });
});

describe("watchRecords connects at once", () => {
  let server: ScriptedServer;
  beforeEach(async () => {
    server = await createScriptedServer();
  });
  afterEach(() => server.close());

  it("opens the connection before the first next(), and `ready` resolves on accept", async () => {
    server.run(RUN, { state: PENDING });
    const iterator = watchRecords(createFetchSource(server.url, RUN), { runId: RUN });
    await iterator.ready;
    expect(server.watchConnections).toHaveLength(1);
    // The run starts now; its records reach the connection that is already open.
    for (const piece of START) server.emit(RUN, piece);
    const seen: string[] = [];
    for await (const record of iterator) seen.push(describeRecord(record));
    expect(seen).toEqual(START_SEQUENCE);
  });

  it("`ready` rejects when the watch cannot be opened, without an unhandled rejection", async () => {
    server.run(RUN, { state: PENDING, fallback: { kind: "status", status: 404 } });
    const iterator = watchRecords(createFetchSource(server.url, RUN), {
      runId: RUN,
      shouldReconnect: () => false,
    });
    await expect(iterator.ready).rejects.toBeInstanceOf(HttpStatusError);
    await expect(iterator.next()).rejects.toBeInstanceOf(HttpStatusError);
  });

  it("without follow, a .sleep() (waiting) is not the end: the watch attaches again", async () => {
    const until = pieces("watch-pipeline-until-waiting.bin");
    const after = pieces("watch-pipeline-after-sleep.bin");
    const PIPE = "fixture-pipe-1";
    server.run(PIPE, { state: PENDING });
    const iterator = watchRecords(createFetchSource(server.url, PIPE), {
      runId: PIPE,
      stallTimeoutMs: 50,
    });
    await iterator.ready;
    const { records, done } = consume(iterator);
    for (const piece of until) server.emit(PIPE, piece);
    await server.waitForConnections(2);
    for (const piece of after) server.emit(PIPE, piece);
    await done;
    const seen = records.map(describeRecord);
    expect(seen.at(2)).toMatch(/^waiting\/sleep_.*:waiting$/);
    expect(seen.at(-1)).toBe("success/-");
    expect(seen).toHaveLength(7);
  });
});
