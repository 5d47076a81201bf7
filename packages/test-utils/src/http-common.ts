/**
 * HTTP pieces both server generations share: JSON and text answers, injected faults and latency,
 * request bodies under a limit, the gateway timeout and the mapping of thrown errors to answers.
 */
import type { Clock } from "./clock.js";
import { isFakeServerError } from "./errors.js";
import type { Fault, Faults, FaultTarget, WatchFault } from "./faults.js";

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

/** An error carrying the HTTP status to answer with. */
export const statusError = (status: number, message: string): Error =>
  Object.assign(new Error(message), { status });

/** Maps a thrown error to `{ error }` with its status (500 when it has none). */
export const thrownResponse = (error: unknown): Response => {
  const status = isFakeServerError(error)
    ? error.status
    : Number((error as { status?: unknown })?.status) || 500;
  return errorResponse(status, error instanceof Error ? error.message : String(error));
};

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
  request: Request,
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

/** Reads a request body; a body over `limit` bytes answers 413 `Request body too large`. */
export const readBody = async (
  request: Request,
  limit: number | undefined,
): Promise<{ text: string } | { response: Response }> => {
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (limit !== undefined && bytes.byteLength > limit)
    return { response: errorResponse(413, "Request body too large") };
  return { text: new TextDecoder().decode(bytes) };
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
  (route: (request: Request, url: URL, method: string) => Promise<Response>) =>
  async (request: Request): Promise<Response> => {
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
