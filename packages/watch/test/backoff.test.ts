import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WatchAbortError, computeBackoff, sleep } from "@wfkit/watch";

describe("computeBackoff", () => {
  const policy = { baseDelayMs: 100, maxDelayMs: 1000 };

  it("doubles from the base delay, with equal jitter in [d/2, d]", () => {
    expect([1, 2, 3, 4].map((n) => computeBackoff(n, { ...policy, random: () => 0 }))).toEqual([
      50, 100, 200, 400,
    ]);
    expect(
      [1, 2, 3, 4].map((n) => computeBackoff(n, { ...policy, random: () => 0.999999 })),
    ).toEqual([100, 200, 400, 800]);
  });

  it("is capped at maxDelayMs even for huge attempts", () => {
    expect(computeBackoff(5, { ...policy, random: () => 0.999999 })).toBe(1000);
    expect(computeBackoff(10_000, { ...policy, random: () => 0.999999 })).toBe(1000);
  });

  it("stays within [0, maxDelayMs] and never shrinks the ceiling for any input", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 200 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 60_000 }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        (attempt, baseDelayMs, maxDelayMs, r) => {
          const delay = computeBackoff(attempt, { baseDelayMs, maxDelayMs, random: () => r });
          expect(Number.isInteger(delay)).toBe(true);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThanOrEqual(Math.max(0, maxDelayMs));
          const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
          expect(delay).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
        },
      ),
    );
  });
});

describe("sleep", () => {
  it("waits about the given time", async () => {
    const started = performance.now();
    await sleep(30);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });

  it("rejects with WatchAbortError when aborted, with the reason as cause", async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort("stop");
    const error = await waiting.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WatchAbortError);
    expect((error as WatchAbortError).cause).toBe("stop");
  });

  it("rejects at once for an already-aborted signal", async () => {
    await expect(sleep(60_000, AbortSignal.abort())).rejects.toBeInstanceOf(WatchAbortError);
  });
});
