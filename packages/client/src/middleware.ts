import type { OperationInfo } from "./operations.js";

/** What every middleware hook is told about the call. */
export interface MiddlewareContext {
  /** The operation: its name (`startAsync`), method, path template and retry policy. */
  operation: OperationInfo;
  /** 1 for the first attempt, 2 for the first retry, … */
  attempt: number;
}

/**
 * Hooks around every request the client sends, in the style of openapi-fetch middleware: for
 * tracing, auth refresh and metrics. Each hook runs once per attempt (a retried call runs them again).
 * `onRequest` hooks run in order, `onResponse` and `onError` hooks in reverse order. A hook that
 * throws fails the call with its error, which is not retried.
 *
 * @example
 * ```ts
 * const client = new MastraClient({
 *   middleware: [
 *     {
 *       onRequest({ request, operation }) {
 *         request.headers.set("x-trace", `${operation.name}-${crypto.randomUUID()}`);
 *       },
 *       onResponse({ response, operation }) {
 *         console.log(operation.name, response.status);
 *       },
 *     },
 *   ],
 * });
 * ```
 */
export interface Middleware {
  /** Before each attempt is sent. Return a `Request` to send that one instead. */
  onRequest?(
    context: MiddlewareContext & { request: Request },
  ): Request | undefined | void | Promise<Request | undefined | void>;
  /** After each attempt's response headers arrived (any status). Return a `Response` to replace it. */
  onResponse?(
    context: MiddlewareContext & { request: Request; response: Response },
  ): Response | undefined | void | Promise<Response | undefined | void>;
  /** After an attempt failed without a response (network, timeout, abort, refused redirect). */
  onError?(context: MiddlewareContext & { request: Request; error: unknown }): void | Promise<void>;
}

/** Runs the `onRequest` hooks in order. */
export async function runOnRequest(
  middleware: readonly Middleware[],
  context: MiddlewareContext,
  request: Request,
): Promise<Request> {
  for (const m of middleware) {
    const next = await m.onRequest?.({ ...context, request });
    if (next instanceof Request) request = next;
  }
  return request;
}

/**
 * Runs the hooks that follow an attempt, in reverse order: `onResponse` when it was answered (a
 * hook may replace the response; the last one is returned), `onError` when it failed.
 */
export async function runAfter(
  middleware: readonly Middleware[],
  context: MiddlewareContext & { request: Request },
  outcome: { response: Response } | { error: unknown },
): Promise<Response | undefined> {
  let response = "response" in outcome ? outcome.response : undefined;
  for (let i = middleware.length - 1; i >= 0; i--) {
    const m = middleware[i]!;
    if (response === undefined) {
      await m.onError?.({ ...context, error: "error" in outcome ? outcome.error : undefined });
      continue;
    }
    const next = await m.onResponse?.({ ...context, response });
    if (next instanceof Response) response = next;
  }
  return response;
}
