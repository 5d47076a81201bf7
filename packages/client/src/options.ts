import { InvalidArgumentError } from "./errors.js";
import { validateHeaders } from "./headers.js";
import { createDebugLog, type Logger } from "./logger.js";
import type { Middleware } from "./middleware.js";
import { DEFAULT_MAX_RESPONSE_BYTES } from "./response-limit.js";
import { defaultRetryPolicy, type RetryOptions, type RetryPolicy } from "./retry.js";
import {
  checkTimeout,
  describeValue,
  realClock,
  type Clock,
  type HeadersOption,
  type Sleep,
  type TransportConfig,
} from "./transport.js";

/** The default time one attempt may take. */
export const DEFAULT_TIMEOUT_MS = 300_000;

/** The client options the transport reads (part of `ClientOptions`). */
export interface TransportOptions {
  /** Headers sent with every request: an object, or a function called before each request. */
  headers?: HeadersOption;
  /** A `fetch` implementation; defaults to `globalThis.fetch`. */
  fetch?: (request: Request) => Promise<Response>;
  /**
   * Retries for safe requests. GETs retry on connection errors, 408, 429 and 5xx; POSTs that may
   * have reached the server are never sent twice (see README, "Retries").
   */
  retry?: RetryOptions;
  /**
   * The time each attempt may take, in milliseconds (for a watch: until the server answers). A
   * positive number, or `Infinity` for none; values past 2^31 - 1 (about 24.8 days) are clamped.
   * @defaultValue 300000
   */
  timeoutMs?: number;
  /**
   * The largest JSON response body accepted, in bytes, counted as decoded (so a gzip bomb is cut
   * too). A larger body fails with `ResponseTooLargeError` and is not retried. Watch streams are
   * bounded per record instead.
   * @defaultValue 67108864 (64 MiB)
   */
  maxResponseBytes?: number;
  /** Aborts every call made through this client. */
  signal?: AbortSignal;
  /**
   * The time source for retry waits, per-attempt timeouts, `Retry-After` dates and log timings.
   * @defaultValue the real clock (`Date.now` and timers)
   */
  clock?: Clock;
  /** Waits between retries; injectable so tests don't wait. Wins over `clock.sleep` for retries. */
  sleep?: Sleep;
  /** A random number in [0, 1) for backoff jitter. @defaultValue Math.random */
  random?: () => number;
  /** Hooks around every request (tracing, auth refresh, metrics); see README, "Middleware". */
  middleware?: readonly Middleware[];
  /**
   * Receives one debug line per call, retry, watch reconnect and reconciliation. Without it, lines
   * go to `console.debug` when the `DEBUG` environment variable names `wfkit`.
   */
  logger?: Logger;
  /** More header names whose values are never logged (`authorization`, `cookie`, `x-api-key` never are). */
  redactHeaders?: readonly string[];
}

/**
 * The transport's configuration from the client options, every value checked.
 *
 * @throws `InvalidArgumentError` for a numeric option that is not a usable number, a non-function
 * `fetch`, `sleep`, `random` or `logger`, invalid headers or middleware.
 */
export function createTransportConfig(options: TransportOptions): TransportConfig {
  if (options.fetch !== undefined && typeof options.fetch !== "function") {
    throw new InvalidArgumentError(
      `fetch must be a function, got ${describeValue(options.fetch)}.`,
    );
  }
  for (const name of ["sleep", "random", "logger"] as const) {
    const value = options[name];
    if (value !== undefined && typeof value !== "function") {
      throw new InvalidArgumentError(`${name} must be a function, got ${describeValue(value)}.`);
    }
  }
  const clock = options.clock ?? realClock;
  if (typeof clock?.now !== "function" || typeof clock.sleep !== "function") {
    throw new InvalidArgumentError("clock must have `now()` and `sleep(ms, signal)` functions.");
  }
  const headers = options.headers;
  if (headers !== undefined && typeof headers !== "function") validateHeaders(headers, "headers");
  const middleware = options.middleware ?? [];
  if (!Array.isArray(middleware) || middleware.some((m) => typeof m !== "object" || m === null)) {
    throw new InvalidArgumentError("middleware must be an array of hook objects.");
  }
  if (options.redactHeaders !== undefined && !Array.isArray(options.redactHeaders)) {
    throw new InvalidArgumentError("redactHeaders must be an array of header names.");
  }
  return {
    fetch: options.fetch,
    headers,
    retry: checkRetry(options.retry ?? {}),
    timeoutMs:
      options.timeoutMs === undefined
        ? DEFAULT_TIMEOUT_MS
        : checkTimeout(options.timeoutMs, "timeoutMs"),
    maxResponseBytes:
      options.maxResponseBytes === undefined
        ? DEFAULT_MAX_RESPONSE_BYTES
        : checkNumber(options.maxResponseBytes, "maxResponseBytes", { min: 1 }),
    signal: options.signal,
    clock,
    sleep: options.sleep ?? ((ms, signal) => clock.sleep(ms, signal)),
    random: options.random ?? Math.random,
    middleware,
    log: createDebugLog(options.logger, options.redactHeaders),
  };
}

