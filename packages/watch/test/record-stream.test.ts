import { describe, expect, it } from "vitest";
import {
  DEFAULT_MAX_RECORD_BYTES,
  RECORD_SEPARATOR,
  RecordParseError,
  RecordTooLargeError,
  StreamConsumedError,
  WatchAbortError,
  createRecordDecoder,
  createRecordDecoderStream,
  isRecordParseError,
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
  type FixtureName,
} from "./helpers/streams.js";

/** Decodes chunks synchronously with the shared core (fast path for dense split tests). */
const decodeChunks = (chunks: readonly Uint8Array[]): unknown[] => {
  const out: unknown[] = [];
  const decoder = createRecordDecoder({
    onError: (error) => {
      throw error;
    },
  });
  for (const chunk of chunks) decoder.write(chunk, (record) => out.push(record));
  decoder.end((record) => out.push(record));
  return out;
};

const parseChunks = (chunks: readonly Uint8Array[], options = {}) =>
  collect(parseRecordStream(trackedStream(chunks).stream, options));

/** Every captured body: the 0.14.1 reference fixtures and the 0.10.15 `.sleep()` captures. */
const ALL_FIXTURES = [...FIXTURE_NAMES, ...SLEEP_FIXTURE_NAMES] as const;

const EXPECTED_STATUSES: Record<FixtureName, string[]> = {
  "watch-pipeline-until-waiting.bin": ["running", "running", "waiting"],
  "watch-pipeline-after-sleep.bin": ["running", "running", "running", "success"],
  "watch-start-until-suspended.bin": ["running", "running", "running", "running", "suspended"],
  "watch-resume-until-success.bin": ["running", "running", "success"],
  "watch-step-failure.bin": ["running", "running", "failed"],
};

const statusOf = (record: unknown): unknown =>
  (record as { payload: { workflowState: { status: string } } }).payload.workflowState.status;

describe("RECORD_SEPARATOR", () => {
  it("is U+001E (record separator), not U+001F", () => {
    expect(RECORD_SEPARATOR).toHaveLength(1);
    expect(RECORD_SEPARATOR.codePointAt(0)).toBe(0x1e);
    expect(RECORD_SEPARATOR.codePointAt(0)).not.toBe(0x1f);
  });

  it("is the byte that ends every record of the real fixtures", () => {
    for (const name of ALL_FIXTURES) {
      const bytes = readFixture(name);
      expect(bytes[bytes.length - 1]).toBe(0x1e);
      expect(bytes.filter((byte) => byte === 0x1e)).toHaveLength(EXPECTED_STATUSES[name].length);
      expect(bytes.includes(0x1f)).toBe(false);
    }
  });
});

