import { computeBackoff } from "@wfkit/watch/internal";

/**
 * The retry policy, as pure functions: which failures are retried and how long to wait.
 * Nothing here sleeps or reads the clock; the transport injects both.
 */

/** Retry and backoff settings. */
export interface RetryOptions {
  /**
   * How many times a retryable failure is retried (so `retries + 1` attempts at most).
   * @defaultValue 2
   */
  retries?: number;
  /**
   * The first backoff delay, doubled on each retry.
   * @defaultValue 250
   */
  baseDelayMs?: number;
  /**
   * The backoff cap.
   * @defaultValue 8000
   */
  maxDelayMs?: number;
  /**
   * A server's `Retry-After` longer than this is not honoured: the error is thrown instead.
   * @defaultValue 60000
   */
  maxRetryAfterMs?: number;
}

/** The settings with their defaults filled in. */
export type RetryPolicy = Required<RetryOptions>;

/** The defaults for {@link RetryOptions}. */
export const defaultRetryPolicy: RetryPolicy = {
  retries: 2,
  baseDelayMs: 250,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
};

/** Statuses worth another attempt: 408, 429 and every 5xx. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Connection error codes that prove the request never reached a server. */
const preConnectCodes = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/**
 * True when a fetch failure happened before any byte reached a server (refused connection, DNS
 * failure), so even a non-idempotent POST can be sent again safely.
 */
export function failedBeforeSending(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && preConnectCodes.has(code)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * The delay a server asked for through `retry-after-ms` or `Retry-After` (seconds or an HTTP date),
 * or `undefined` when it asked for none.
 */
export function retryAfterMs(headers: Headers | undefined, now: number): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get("retry-after-ms");
  if (ms !== null && ms.trim() !== "" && Number.isFinite(Number(ms)))
    return Math.max(0, Number(ms));
  const value = headers.get("retry-after");
  if (value === null || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * How long to wait before retry number `attempt` (0-based): the server's `Retry-After` when it gave
 * one within `maxRetryAfterMs`, else capped exponential backoff with jitter (`computeBackoff` of `@wfkit/watch`, shared with
 * the watcher's reconnects). `undefined` means: don't retry.
 */
export function nextDelay(
  attempt: number,
  policy: RetryPolicy,
  headers: Headers | undefined,
  clock: { now: number; random: number },
): number | undefined {
  if (attempt >= policy.retries) return undefined;
  const asked = retryAfterMs(headers, clock.now);
  if (asked !== undefined) return asked <= policy.maxRetryAfterMs ? asked : undefined;
  return computeBackoff(attempt + 1, { ...policy, random: () => clock.random });
}
