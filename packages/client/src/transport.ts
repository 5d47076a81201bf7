import {
  AbortError,
  ConnectionError,
  InvalidResponseError,
  TimeoutError,
  createApiError,
  type WfkitError,
} from "./errors.js";
import { sleep, type Sleep } from "@wfkit/watch/internal";
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

/** What one attempt returns: the shape of an openapi-fetch result. */
export interface AttemptResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The environment the transport runs in; everything is injectable for tests. */
export interface TransportConfig {
  headers: HeadersOption | undefined;
  retry: RetryPolicy;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  sleep: Sleep;
  random: () => number;
  now: () => number;
}

/** How one call behaves. */
export interface CallSpec {
  /** `METHOD /path` for messages. */
  label: string;
  /**
   * True when sending the request twice is harmless (GETs, create-run with a runId). Other calls are
   * retried only when they failed before reaching the server.
   */
  idempotent: boolean;
}

/** The default, abortable sleep (shared with the watcher). */
export const defaultSleep: Sleep = sleep;

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

async function resolveHeaders(config: TransportConfig, call: CallOptions): Promise<Headers> {
  const base =
    typeof config.headers === "function" ? await config.headers() : (config.headers ?? undefined);
  const headers = new Headers(base);
  if (call.headers) new Headers(call.headers).forEach((value, key) => headers.set(key, value));
  return headers;
}

/**
 * Runs one API call with per-attempt timeouts, caller and client abort signals, error mapping and the
 * retry policy of `retry.ts`.
 *
 * @throws {@link WfkitError} subclasses: `ApiError` family for non-2xx answers, `ConnectionError`,
 * `TimeoutError`, `AbortError`, `InvalidResponseError`.
 */
export async function runCall<T>(
  config: TransportConfig,
  spec: CallSpec,
  call: CallOptions,
  attempt: (init: { signal: AbortSignal; headers: Headers }) => Promise<AttemptResult<T>>,
): Promise<{ data: T | undefined; response: Response }> {
  const callers = [config.signal, call.signal].filter((s): s is AbortSignal => s !== undefined);
  const callerSignal = callers.length ? anySignal(callers) : undefined;
  const timeoutMs = call.timeoutMs ?? config.timeoutMs;

  for (let n = 0; ; n++) {
    if (callerSignal?.aborted) throw abortError(spec, callerSignal.reason);
    const timeout = new AbortController();
    const signal = callerSignal ? anySignal([callerSignal, timeout.signal]) : timeout.signal;
    const timer =
      Number.isFinite(timeoutMs) && timeoutMs > 0
        ? setTimeout(() => timeout.abort(timeoutReason), timeoutMs)
        : undefined;
    let failure: WfkitError;
    let headers: Headers | undefined;
    let retryable: boolean;
    try {
      const result = await attempt({ signal, headers: await resolveHeaders(config, call) });
      if (result.response.ok) return { data: result.data, response: result.response };
      failure = createApiError(spec.label, result.response, result.error);
      headers = result.response.headers;
      retryable = spec.idempotent && isRetryableStatus(result.response.status);
    } catch (error) {
      if (timeout.signal.aborted && !callerSignal?.aborted) {
        failure = new TimeoutError(
          `${spec.label} timed out after ${timeoutMs} ms. Raise \`timeoutMs\` for slow workflows.`,
          { cause: error },
        );
        retryable = spec.idempotent;
      } else if (callerSignal?.aborted) {
        throw abortError(spec, callerSignal.reason);
      } else if (error instanceof SyntaxError) {
        throw new InvalidResponseError(
          `${spec.label} answered with invalid JSON: ${error.message}`,
          {
            cause: error,
          },
        );
      } else {
        failure = new ConnectionError(
          `${spec.label} could not reach the server (${describe(error)}). Check \`baseUrl\` and that the server is running.`,
          { cause: error },
        );
        retryable = spec.idempotent || failedBeforeSending(error);
      }
    } finally {
      // For a stream the headers are in now: its body may take as long as it needs.
      clearTimeout(timer);
    }
    const delay = retryable
      ? nextDelay(n, config.retry, headers, { now: config.now(), random: config.random() })
      : undefined;
    if (delay === undefined) throw failure;
    try {
      await config.sleep(delay, callerSignal);
    } catch (error) {
      throw abortError(spec, callerSignal?.reason ?? error);
    }
  }
}

const timeoutReason = Symbol("wfkit.timeout");

function abortError(spec: CallSpec, reason: unknown): AbortError {
  return new AbortError(`${spec.label} was aborted.`, { cause: reason });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  return cause?.code ? `${error.message}: ${String(cause.code)}` : error.message;
}
