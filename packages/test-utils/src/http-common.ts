/**
 * HTTP pieces both server generations share: JSON and text answers, injected faults and latency,
 * request bodies under a limit, the gateway timeout and the mapping of thrown errors to answers.
 */
import type { Clock } from "./clock.js";
import { isFakeServerError } from "./errors.js";
import type { Fault, Faults, FaultTarget, WatchFault } from "./faults.js";
import type { IncomingRequest } from "./incoming.js";

/** CORS headers Mastra puts on every answer. */
export const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "Content-Length,X-Requested-With",
} as const;

/** A JSON answer with Mastra's headers. */
export const jsonResponse = (
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { ...CORS_HEADERS, "content-type": "application/json", ...headers },
  });

/** `{ error: message }`. */
export const errorResponse = (status: number, message: string): Response =>
  jsonResponse(status, { error: message });

/** A `text/plain; charset=UTF-8` answer (Hono's `c.text`). */
export const textResponse = (status: number, text: string): Response =>
  new Response(text, {
    status,
    headers: { ...CORS_HEADERS, "content-type": "text/plain; charset=UTF-8" },
  });

/** What a route that does not exist answers. */
export const notFoundRoute = (): Response => textResponse(404, "404 Not Found");

/**
 * Maps a thrown error to `{ error }`: a `FakeServerError` (raised with `httpError`) with its
 * status, anything else (a JavaScript error Mastra would answer as 500) with 500.
 */
export const thrownResponse = (error: unknown): Response => {
  const status = isFakeServerError(error) ? error.status : 500;
  return errorResponse(status, error instanceof Error ? error.message : String(error));
};

/**
 * The queuing strategy of a stream body: at most `maxBytes` waiting for a reader that does not
 * keep up (see {@link enqueueWithin}).
 */
export const byteStrategy = (maxBytes: number): QueuingStrategy<Uint8Array> => ({
  highWaterMark: maxBytes,
  size: (chunk) => chunk.byteLength,
});

/**
 * Enqueues `chunk`; `false` when the reader is now more than the stream's buffer behind, and
 * the caller should disconnect it (as a real server's socket would be, its buffer full).
 */
export const enqueueWithin = (
  controller: ReadableStreamDefaultController<Uint8Array>,
  chunk: Uint8Array,
): boolean => {
  controller.enqueue(chunk);
  return (controller.desiredSize ?? 0) >= 0;
};

/** The error a stream body ends with when its reader fell too far behind. */
export const tooFarBehind = (maxBytes: number): Error =>
  new Error(
    `The client fell more than ${maxBytes} bytes behind the stream (maxStreamBufferBytes): disconnected`,
  );

const applyFail = (fault: Extract<Fault, { type: "fail" }>): Response => {
  const headers: Record<string, string> = { ...fault.headers };
  if (fault.retryAfter !== undefined) headers["retry-after"] = String(fault.retryAfter);
  return jsonResponse(fault.status ?? 503, fault.body ?? { error: "Injected fault" }, headers);
};

/**
 * Takes the faults that apply to a request and waits out injected latency. Answers the injected
 * failure, if any, and the watch faults for the route to apply.
 */
export const applyFaults = async (
  faults: Faults,
  clock: Clock,
  request: IncomingRequest,
  target: FaultTarget,
): Promise<{ failure: Response | undefined; watchFaults: WatchFault[] }> => {
  const taken = faults.take(target);
  for (const fault of taken) {
    if (fault.type === "latency") await clock.sleep(fault.ms, request.signal);
  }
  const fail = taken.find((f): f is Extract<Fault, { type: "fail" }> => f.type === "fail");
  return {
    failure: fail ? applyFail(fail) : undefined,
    watchFaults: taken.filter((f): f is WatchFault => f.type !== "fail" && f.type !== "latency"),
  };
};

/**
 * Runs a handler, answering 504 `Gateway Timeout` after `timeoutMs` of server time and `{ error }`
 * for whatever it throws.
 */
export const runHandler = async (
  clock: Clock,
  timeoutMs: number | undefined,
  handler: () => Promise<Response> | Response,
): Promise<Response> => {
  const run = async (): Promise<Response> => {
    try {
      return await handler();
    } catch (error) {
      return thrownResponse(error);
    }
  };
  if (timeoutMs === undefined) return run();
  const timeout = new AbortController();
  const timer = clock.sleep(timeoutMs, timeout.signal).then(
    () => errorResponse(504, "Gateway Timeout"),
    () => undefined,
  );
  const answer = run();
  const response = (await Promise.race([answer, timer])) ?? (await answer);
  timeout.abort();
  return response;
};

/** Wraps a route function: never throws; a client that went away answers 499. */
export const guard =
  (route: (request: IncomingRequest, url: URL, method: string) => Promise<Response>) =>
  async (request: IncomingRequest): Promise<Response> => {
    try {
      return await route(request, new URL(request.url), request.method.toUpperCase());
    } catch (error) {
      if ((error as { name?: unknown })?.name === "AbortError")
        return errorResponse(499, "Client closed request");
      return errorResponse(500, error instanceof Error ? error.message : "Internal Server Error");
    }
  };

/**
 * Calls `onAbort` with an `AbortError` when the client goes away (at once if it already has).
 * Returns `true` when it already had.
 */
export const onClientAbort = (
  signal: AbortSignal,
  onAbort: (error: DOMException) => void,
): boolean => {
  const error = () => new DOMException("The client disconnected", "AbortError");
  if (signal.aborted) {
    onAbort(error());
    return true;
  }
  signal.addEventListener("abort", () => onAbort(error()), { once: true });
  return false;
};

/** The path relative to the API prefix, or `undefined` when it is outside it. */
export const relativePath = (prefix: string, path: string): string | undefined =>
  prefix === ""
    ? path
    : path.startsWith(`${prefix}/`) || path === prefix
      ? path.slice(prefix.length)
      : undefined;