describe("parseRecordStream on the real fixtures", () => {
  it.each(ALL_FIXTURES)("decodes %s (double-encoded) into watch events", async (name) => {
    const records = await parseChunks([readFixture(name)]);
    expect(records.map(statusOf)).toEqual(EXPECTED_STATUSES[name]);
    for (const record of records) {
      expect(record).toMatchObject({ type: "watch", eventTimestamp: expect.any(Number) });
    }
  });

  it.each(ALL_FIXTURES)(
    "yields the same records when %s is split at every byte offset",
    async (name) => {
      const bytes = readFixture(name);
      const whole = await parseChunks([bytes]);
      const expected = JSON.stringify(whole);
      // Every offset through the decoder the stream uses (synchronous: cheap on a loaded machine).
      for (let offset = 1; offset < bytes.length; offset++) {
        const got = JSON.stringify(decodeChunks(splitAt(bytes, [offset])));
        if (got !== expected) throw new Error(`mismatch at offset ${offset}`);
      }
      // The stream itself at every offset near a separator and on a stride through the rest.
      const offsets = new Set<number>();
      bytes.forEach((byte, index) => {
        if (byte === 0x1e) for (let d = -3; d <= 3; d++) offsets.add(index + d);
        if (index % 41 === 0) offsets.add(index);
      });
      for (const offset of offsets) {
        if (offset < 1 || offset >= bytes.length) continue;
        const records = await parseChunks(splitAt(bytes, [offset]));
        if (JSON.stringify(records) !== expected) throw new Error(`stream mismatch at ${offset}`);
      }
      expect(whole).toHaveLength(EXPECTED_STATUSES[name].length);
    },
  );

  it("yields the same records for every pair of offsets near the separators and a dense sample of the rest", () => {
    const bytes = readFixture("watch-resume-until-success.bin");
    const expected = JSON.stringify(decodeChunks([bytes]));
    const check = (first: number, second: number): void => {
      const got = JSON.stringify(decodeChunks(splitAt(bytes, [first, second])));
      if (got !== expected) throw new Error(`mismatch at offsets ${first},${second}`);
    };
    // Every pair of offsets within 4 bytes of a record boundary.
    const near: number[] = [];
    bytes.forEach((byte, index) => {
      if (byte !== 0x1e) return;
      for (let d = -4; d <= 4; d++)
        if (index + d > 0 && index + d < bytes.length) near.push(index + d);
    });
    for (const first of near) for (const second of near) if (second > first) check(first, second);
    // Every first offset, with second offsets on a stride that shifts so every distance is covered.
    const stride = 97;
    let pairs = 0;
    for (let first = 1; first < bytes.length; first++) {
      for (let second = first + 1 + (first % stride); second < bytes.length; second += stride) {
        check(first, second);
        pairs++;
      }
    }
    expect(near.length).toBeGreaterThan(20);
    expect(pairs).toBeGreaterThan(30_000);
  }, 20_000);

  it.each(ALL_FIXTURES)(
    "yields the same record for every pair of offsets in the shortest record of %s",
    (name) => {
      // A short body: the fixture's shortest record, framed as the server frames it.
      const pieces = new TextDecoder()
        .decode(readFixture(name))
        .split(RECORD_SEPARATOR)
        .filter((piece) => piece !== "");
      const shortest = pieces.reduce((a, b) => (utf8(b).length < utf8(a).length ? b : a));
      const bytes = utf8(shortest + RECORD_SEPARATOR);
      const expected = JSON.stringify(decodeChunks([bytes]));
      expect(JSON.parse(expected)).toHaveLength(1);
      let pairs = 0;
      for (let first = 1; first < bytes.length; first++) {
        for (let second = first + 1; second < bytes.length; second++) {
          const got = JSON.stringify(decodeChunks(splitAt(bytes, [first, second])));
          if (got !== expected) throw new Error(`mismatch at offsets ${first},${second}`);
          pairs++;
        }
      }
      expect(pairs).toBe(((bytes.length - 1) * (bytes.length - 2)) / 2);
    },
    120_000,
  );

  it("yields the same records one byte at a time", async () => {
    for (const name of ALL_FIXTURES) {
      const bytes = readFixture(name);
      const single = Array.from(bytes, (_, i) => bytes.subarray(i, i + 1));
      expect(await parseChunks(single)).toEqual(await parseChunks([bytes]));
    }
  });

  it("accepts single-encoded records (Mastra 0.9 and 1.x) with the same result", async () => {
    for (const name of ALL_FIXTURES) {
      const records = await parseChunks([readFixture(name)]);
      const single = utf8(records.map((r) => JSON.stringify(r) + RECORD_SEPARATOR).join(""));
      expect(await parseChunks([single])).toEqual(records);
    }
  });

  it("pipes through createRecordDecoderStream with the same records", async () => {
    for (const name of ALL_FIXTURES) {
      const bytes = readFixture(name);
      const piped = trackedStream(splitAt(bytes, [10, 500, 1000])).stream.pipeThrough(
        createRecordDecoderStream(),
      );
      const out: unknown[] = [];
      const reader = piped.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) out.push(r.value);
      expect(out).toEqual(await parseChunks([bytes]));
    }
  });
});

