import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createUtf8Chunks } from "../src/utf8-chunks.js";

/** Cuts `bytes` at the given offsets (sorted, deduplicated, clamped to the length). */
const cut = (bytes: Uint8Array, offsets: number[]): Uint8Array[] => {
  const points = [...new Set(offsets.map((o) => o % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  return chunks;
};

/** What a streaming `TextDecoder` makes of the same chunks. */
const reference = (chunks: Uint8Array[]): string => {
  const decoder = new TextDecoder();
  return chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join("") + decoder.decode();
};

const decodeAll = (chunks: Uint8Array[]): string => {
  const decoder = createUtf8Chunks();
  return chunks.map((chunk) => decoder.decode(chunk)).join("") + decoder.end();
};

/** Bytes biased towards UTF-8 structure: leads, continuations, ASCII and invalid bytes. */
const byte = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }),
  fc.integer({ min: 0x80, max: 0xbf }),
  fc.integer({ min: 0xc0, max: 0xff }),
  fc.constantFrom(0xef, 0xbb, 0xbf, 0xe0, 0xed, 0xf0, 0xf4, 0x1e),
);

describe("createUtf8Chunks", () => {
  it("decodes any bytes cut anywhere exactly as a streaming TextDecoder does", () => {
    fc.assert(
      fc.property(
        fc
          .uint8Array({ maxLength: 48 })
          .chain((random) => fc.tuple(fc.constant(random), fc.array(byte, { maxLength: 48 }))),
        fc.array(fc.nat(), { maxLength: 12 }),
        ([random, biased], offsets) => {
          for (const bytes of [random, Uint8Array.from(biased)]) {
            const chunks = cut(bytes, offsets);
            expect(decodeAll(chunks)).toBe(reference(chunks));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("decodes valid text split at every byte offset, dropping only a leading byte order mark", () => {
    const bytes = new TextEncoder().encode("\ufeffa😀é日\ufeffb\u{10ffff}");
    for (let at = 0; at <= bytes.length; at++) {
      for (let second = at; second <= bytes.length; second++) {
        const chunks = cut(bytes, [at, second]);
        expect(decodeAll(chunks)).toBe("a😀é日\ufeffb\u{10ffff}");
      }
    }
  });
});
