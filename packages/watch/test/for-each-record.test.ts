import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  RECORD_SEPARATOR,
  RecordParseError,
  RecordTooLargeError,
  StreamConsumedError,
  WatchAbortError,
  forEachRecord,
  parseRecordStream,
} from "@wfkit/watch";
import {
  FIXTURE_NAMES,
  SLEEP_FIXTURE_NAMES,
  collect,
  readFixture,
  splitAt,
  trackedStream,
  utf8,
} from "./helpers/streams.js";

const gather = async (
  chunks: readonly Uint8Array[],
  options: Parameters<typeof forEachRecord>[2] = {},
): Promise<unknown[]> => {
  const out: unknown[] = [];
  await forEachRecord(trackedStream(chunks).stream, (record) => void out.push(record), options);
  return out;
};

const body = utf8(`{"a":1}${RECORD_SEPARATOR}{"b":2}${RECORD_SEPARATOR}{"c":3}${RECORD_SEPARATOR}`);

describe("forEachRecord", () => {
  it("hands out the same records as parseRecordStream for every real fixture, whole and byte by byte", async () => {
    for (const name of [...FIXTURE_NAMES, ...SLEEP_FIXTURE_NAMES]) {
      const bytes = readFixture(name);
      const expected = await collect(parseRecordStream(trackedStream([bytes]).stream));
      expect(expected.length).toBeGreaterThan(0);
      expect(await gather([bytes])).toEqual(expected);
    }
    const bytes = readFixture("watch-pipeline-until-waiting.bin");
    const single = Array.from(bytes, (_, i) => bytes.subarray(i, i + 1));
    expect(await gather(single)).toEqual(
      await collect(parseRecordStream(trackedStream([bytes]).stream)),
    );
  });

  it("hands out the same records at any cuts of a real fixture", async () => {
    const bytes = readFixture(FIXTURE_NAMES[0]);
    const expected = await collect(parseRecordStream(trackedStream([bytes]).stream));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(bytes.length), { maxLength: 24 }), async (cuts) => {
        const offsets = [...new Set(cuts)].sort((a, b) => a - b);
        expect(await gather(splitAt(bytes, offsets))).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it("splits inside a multi-byte character and next to the separator byte", async () => {
    const text = `{"s":"日本😀"}${RECORD_SEPARATOR}{"t":"é"}${RECORD_SEPARATOR}`;
    const bytes = utf8(text);
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(await gather(splitAt(bytes, [cut]))).toEqual([{ s: "日本😀" }, { t: "é" }]);
    }
  });

  it("awaits a callback's promise before the next record, holding the stream back", async () => {
    const { stream, pulls } = trackedStream(splitAt(body, [8]));
    const seen: unknown[] = [];
    let release: () => void = () => {};
    let entered: () => void = () => {};
    const inFirst = new Promise<void>((resolve) => (entered = resolve));
    const done = forEachRecord(stream, (record) => {
      seen.push(record);
      if (seen.length > 1) return undefined;
      entered();
      return new Promise<void>((resolve) => (release = resolve));
    });
    await inFirst;
    // Let any work that does not wait for the callback run ahead.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(seen).toEqual([{ a: 1 }]);
    expect(pulls()).toBe(1);
    release();
    await done;
    expect(seen).toEqual([{ a: 1 }, { b: 2 }, { c: 3 }]);
  });

  it("holds back the rest of a chunk behind a callback's promise, then hands it out in order", async () => {
    const { stream } = trackedStream([body]);
    const seen: unknown[] = [];
    let release: () => void = () => {};
    let entered: () => void = () => {};
    const inSecond = new Promise<void>((resolve) => (entered = resolve));
    const done = forEachRecord(stream, (record) => {
      seen.push(record);
      if (seen.length !== 2) return undefined;
      entered();
      return new Promise<void>((resolve) => (release = resolve));
    });
    await inSecond;
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(seen).toEqual([{ a: 1 }, { b: 2 }]);
    release();
    await done;
    expect(seen).toEqual([{ a: 1 }, { b: 2 }, { c: 3 }]);
  });

  it("rejects with the callback's error, after the records before it, and cancels the stream", async () => {
    const { stream, cancelled } = trackedStream([body], { hang: true });
    const seen: unknown[] = [];
    const failure = new Error("consumer failed");
    const error = await forEachRecord(stream, (record) => {
      seen.push(record);
      if (seen.length === 2) throw failure;
    }).catch((e: unknown) => e);
    expect(error).toBe(failure);
    expect(seen).toEqual([{ a: 1 }, { b: 2 }]);
    expect(cancelled).toHaveLength(1);
    expect(stream.locked).toBe(false);
  });

  it("rejects with a callback's rejected promise", async () => {
    const failure = new Error("async consumer failed");
    const { stream, cancelled } = trackedStream([body], { hang: true });
    await expect(forEachRecord(stream, () => Promise.reject(failure))).rejects.toBe(failure);
    expect(cancelled).toHaveLength(1);
  });

  it("skips invalid pieces and reports them to onError", async () => {
    const errors: RecordParseError[] = [];
    const bytes = utf8(`{"a":1}${RECORD_SEPARATOR}{nope${RECORD_SEPARATOR}"{\\"b\\":2}"`);
    const records = await gather(splitAt(bytes, [3, 10]), {
      onError: (e: RecordParseError) => errors.push(e),
    });
    expect(records).toEqual([{ a: 1 }, { b: 2 }]);
    expect(errors.map((e) => e.text)).toEqual(["{nope"]);
    expect(errors[0]).toBeInstanceOf(RecordParseError);
  });

  it("throws with onInvalid 'throw' after the records before the bad one, and cancels the stream", async () => {
    const { stream, cancelled } = trackedStream(
      [utf8(`{"a":1}${RECORD_SEPARATOR}{bad${RECORD_SEPARATOR}{"c":3}`), utf8(RECORD_SEPARATOR)],
      { hang: true },
    );
    const seen: unknown[] = [];
    await expect(
      forEachRecord(stream, (record) => void seen.push(record), { onInvalid: "throw" }),
    ).rejects.toBeInstanceOf(RecordParseError);
    expect(seen).toEqual([{ a: 1 }]);
    expect(cancelled).toHaveLength(1);
  });

  it("stops buffering a record over maxRecordBytes and cancels the stream", async () => {
    const endless = Array.from({ length: 1000 }, () => utf8("a".repeat(1024)));
    const { stream, cancelled, pulls } = trackedStream(endless, { hang: true });
    const error = await forEachRecord(stream, () => {}, { maxRecordBytes: 10 * 1024 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RecordTooLargeError);
    expect(pulls()).toBe(11);
    expect(cancelled).toHaveLength(1);
  });

  it("does not cancel a stream read to its end, and releases it", async () => {
    const { stream, cancelled } = trackedStream([body]);
    let count = 0;
    await forEachRecord(stream, () => void count++);
    expect(count).toBe(3);
    expect(cancelled).toHaveLength(0);
    expect(stream.locked).toBe(false);
  });

  it("throws StreamConsumedError for a stream that is already locked", async () => {
    const { stream } = trackedStream([body]);
    stream.getReader();
    await expect(forEachRecord(stream, () => {})).rejects.toBeInstanceOf(StreamConsumedError);
  });

  it("throws WatchAbortError at once for an already-aborted signal and cancels the stream", async () => {
    const { stream, cancelled } = trackedStream([body]);
    let count = 0;
    const error = await forEachRecord(stream, () => void count++, {
      signal: AbortSignal.abort(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WatchAbortError);
    expect(count).toBe(0);
    expect(cancelled).toHaveLength(1);
  });

  it("aborts a pending read through signal and cancels the stream", async () => {
    const cancelled: unknown[] = [];
    let waiting: () => void = () => {};
    const readPending = new Promise<void>((resolve) => (waiting = resolve));
    let sent = false;
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (!sent) {
            sent = true;
            controller.enqueue(utf8(`{"a":1}${RECORD_SEPARATOR}`));
            return undefined;
          }
          waiting();
          return new Promise<void>(() => {});
        },
        cancel: (reason) => void cancelled.push(reason),
      },
      { highWaterMark: 0 },
    );
    const controller = new AbortController();
    const seen: unknown[] = [];
    const done = forEachRecord(stream, (record) => void seen.push(record), {
      signal: controller.signal,
    });
    await readPending;
    controller.abort(new Error("stop"));
    const error = await done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WatchAbortError);
    expect((error as WatchAbortError).cause).toEqual(new Error("stop"));
    expect(seen).toEqual([{ a: 1 }]);
    expect(cancelled).toHaveLength(1);
  });

  it("stops at once when the signal aborts inside a callback", async () => {
    const { stream, cancelled } = trackedStream([body], { hang: true });
    const controller = new AbortController();
    const seen: unknown[] = [];
    const error = await forEachRecord(
      stream,
      (record) => {
        seen.push(record);
        controller.abort();
      },
      { signal: controller.signal },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WatchAbortError);
    expect(seen).toEqual([{ a: 1 }]);
    expect(cancelled).toHaveLength(1);
  });
});
