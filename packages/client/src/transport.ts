import { systemClock, type Clock, type Sleep } from "@wfkit/watch";
import { startClockTimer } from "@wfkit/watch/internal";
import {
  AbortError,
  ConnectionError,
  InvalidArgumentError,
  ResponseLostError,
  TimeoutError,
  createApiError,
  isWfkitError,
  type WfkitError,
} from "./errors.js";
import { validateHeaders } from "./headers.js";
import type { DebugLog } from "./logger.js";
import { runAfter, type Middleware } from "./middleware.js";
import { operationLabel, type OperationInfo } from "./operations.js";
import { fetchWithoutUnsafeRedirects, prepareHop, type Hop } from "./redirects.js";
import { readLimitedBody } from "./response-limit.js";
import { failedBeforeSending, isRetryableStatus, nextDelay, type RetryPolicy } from "./retry.js";

/** Headers as an object, or a function (sync or async) that returns them for each request. */
export type HeadersOption =
  HeadersInit | (() => HeadersInit | undefined | Promise<HeadersInit | undefined>);

/** Per-call options accepted by every method. */
export interface CallOptions {
  /** Aborts this call, including any wait between retries. */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for each attempt of this call. */
  timeoutMs?: number;
  /** Extra headers for this call; they win over the client's. */
  headers?: HeadersInit;
}

/** Waits `ms`; rejects when `signal` aborts (the watcher's type, shared). */
export type { Sleep };

/**
 * The time source of a client (the watcher's `Clock` of `@wfkit/watch`): `now` for `Retry-After`
 * dates and log timings, `sleep` for retry waits and per-attempt timeouts. Inject one to run a
 * client on virtual time.
 */
export type { Clock };

/** The real clock: `Date.now` and timers. */
export const realClock: Clock = systemClock;

/** The environment the transport runs in; everything is injectable for tests. */
export interface TransportConfig {
  /** The user's `fetch`; `globalThis.fetch` (looked up per request) when undefined. */
  fetch: ((request: Request) => Promise<Response>) | undefined;
  headers: HeadersOption | undefined;
  retry: RetryPolicy;
  /** Per attempt; `Infinity` for none. Already validated and clamped. */
  timeoutMs: number;
  maxResponseBytes: number;
  signal: AbortSignal | undefined;
  clock: Clock;
  /** Waits between retries (the clock's `sleep` unless the `sleep` option was given). */
  sleep: Sleep;
  random: () => number;
  middleware: readonly Middleware[];
  log: DebugLog | undefined;
}

