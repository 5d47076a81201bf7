// Watch bodies for the parser benchmarks, built from the byte-exact captures of a real Mastra
// server (openapi/test/fixtures/*.bin): double-encoded records, each ending in U+001E.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const FIXTURES = fileURLToPath(new URL("../../openapi/test/fixtures/", import.meta.url));
const SEPARATOR = "\u001e";

/** Every record of every fixture, as its wire text without the separator. */
export const fixtureRecords = () =>
  readdirSync(FIXTURES)
    .filter((file) => file.endsWith(".bin"))
    .sort()
    .flatMap((file) => readFileSync(FIXTURES + file, "utf8").split(SEPARATOR))
    .filter((piece) => piece.trim() !== "");

/** A body of `count` records, cycling through the fixtures' records, as bytes. */
export const watchBody = (count) => {
  const records = fixtureRecords();
  const parts = Array.from({ length: count }, (_, i) => records[i % records.length] + SEPARATOR);
  return new TextEncoder().encode(parts.join(""));
};

/** `bytes` cut into chunks of `size` bytes (views, no copies); records and characters straddle them. */
export const chunksOf = (bytes, size) => {
  const chunks = [];
  for (let offset = 0; offset < bytes.length; offset += size)
    chunks.push(bytes.subarray(offset, offset + size));
  return chunks;
};

/** A fresh byte stream over `chunks`, one chunk per pull, as a response body delivers them. */
export const streamOf = (chunks) => {
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(chunks[index++]);
      else controller.close();
    },
  });
};

/**
 * An endless-looking stream of `count` records generated on demand in chunks of about
 * `chunkBytes`, so the body itself is never held in memory.
 */
export const generatedStream = (count, chunkBytes = 64 * 1024) => {
  const encoder = new TextEncoder();
  const records = fixtureRecords().map((record) => record + SEPARATOR);
  let emitted = 0;
  return new ReadableStream({
    pull(controller) {
      if (emitted >= count) return controller.close();
      let text = "";
      while (text.length < chunkBytes && emitted < count)
        text += records[emitted++ % records.length];
      controller.enqueue(encoder.encode(text));
    },
  });
};