describe("framing details", () => {
  const multibyte = {
    text: "héllo wörld — 日本語 ✓ 😀 👩‍👩‍👧 🇫🇷",
    nested: { emoji: "🧪🔬", control: "a\u001eb\u001fc" },
  };

  it.each([
    ["double-encoded", JSON.stringify(JSON.stringify(multibyte))],
    ["single-encoded", JSON.stringify(multibyte)],
  ])("decodes %s multibyte and emoji text split inside any character", async (_, encoded) => {
    const bytes = utf8(`${encoded}${RECORD_SEPARATOR}${encoded}${RECORD_SEPARATOR}`);
    for (let offset = 1; offset < bytes.length; offset++) {
      const records = await parseChunks(splitAt(bytes, [offset]));
      expect(records).toEqual([multibyte, multibyte]);
    }
  });

  it("parses a final record without a trailing separator at end of stream", async () => {
    const bytes = utf8(`{"a":1}${RECORD_SEPARATOR}{"b":2}`);
    expect(await parseChunks(splitAt(bytes, [3, 9]))).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it("ignores empty and blank pieces without reporting them", async () => {
    const errors: unknown[] = [];
    const bytes = utf8(
      `${RECORD_SEPARATOR}${RECORD_SEPARATOR}{"a":1}${RECORD_SEPARATOR}\n${RECORD_SEPARATOR}  `,
    );
    expect(await parseChunks([bytes], { onError: (e: unknown) => errors.push(e) })).toEqual([
      { a: 1 },
    ]);
    expect(errors).toEqual([]);
  });

  it("yields nothing for an empty body", async () => {
    expect(await parseChunks([])).toEqual([]);
  });
});

describe("invalid records", () => {
  it("skips an invalid piece and reports a typed RecordParseError with a truncated excerpt", async () => {
    const garbage = `{not json ${"x".repeat(500)}`;
    const errors: RecordParseError[] = [];
    const bytes = utf8(
      `{"a":1}${RECORD_SEPARATOR}${garbage}${RECORD_SEPARATOR}"{\\"b\\":2}"${RECORD_SEPARATOR}`,
    );
    const records = await parseChunks([bytes], {
      onError: (e: RecordParseError) => errors.push(e),
    });
    expect(records).toEqual([{ a: 1 }, { b: 2 }]);
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(isRecordParseError(error)).toBe(true);
    expect(error).toBeInstanceOf(RecordParseError);
    expect(error?.code).toBe("record_parse");
    expect(error?.name).toBe("RecordParseError");
    expect(error?.text).toBe(`${garbage.slice(0, 200)}…`);
    expect(error?.length).toBe(garbage.length);
    expect(error?.cause).toBeInstanceOf(SyntaxError);
  });

  it("reports a double-encoded string whose content is not JSON", async () => {
    const errors: RecordParseError[] = [];
    const bytes = utf8(`"not json"${RECORD_SEPARATOR}{"ok":true}${RECORD_SEPARATOR}`);
    const records = await parseChunks([bytes], {
      onError: (e: RecordParseError) => errors.push(e),
    });
    expect(records).toEqual([{ ok: true }]);
    expect(errors.map((e) => e.text)).toEqual([`"not json"`]);
  });

  it("throws with onInvalid 'throw' after yielding the records before the bad one", async () => {
    const { stream, cancelled } = trackedStream([
      utf8(`{"a":1}${RECORD_SEPARATOR}{bad${RECORD_SEPARATOR}{"c":3}`),
      utf8(`${RECORD_SEPARATOR}`),
    ]);
    const seen: unknown[] = [];
    await expect(async () => {
      for await (const record of parseRecordStream(stream, { onInvalid: "throw" }))
        seen.push(record);
    }).rejects.toBeInstanceOf(RecordParseError);
    expect(seen).toEqual([{ a: 1 }]);
    expect(cancelled).toHaveLength(1);
  });
});

describe("maxRecordBytes", () => {
  it("defaults to 16 MiB", () => {
    expect(DEFAULT_MAX_RECORD_BYTES).toBe(16 * 1024 * 1024);
  });

  it("accepts a record of exactly the limit, counted in UTF-8 bytes", async () => {
    const record = JSON.stringify({ s: "é".repeat(10) }); // 8 ASCII bytes + 20 bytes of "é"
    expect(utf8(record).length).toBe(28);
    const bytes = utf8(`${record}${RECORD_SEPARATOR}`);
    expect(await parseChunks(splitAt(bytes, [5, 13]), { maxRecordBytes: 28 })).toEqual([
      JSON.parse(record),
    ]);
    await expect(
      parseChunks(splitAt(bytes, [5, 13]), { maxRecordBytes: 27 }),
    ).rejects.toBeInstanceOf(RecordTooLargeError);
    await expect(parseChunks([bytes], { maxRecordBytes: 27 })).rejects.toBeInstanceOf(
      RecordTooLargeError,
    );
  });

  it("stops buffering an endless record and cancels the stream", async () => {
    const endless = Array.from({ length: 1000 }, () => utf8("a".repeat(1024)));
    const { stream, cancelled, pulls } = trackedStream(endless, { hang: true });
    const error = await collect(parseRecordStream(stream, { maxRecordBytes: 10 * 1024 })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RecordTooLargeError);
    expect((error as RecordTooLargeError).code).toBe("record_too_large");
    expect((error as RecordTooLargeError).maxRecordBytes).toBe(10 * 1024);
    expect(pulls()).toBe(11);
    expect(cancelled).toHaveLength(1);
  });

  it("applies the bound per record, not to the whole stream", async () => {
    const record = `{"k":"${"v".repeat(90)}"}${RECORD_SEPARATOR}`;
    const bytes = utf8(record.repeat(50));
    const records = await parseChunks(splitAt(bytes, [33, 777, 2500]), { maxRecordBytes: 100 });
    expect(records).toHaveLength(50);
  });
});

describe("consumption and cancellation", () => {
  const body = utf8(
    `{"a":1}${RECORD_SEPARATOR}{"b":2}${RECORD_SEPARATOR}{"c":3}${RECORD_SEPARATOR}`,
  );

  it("cancels the underlying stream on break", async () => {
    const { stream, cancelled } = trackedStream(splitAt(body, [8, 16]), { hang: true });
    for await (const record of parseRecordStream(stream)) {
      expect(record).toEqual({ a: 1 });
      break;
    }
    expect(cancelled).toHaveLength(1);
    expect(stream.locked).toBe(false);
  });

  it("cancels the underlying stream on return() before iterating", async () => {
    const { stream, cancelled } = trackedStream([body]);
    const records = parseRecordStream(stream);
    await records.return?.();
    expect(cancelled).toHaveLength(1);
  });

  it("does not cancel a stream read to its end", async () => {
    const { stream, cancelled } = trackedStream([body]);
    expect(await collect(parseRecordStream(stream))).toHaveLength(3);
    expect(cancelled).toHaveLength(0);
  });

  it("can be iterated only once", async () => {
    const records = parseRecordStream(trackedStream([body]).stream);
    expect(await collect(records)).toHaveLength(3);
    await expect(collect(records)).rejects.toBeInstanceOf(StreamConsumedError);
  });

  it("throws StreamConsumedError for a stream that is already locked", async () => {
    const { stream } = trackedStream([body]);
    stream.getReader();
    const error = await collect(parseRecordStream(stream)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamConsumedError);
    expect((error as StreamConsumedError).code).toBe("stream_consumed");
  });

  it("aborts a pending read through signal and cancels the stream", async () => {
    const { stream, cancelled } = trackedStream([utf8(`{"a":1}${RECORD_SEPARATOR}`)], {
      hang: true,
    });
    const controller = new AbortController();
    const seen: unknown[] = [];
    const reading = (async () => {
      for await (const record of parseRecordStream(stream, { signal: controller.signal })) {
        seen.push(record);
        setTimeout(() => controller.abort(new Error("stop")), 5);
      }
    })();
    const error = await reading.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WatchAbortError);
    expect((error as WatchAbortError).cause).toEqual(new Error("stop"));
    expect(seen).toEqual([{ a: 1 }]);
    expect(cancelled).toHaveLength(1);
  });

  it("throws WatchAbortError at once for an already-aborted signal and cancels the stream", async () => {
    const { stream, cancelled } = trackedStream([body]);
    const records = parseRecordStream(stream, { signal: AbortSignal.abort() });
    await expect(collect(records)).rejects.toBeInstanceOf(WatchAbortError);
    expect(cancelled).toHaveLength(1);
  });
});

describe("overlapping next() calls", () => {
  it("keep the records in order", async () => {
    const body = utf8(['{"n":1}', '{"n":2}', '{"n":3}'].join(RECORD_SEPARATOR) + RECORD_SEPARATOR);
    const iterator = parseRecordStream(trackedStream(splitAt(body, [3, 9, 15])).stream);
    const results = await Promise.all([
      iterator.next(),
      iterator.next(),
      iterator.next(),
      iterator.next(),
    ]);
    expect(results).toEqual([
      { done: false, value: { n: 1 } },
      { done: false, value: { n: 2 } },
      { done: false, value: { n: 3 } },
      { done: true, value: undefined },
    ]);
  });
});
