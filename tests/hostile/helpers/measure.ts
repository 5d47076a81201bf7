/**
 * Measuring and input helpers of the hostile attacks, free of vitest so that
 * `bench/hostile-figures.mjs` runs the same code against the built packages: soak-sized counts,
 * heap measurement after forced collections, a seeded random source, deep and lazy bodies.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** `pnpm test:soak` sets `WFKIT_SOAK=1`: the full counts. `pnpm check` runs the small ones. */
export const SOAK = process.env["WFKIT_SOAK"] === "1";

/** `normal` in `pnpm check`, `soak` under `pnpm test:soak`. */
export const count = (normal: number, soak: number): number => (SOAK ? soak : normal);

/**
 * `global.gc` where node runs with `--expose-gc`; otherwise the same flag is turned on at run time
 * and a fresh context hands out its `gc`.
 */
export const gc: (() => void) | undefined =
  (globalThis as { gc?: () => void }).gc ??
  (() => {
    setFlagsFromString("--expose-gc");
    return runInNewContext("gc") as (() => void) | undefined;
  })();

/**
 * The memory in use after full collections: the JS heap plus the `ArrayBuffer`s outside it (where
 * encoded stream chunks and request bodies live).
 * @throws when no `gc` could be had.
 */
export const heapAfterGc = async (): Promise<number> => {
  if (typeof gc !== "function") throw new Error("run node with --expose-gc");
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

/** A seeded PRNG (mulberry32): the same seed gives the same sequence. */
export const createRandom = (seed: number) => {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer in [0, n). */
    int: (n: number): number => Math.floor(next() * n),
    /** An integer in [min, max]. */
    between: (min: number, max: number): number => min + Math.floor(next() * (max - min + 1)),
    /** One of `items`. */
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number): boolean => next() < p,
  };
};

/** A value nested `depth` levels deep: `{ a: { a: … } }`. */
export const deepObject = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

/** `{ inputData: <depth levels> }` as JSON text, built without recursion. */
export const deepInputJson = (depth: number): string =>
  `{"inputData":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}`;

/** A request body that streams `bytes` bytes of `x` lazily, without holding them. */
export const lazyBody = (bytes: number, chunk = 1024 * 1024): ReadableStream<Uint8Array> => {
  const piece = new Uint8Array(chunk).fill(0x78);
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const n = Math.min(chunk, bytes - sent);
      sent += n;
      controller.enqueue(n === chunk ? piece : piece.subarray(0, n));
    },
  });
};
