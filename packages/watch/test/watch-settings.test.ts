import { describe, expect, it } from "vitest";
import { resolveWatchSettings } from "../src/watch-settings.js";

describe("watch options are made safe (never a request storm)", () => {
  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY, 3e9])(
    "stallTimeoutMs %s is clamped to [10, 2^31 - 1] or the default",
    (stallTimeoutMs) => {
      const { stallTimeoutMs: got, settleMs } = resolveWatchSettings({
        runId: "r",
        stallTimeoutMs,
      });
      expect(got).toBeGreaterThanOrEqual(10);
      expect(got).toBeLessThanOrEqual(2_147_483_647);
      expect(settleMs).toBeLessThanOrEqual(got);
    },
  );

  it.each([Number.NaN, Number.POSITIVE_INFINITY])(
    "stallTimeoutMs %s means the default",
    (value) => {
      expect(resolveWatchSettings({ runId: "r", stallTimeoutMs: value }).stallTimeoutMs).toBe(2000);
    },
  );

  it("reconnect numbers that are not numbers mean the defaults; negatives are clamped", () => {
    const settings = resolveWatchSettings({
      runId: "r",
      reconnect: { maxAttempts: Number.NaN, baseDelayMs: Number.NaN, maxDelayMs: -1 },
    });
    expect(settings.maxAttempts).toBe(5);
    expect(settings.backoff.baseDelayMs).toBe(250);
    expect(settings.backoff.maxDelayMs).toBe(0);
  });

  it("connectTimeoutMs defaults to 10 s, at most 30 s as the issue asks, and is clamped", () => {
    expect(resolveWatchSettings({ runId: "r" }).connectTimeoutMs).toBe(10_000);
    expect(resolveWatchSettings({ runId: "r", connectTimeoutMs: 0 }).connectTimeoutMs).toBe(10);
  });
});
