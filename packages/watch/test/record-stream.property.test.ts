import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  RECORD_SEPARATOR,
  RecordParseError,
  RecordTooLargeError,
  forEachRecord,
  parseRecordStream,
  type RecordDecoderOptions,
} from "@wfkit/watch";
import { collect, splitAt, trackedStream, utf8 } from "./helpers/streams.js";

/** Text with multibyte characters, emoji and the occasional control character. */
const text = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.constantFrom("😀", "👩‍👩‍👧", "日本語", "é", "\u001e", "\u001f", ""),
);

/** A record is any JSON object (a string record would be read as double-encoded). */
const record = fc.dictionary(
  text,
  fc.oneof(text, fc.jsonValue({ maxDepth: 2 }), fc.array(text, { maxLength: 3 })),
  { maxKeys: 5 },
);

/** A piece that is neither valid JSON nor blank, and contains no separator. */
const garbage = fc
  .oneof(text, fc.constantFrom("{", '{"a":', "]", "nope", '"{bad json}"', "💥"))
  .filter((piece) => {
    if (piece.includes(RECORD_SEPARATOR) || piece.trim() === "") return false;
    try {
      const value: unknown = JSON.parse(piece);
      if (typeof value !== "string") return false;
      JSON.parse(value);
      return false;
    } catch {
      return true;
    }
  });

type Item =
  | { kind: "record"; value: Record<string, unknown>; double: boolean }
  | { kind: "garbage"; piece: string };

const item: fc.Arbitrary<Item> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("record" as const),
      value: record,
      double: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("garbage" as const), piece: garbage }) },
);

const encode = (items: readonly Item[], terminateLast: boolean): Uint8Array => {
  const pieces = items.map((entry) => {
    if (entry.kind === "garbage") return entry.piece;
    const json = JSON.stringify(entry.value);
    return entry.double ? JSON.stringify(json) : json;
  });
  return utf8(
    pieces.join(RECORD_SEPARATOR) + (terminateLast && pieces.length > 0 ? RECORD_SEPARATOR : ""),
  );
};

/** The callback form's records, for comparison with the iterator's. */
const gather = async (
  chunks: readonly Uint8Array[],
  options: RecordDecoderOptions = {},
): Promise<unknown[]> => {
  const out: unknown[] = [];
  await forEachRecord(trackedStream(chunks).stream, (record) => void out.push(record), options);
  return out;
};

describe("parseRecordStream properties", () => {
  it("loses, duplicates and reorders no valid record under any chunking, and reports all garbage, in both forms", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(item, { maxLength: 12 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 16 }),
        async (items, terminateLast, cuts) => {
          const bytes = encode(items, terminateLast);
          const offsets = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort(
            (a, b) => a - b,
          );
          const errors: RecordParseError[] = [];
          const records = await collect(
            parseRecordStream(trackedStream(splitAt(bytes, offsets)).stream, {
              onError: (error) => errors.push(error),
            }),
          );
          const expected = items
            .filter((entry) => entry.kind === "record")
            .map((entry) => JSON.parse(JSON.stringify(entry.value)) as unknown);
          expect(records).toEqual(expected);
          expect(errors).toHaveLength(items.filter((entry) => entry.kind === "garbage").length);
          for (const error of errors) expect(error).toBeInstanceOf(RecordParseError);
          // The callback form: the same records and the same reports.
          const reported: string[] = [];
          const handed = await gather(splitAt(bytes, offsets), {
            onError: (error) => reported.push(error.text),
          });
          expect(handed).toEqual(expected);
          expect(reported).toEqual(errors.map((error) => error.text));
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);

  it("yields the same records whether the body arrives whole or byte by byte", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 6 }), async (items) => {
        const bytes = encode(items, true);
        const whole = await collect(parseRecordStream(trackedStream([bytes]).stream));
        const single = Array.from(bytes, (_, i) => bytes.subarray(i, i + 1));
        expect(await collect(parseRecordStream(trackedStream(single).stream))).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});

describe("maxRecordBytes, as a property", () => {
  it("fails exactly when a record's UTF-8 size passes the limit, however the bytes are split, in both forms", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 2, max: 400 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (records, limit, cuts) => {
          const texts = records.map((r) => JSON.stringify(r));
          const bytes = utf8(texts.map((t) => t + RECORD_SEPARATOR).join(""));
          const offsets = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort(
            (a, b) => a - b,
          );
          const over = texts.some((t) => utf8(t).length > limit);
          const outcome = await collect(
            parseRecordStream(trackedStream(splitAt(bytes, offsets)).stream, {
              maxRecordBytes: limit,
            }),
          ).then(
            (got) => ({ ok: true as const, got }),
            (error: unknown) => ({ ok: false as const, error }),
          );
          const handed = await gather(splitAt(bytes, offsets), { maxRecordBytes: limit }).then(
            (got) => ({ ok: true as const, got }),
            (error: unknown) => ({ ok: false as const, error }),
          );
          if (over) {
            expect(outcome.ok ? undefined : outcome.error).toBeInstanceOf(RecordTooLargeError);
            expect(handed.ok ? undefined : handed.error).toBeInstanceOf(RecordTooLargeError);
          } else {
            // What JSON carries: -0 goes over the wire as 0.
            expect(outcome).toEqual({ ok: true, got: texts.map((t) => JSON.parse(t)) });
            expect(handed).toEqual(outcome);
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);
});
