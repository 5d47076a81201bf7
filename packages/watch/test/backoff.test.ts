import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { WatchAbortError, systemClock } from "@wfkit/watch";
import { computeBackoff, sleep } from "@wfkit/watch/internal";

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

describe("sleep (the system clock's)", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("resolves once its timer fires, not before", async () => {
    vi.useFakeTimers();
    let done = false;
    const waiting = sleep(30).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(29);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(done).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("is systemClock.sleep, and systemClock.now is the wall clock", async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    expect(systemClock.now()).toBe(1_000_000);
    const waiting = systemClock.sleep(10);
    await vi.advanceTimersByTimeAsync(10);
    await waiting;
    expect(systemClock.now()).toBe(1_000_010);
  });

  it("drops its timer when aborted", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort("stop");
    await expect(waiting).rejects.toBeInstanceOf(WatchAbortError);
    expect(vi.getTimerCount()).toBe(0);
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