/**
 * `retry` with its defaults, every field checked: `retries` a whole number from 0 to 100, delays
 * finite and not negative, `baseDelayMs` at most `maxDelayMs`.
 *
 * @throws `InvalidArgumentError` for anything else (so no setting can cause a request storm).
 */
export function checkRetry(retry: RetryOptions): RetryPolicy {
  if (typeof retry !== "object" || retry === null) {
    throw new InvalidArgumentError(`retry must be an object, got ${describeValue(retry)}.`);
  }
  const pick = (name: keyof RetryOptions, min: number, max: number, integer = false) =>
    retry[name] === undefined
      ? defaultRetryPolicy[name]
      : checkNumber(retry[name], `retry.${name}`, { min, max, integer });
  const policy: RetryPolicy = {
    retries: pick("retries", 0, 100, true),
    baseDelayMs: pick("baseDelayMs", 0, MAX_DELAY),
    maxDelayMs: pick("maxDelayMs", 0, MAX_DELAY),
    maxRetryAfterMs: pick("maxRetryAfterMs", 0, MAX_DELAY),
  };
  if (retry.baseDelayMs !== undefined && policy.baseDelayMs > policy.maxDelayMs) {
    throw new InvalidArgumentError(
      `retry.baseDelayMs (${policy.baseDelayMs}) must not exceed retry.maxDelayMs (${policy.maxDelayMs}).`,
    );
  }
  return policy;
}

/** The longest delay option accepted: what timers take (about 24.8 days). */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * A finite number within `[min, max]` (a whole number when `integer`).
 *
 * @throws `InvalidArgumentError` naming the option and the value.
 */
export function checkNumber(
  value: unknown,
  name: string,
  range: { min?: number; max?: number; integer?: boolean },
): number {
  const { min = -Infinity, max = Infinity, integer = false } = range;
  const ok =
    typeof value === "number" &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!integer || Number.isInteger(value));
  if (!ok) {
    const bounds = [
      integer ? "a whole number" : "a finite number",
      Number.isFinite(min) ? `>= ${min}` : "",
      Number.isFinite(max) ? `<= ${max}` : "",
    ]
      .filter(Boolean)
      .join(" ");
    throw new InvalidArgumentError(`${name} must be ${bounds}, got ${describeValue(value)}.`);
  }
  return value as number;
}

/**
 * The `baseUrl` option, checked: an absolute http(s) URL with no credentials, query or fragment
 * and no `.`/`..` path segments. Returned without trailing slashes.
 *
 * @throws `InvalidArgumentError` otherwise.
 */
export function normaliseBaseUrl(value: unknown): string {
  if (typeof value !== "string") {
    throw new InvalidArgumentError(`baseUrl must be a string, got ${describeValue(value)}.`);
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch (cause) {
    throw new InvalidArgumentError(
      `baseUrl must be an absolute URL such as "http://localhost:4111", got ${JSON.stringify(value)}.`,
      { cause },
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new InvalidArgumentError(`baseUrl must use http or https, got "${url.protocol}".`);
  }
  if (url.username !== "" || url.password !== "") {
    throw new InvalidArgumentError(
      "baseUrl must not carry credentials (user:pass@): send them with the `headers` option, e.g. an Authorization header.",
    );
  }
  if (value.includes("?") || value.includes("#")) {
    throw new InvalidArgumentError(
      `baseUrl must not have a query or a fragment ("?" or "#"), got ${JSON.stringify(value)}.`,
    );
  }
  const rawPath = value.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "");
  checkSegments(rawPath, "baseUrl");
  return value.replace(/\/+$/, "");
}

/**
 * The `apiPrefix` option, checked and normalised to start with `/` and have no trailing slash.
 *
 * @throws `InvalidArgumentError` for a non-string, `?`, `#`, `\`, or `.`/`..` segments.
 */
export function normalisePrefix(value: unknown): string {
  if (typeof value !== "string") {
    throw new InvalidArgumentError(
      `apiPrefix must be a string such as "/api", got ${describeValue(value)}.`,
    );
  }
  if (/[?#\\]/.test(value) || [...value].some((c) => c < " " || c === "\x7f")) {
    throw new InvalidArgumentError(
      `apiPrefix must be a plain path such as "/api" (no "?", "#", "\\" or control characters), got ${JSON.stringify(value)}.`,
    );
  }
  checkSegments(value, "apiPrefix");
  const trimmed = value.trim().replace(/^\/*/, "/").replace(/\/+$/, "");
  return trimmed === "/" ? "" : trimmed;
}

function checkSegments(path: string, name: string): void {
  const segments = path.split("/").map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
  if (segments.some((segment) => segment === "." || segment === "..")) {
    throw new InvalidArgumentError(
      `${name} must not have "." or ".." path segments (the URL parser would resolve them and requests would leave the API path), got ${JSON.stringify(path)}.`,
    );
  }
}
