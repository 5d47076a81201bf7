import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The byte-exact watch bodies captured from a real Mastra server. */
export const FIXTURE_NAMES = [
  "watch-start-until-suspended.bin",
  "watch-resume-until-success.bin",
  "watch-step-failure.bin",
] as const;

/** Captured from a real Mastra 0.10.15 (harness): a `.sleep()` ends the watch with `waiting`. */
export const SLEEP_FIXTURE_NAMES = [
  "watch-pipeline-until-waiting.bin",
  "watch-pipeline-after-sleep.bin",
] as const;

export type FixtureName = (typeof FIXTURE_NAMES)[number] | (typeof SLEEP_FIXTURE_NAMES)[number];

export const readFixture = (name: FixtureName): Uint8Array =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))));

/** Splits a buffer at the given (sorted, deduplicated) offsets. */
export const splitAt = (bytes: Uint8Array, offsets: readonly number[]): Uint8Array[] => {
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const offset of offsets) {
    if (offset <= start || offset >= bytes.length) continue;
    chunks.push(bytes.subarray(start, offset));
    start = offset;
  }
  chunks.push(bytes.subarray(start));
  return chunks;
};

export interface TrackedStream {
  stream: ReadableStream<Uint8Array>;
  /** Reasons passed to the underlying source's `cancel`, in order. */
  cancelled: unknown[];
  /** Number of chunks the consumer pulled. */
  pulls: () => number;
}

/** A pull-based stream over `chunks` that records cancellation; `hang` keeps it open at the end. */
export const trackedStream = (
  chunks: readonly Uint8Array[],
  options: { hang?: boolean } = {},
): TrackedStream => {
  const cancelled: unknown[] = [];
  let index = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const chunk = chunks[index++];
        if (chunk !== undefined) controller.enqueue(chunk);
        else if (options.hang) return new Promise<void>(() => {});
        else controller.close();
        return undefined;
      },
      cancel(reason) {
        cancelled.push(reason);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, cancelled, pulls: () => index };
};

export const collect = async <T>(iterable: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
};

const encoder = new TextEncoder();
export const utf8 = (text: string): Uint8Array => encoder.encode(text);