/** The longest delay timers take (2^31 - 1 ms, about 24.8 days); longer timeouts are clamped. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** One signal that aborts when any of `signals` does. */
export function anySignal(signals: AbortSignal[]): AbortSignal {
  if (signals.length === 1) return signals[0]!;
  if (typeof AbortSignal.any === "function") return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const s of signals) {
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    s.addEventListener("abort", () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
}

/**
 * Checks a timeout option: a positive number of milliseconds, or `Infinity` for none. Values past
 * what timers take are clamped to {@link MAX_TIMER_MS}.
 *
 * @throws `InvalidArgumentError` for anything else (NaN, 0, negative, a string).
 */
export function checkTimeout(value: unknown, name: string): number {
  if (typeof value !== "number" || Number.isNaN(value) || value <= 0) {
    throw new InvalidArgumentError(
      `${name} must be a positive number of milliseconds (or Infinity for none), got ${describeValue(value)}.`,
    );
  }
  return Math.min(value, MAX_TIMER_MS);
}

/** What the transport sends: the built URL and JSON body, the operation, the caller's options. */
export interface Outgoing {
  /** The full URL, query included. */
  url: string;
  /** `GET`, `POST`, … */
  method: string;
  /** The serialized JSON body (sent as `application/json`), or `undefined` for none. */
  body: string | undefined;
  operation: OperationInfo;
  call: CallOptions;
}

/** A successful answer: the response, and for a JSON operation its whole body (within the limit). */
export interface Answer {
  response: Response;
  /** The body, fully read; `undefined` for a stream operation, whose body is left to the caller. */
  bytes: Uint8Array | undefined;
}

/**
 * Sends one API call: per-attempt headers, timeouts (on the clock), caller and client abort
 * signals, middleware, redirect rules, the response size limit, error mapping and the retry policy
 * of `retry.ts`. The one place where calls are retried and timed out. A JSON answer comes back
 * fully read (within `maxResponseBytes`); a stream comes back as soon as its headers are in.
 *
 * @throws {@link WfkitError} subclasses: the `ApiError` family for non-2xx answers,
 * `ConnectionError`, `ResponseLostError`, `TimeoutError`, `AbortError`, `RedirectRefusedError`,
 * `ResponseTooLargeError`, `InvalidArgumentError`.
 */
export async function send(config: TransportConfig, outgoing: Outgoing): Promise<Answer> {
  const { operation, call } = outgoing;
  // Built only when a message or a log line needs it: a `new URL` per call otherwise.
  let labelText: string | undefined;
  const label = (): string => (labelText ??= operationLabel(operation, outgoing.url));
  const timeoutMs =
    call.timeoutMs === undefined ? config.timeoutMs : checkTimeout(call.timeoutMs, "timeoutMs");
  const callerSignal = callerSignalOf(config.signal, call.signal);
  const retries = operation.stream ? 0 : config.retry.retries;
  const fetch = config.fetch ?? ((request: Request) => globalThis.fetch(request));

  for (let n = 0; ; n++) {
    if (callerSignal?.aborted) throw abortError(label(), callerSignal.reason);
    const headers = await attemptHeaders(config, outgoing);
    const attempt = attemptSignal(callerSignal, timeoutMs);
    const { signal } = attempt;
    const context = { operation, attempt: n + 1 };
    const hop = await prepareHop(config, { outgoing, headers, signal }, context);
    const started = config.clock.now();
    const stopTimer = startTimer(config.clock, timeoutMs, attempt.fire);
    let failure: WfkitError;
    let answered: Headers | undefined;
    let retryable: boolean;
    try {
      let response = await fetchWithoutUnsafeRedirects(fetch, hop, label);
      if (hop.request) {
        const request = hop.request;
        response =
          (await runAfter(config.middleware, { ...context, request }, { response })) ?? response;
      }
      if (response.ok && operation.stream) {
        logCall(config, { label, operation, hop, started, outcome: `${response.status}` });
        return { response, bytes: undefined }; // the headers are in: the body may take as long as it needs
      }
      const bytes = await readLimitedBody(response, config.maxResponseBytes, label);
      logCall(config, { label, operation, hop, started, outcome: `${response.status}` });
      if (response.ok) return { response, bytes };
      failure = createApiError(label(), response, parseErrorBody(bytes));
      answered = response.headers;
      retryable = operation.idempotent && isRetryableStatus(response.status);
    } catch (error) {
      if (isWfkitError(error) && finalCodes.has(error.code)) {
        failure = error;
        retryable = false;
      } else if (attempt.timedOut() && !callerSignal?.aborted) {
        failure = new TimeoutError(
          `${label()} timed out after ${timeoutMs} ms.${operation.idempotent ? "" : maybeTookEffect} Raise \`timeoutMs\` for slow workflows.`,
          { cause: error },
        );
        retryable = operation.idempotent;
      } else if (callerSignal?.aborted) {
        failure = abortError(label(), callerSignal.reason);
        retryable = false;
      } else if (failedBeforeSending(error)) {
        failure = new ConnectionError(
          `${label()} could not reach the server (${describe(error)}); the connection never opened. Check \`baseUrl\` and that the server is running.`,
          { cause: error },
        );
        retryable = true;
      } else if (!operation.idempotent) {
        failure = new ResponseLostError(
          `${label()} lost its connection after the request was sent (${describe(error)}).${maybeTookEffect}`,
          { cause: error },
        );
        retryable = false;
      } else {
        failure = new ConnectionError(
          `${label()} got no answer from the server (${describe(error)}). Check \`baseUrl\` and that the server is running.`,
          { cause: error },
        );
        retryable = true;
      }
      logCall(config, { label, operation, hop, started, outcome: failure.name });
      if (hop.request) {
        await runAfter(config.middleware, { ...context, request: hop.request }, { error: failure });
      }
    } finally {
      stopTimer();
    }
    const delay =
      retryable && n < retries
        ? nextDelay(n, config.retry, answered, {
            now: config.clock.now(),
            random: config.random(),
          })
        : undefined;
    if (delay === undefined) throw failure;
    config.log?.line(
      `retry ${operation.name} ${label()} in ${Math.round(delay)} ms after ${failure.status ?? failure.name} (retry ${n + 1} of ${retries})`,
    );
    try {
      await config.sleep(delay, callerSignal);
    } catch (error) {
      throw abortError(label(), callerSignal?.reason ?? error);
    }
  }
}

/** The signal of one attempt and how its timeout fires. */
interface AttemptSignal {
  /** What the request is sent with; `undefined` when nothing can abort it (no caller signal, no timeout). */
  signal: AbortSignal | undefined;
  /** Aborts the attempt as timed out. */
  fire(): void;
  timedOut(): boolean;
}

/**
 * The attempt's signal. Without a timeout it is the caller's, or none: a request sent without a
 * signal skips the runtime's per-request abort wiring. With one, a controller of its own that the
 * timer aborts, combined with the caller's signal (which the request keeps following after the
 * attempt, as a stream's body does).
 */
function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  if (!Number.isFinite(timeoutMs)) {
    return { signal: caller, fire: () => {}, timedOut: () => false };
  }
  const timeout = new AbortController();
  return {
    signal: caller ? anySignal([caller, timeout.signal]) : timeout.signal,
    fire: () => timeout.abort(timeoutReason),
    timedOut: () => timeout.signal.aborted,
  };
}

