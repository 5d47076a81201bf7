/** The retry policy as pure functions (`retry.ts`): no fetch, no timers. */
import { describe, expect, it } from "vitest";
import {
  defaultRetryPolicy,
  failedBeforeSending,
  isRetryableStatus,
  nextDelay,
  retryAfterMs,
} from "../src/retry.js";

const now = Date.parse("2026-01-01T00:00:00Z");
const headers = (init: Record<string, string>) => new Headers(init);
const policy = { retries: 3, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 };
const clock = { now, random: 0.5 };

describe("retryAfterMs", () => {
  it.each([
    ["Retry-After in seconds", { "retry-after": "2" }, 2000],
    ["Retry-After 0", { "retry-after": "0" }, 0],
    ["Retry-After with a fraction", { "retry-after": "1.5" }, 1500],
    [
      "Retry-After as an HTTP date 3 s ahead",
      { "retry-after": "Thu, 01 Jan 2026 00:00:03 GMT" },
      3000,
    ],
    [
      "Retry-After as an HTTP date in the past",
      { "retry-after": "Wed, 31 Dec 2025 23:59:00 GMT" },
      0,
    ],
    ["a negative Retry-After", { "retry-after": "-4" }, 0],
    ["retry-after-ms", { "retry-after-ms": "250" }, 250],
    ["retry-after-ms wins over Retry-After", { "retry-after-ms": "250", "retry-after": "9" }, 250],
    [
      "a bad retry-after-ms falls back to Retry-After",
      { "retry-after-ms": "x", "retry-after": "1" },
      1000,
    ],
  ])("%s", (_, init, expected) => {
    expect(retryAfterMs(headers(init), now)).toBe(expected);
  });

  it.each([
    ["no headers at all", undefined],
    ["no Retry-After", headers({})],
    ["an empty Retry-After", headers({ "retry-after": " " })],
    ["a Retry-After that is neither seconds nor a date", headers({ "retry-after": "soon" })],
  ])("%s asks for nothing", (_, h) => {
    expect(retryAfterMs(h, now)).toBeUndefined();
  });
});

describe("nextDelay", () => {
  it("backs off exponentially with jitter and a cap, then stops after `retries`", () => {
    const random = { now, random: 1 - Number.EPSILON };
    const delays = [0, 1, 2].map((n) => nextDelay(n, { ...policy, retries: 3 }, undefined, random));
    expect(delays.every((d) => d !== undefined && d <= policy.maxDelayMs)).toBe(true);
    expect(nextDelay(3, policy, undefined, clock)).toBeUndefined();
    expect(nextDelay(0, { ...policy, retries: 0 }, undefined, clock)).toBeUndefined();
  });

  it("honours a Retry-After within maxRetryAfterMs, even past maxDelayMs", () => {
    expect(nextDelay(0, policy, headers({ "retry-after": "4" }), clock)).toBe(4000);
    expect(nextDelay(0, policy, headers({ "retry-after": "5" }), clock)).toBe(5000);
  });

  it("gives up on a Retry-After past maxRetryAfterMs (the error is thrown instead)", () => {
    expect(nextDelay(0, policy, headers({ "retry-after": "6" }), clock)).toBeUndefined();
    expect(
      nextDelay(0, policy, headers({ "retry-after": "Thu, 01 Jan 2026 01:00:00 GMT" }), clock),
    ).toBeUndefined();
    expect(nextDelay(0, policy, headers({ "retry-after-ms": "5001" }), clock)).toBeUndefined();
  });

  it("an HTTP-date Retry-After is measured from the injected now", () => {
    const h = headers({ "retry-after": "Thu, 01 Jan 2026 00:00:02 GMT" });
    expect(nextDelay(0, policy, h, clock)).toBe(2000);
    expect(nextDelay(0, policy, h, { now: now + 1500, random: 0.5 })).toBe(500);
  });

  it("the defaults are 2 retries from 250 ms up to 8 s, Retry-After up to a minute", () => {
    expect(defaultRetryPolicy).toEqual({
      retries: 2,
      baseDelayMs: 250,
      maxDelayMs: 8000,
      maxRetryAfterMs: 60_000,
    });
  });
});

describe("isRetryableStatus", () => {
  it.each([408, 429, 500, 502, 503, 504, 599])("%i is retried", (status) => {
    expect(isRetryableStatus(status)).toBe(true);
  });
  it.each([301, 400, 401, 403, 404, 409, 413, 422])("%i is not", (status) => {
    expect(isRetryableStatus(status)).toBe(false);
  });
});

describe("failedBeforeSending", () => {
  const fetchFailed = (code: string) => new TypeError("fetch failed", { cause: { code } });
  it.each([
    "ECONNREFUSED",
    "ENOTFOUND",
    "EAI_AGAIN",
    "EHOSTUNREACH",
    "ENETUNREACH",
    "UND_ERR_CONNECT_TIMEOUT",
  ])("%s proves the request never left", (code) => {
    expect(failedBeforeSending(fetchFailed(code))).toBe(true);
  });
  it.each(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "ETIMEDOUT"])("%s does not", (code) => {
    expect(failedBeforeSending(fetchFailed(code))).toBe(false);
  });
  it("looks a few causes deep, and not forever", () => {
    const deep = new Error("a", { cause: new Error("b", { cause: { code: "ECONNREFUSED" } }) });
    expect(failedBeforeSending(deep)).toBe(true);
    const cyclic: { code?: string; cause?: unknown } = {};
    cyclic.cause = cyclic;
    expect(failedBeforeSending(cyclic)).toBe(false);
    expect(failedBeforeSending(new TypeError("Failed to fetch"))).toBe(false);
    expect(failedBeforeSending(undefined)).toBe(false);
  });
});