/** The client's and the call's signals as one, or `undefined` when neither was given. */
function callerSignalOf(
  client: AbortSignal | undefined,
  call: AbortSignal | undefined,
): AbortSignal | undefined {
  if (client === undefined || call === undefined) return client ?? call;
  return anySignal([client, call]);
}

/** Errors that no attempt can fix: thrown as they are, never retried. */
const finalCodes = new Set(["invalid_argument", "redirect_refused", "response_too_large"]);

const maybeTookEffect =
  " The call may have taken effect on the server, so wfkit does not send it again: check the run (for example with `workflow.runById(runId)`) before you retry.";

const timeoutReason = Symbol("wfkit.timeout");

/** One decoder for every body (decoding without `stream` keeps no state between calls). */
export const utf8 = new TextDecoder();

/** Calls `fire` after `ms` on `clock` (never for an infinite `ms`); returns the cancel. */
const startTimer = (clock: Clock, ms: number, fire: () => void): (() => void) =>
  Number.isFinite(ms) ? startClockTimer(clock, ms, fire) : () => {};

/** The headers of one attempt: the request's, then the client's, then the call's. */
async function attemptHeaders(config: TransportConfig, outgoing: Outgoing): Promise<Headers> {
  let base: HeadersInit | undefined;
  try {
    base = typeof config.headers === "function" ? await config.headers() : config.headers;
  } catch (cause) {
    throw new InvalidArgumentError(
      `The \`headers\` function threw before ${outgoing.operation.name} was sent: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }
  const headers = new Headers();
  if (outgoing.body !== undefined) headers.set("content-type", "application/json");
  for (const [name, value] of validateHeaders(base, "headers")) headers.set(name, value);
  for (const [name, value] of validateHeaders(outgoing.call.headers, "headers (per call)")) {
    headers.set(name, value);
  }
  return headers;
}

/** A non-2xx body: parsed JSON when it is JSON, else its text. */
function parseErrorBody(bytes: Uint8Array): unknown {
  const text = utf8.decode(bytes);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function logCall(
  config: TransportConfig,
  entry: {
    label: () => string;
    operation: OperationInfo;
    hop: Hop;
    started: number;
    outcome: string;
  },
): void {
  const { log } = config;
  if (!log) return;
  const ms = Math.round(config.clock.now() - entry.started);
  const url = new URL(entry.hop.url);
  log.line(
    `call ${entry.operation.name} ${entry.hop.method} ${url.pathname}${url.search} -> ${entry.outcome} in ${ms} ms headers=${log.headers(entry.hop.headers)}`,
  );
}

function abortError(label: string, reason: unknown): AbortError {
  return new AbortError(`${label} was aborted.`, { cause: reason });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  if (cause?.code) return `${error.message}: ${String(cause.code)}`;
  if (typeof cause?.message === "string") return `${error.message}: ${cause.message}`;
  return error.message;
}

/** A value for a message: strings quoted, the rest as JSON or their type. */
export function describeValue(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "function") return "a function";
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}
