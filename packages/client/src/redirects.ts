import { RedirectRefusedError } from "./errors.js";
import { runOnRequest, type MiddlewareContext } from "./middleware.js";
import type { Outgoing, TransportConfig } from "./transport.js";

/** How many same-origin redirects a GET follows before wfkit gives up. */
export const MAX_REDIRECTS = 3;

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** The first hop of a call: what the redirect rules read, and how to send it. */
export interface Hop {
  url: string;
  method: string;
  headers: Headers;
  /** `undefined` when nothing can abort the call (no caller signal, no timeout). */
  signal: AbortSignal | undefined;
  /** The `Request` when one was built (for a user \`fetch\` or middleware). */
  request?: Request;
  /** Sends the hop with `redirect: "manual"`. */
  send(): Promise<Response>;
}

/**
 * Sends `first` (made with `redirect: "manual"`) and handles redirects by hand, because the
 * runtime's own following replays POST bodies (307/308) and forwards custom credential headers such
 * as `x-api-key` to any origin:
 *
 * - a GET follows at most {@link MAX_REDIRECTS} redirects, each to the same origin;
 * - any other call never follows one;
 * - a redirect to another origin is never followed.
 *
 * Each refusal is a `RedirectRefusedError` naming the `Location`. In browsers `manual` yields an
 * opaque answer without a `Location`; that is refused too, and the message says so.
 *
 * @param fetch - sends the redirects that are followed.
 * @param label - `METHOD /path` for messages (built when a message needs it).
 */
export async function fetchWithoutUnsafeRedirects(
  fetch: (request: Request) => Promise<Response>,
  first: Hop,
  label: () => string,
): Promise<Response> {
  let current: Pick<Hop, "url" | "method" | "headers" | "signal"> = first;
  let response = await first.send();
  for (let hops = 0; ; hops++) {
    if (response.type === "opaqueredirect") {
      throw new RedirectRefusedError(
        `${label()} was answered with a redirect, which wfkit refused to follow (this runtime hides where it points). Set \`baseUrl\` to the address the server redirects to.`,
      );
    }
    const location = response.headers.get("location");
    if (!redirectStatuses.has(response.status) || location === null) return response;
    await response.body?.cancel().catch(() => undefined);
    const target = resolve(location, current.url);
    const refuse = (why: string) =>
      new RedirectRefusedError(
        `${label()} was redirected (${response.status}) to ${target ?? JSON.stringify(location)}; wfkit refused to follow it: ${why} Set \`baseUrl\` to the address the server redirects to.`,
        { status: response.status, headers: response.headers, location: target ?? location },
      );
    if (current.method !== "GET") {
      throw refuse("a call that is not a GET never follows a redirect, so its body is sent once.");
    }
    if (target === undefined || new URL(target).origin !== new URL(current.url).origin) {
      throw refuse("it leads to another origin, where headers and credentials must never go.");
    }
    if (hops >= MAX_REDIRECTS) {
      throw refuse(`a GET follows at most ${MAX_REDIRECTS} redirects in a row.`);
    }
    const next = new Request(target, {
      method: "GET",
      headers: current.headers,
      redirect: "manual",
      ...(current.signal ? { signal: current.signal } : {}),
    });
    current = next;
    response = await fetch(next);
  }
}

function resolve(location: string, base: string): string | undefined {
  try {
    return new URL(location, base).href;
  } catch {
    return undefined;
  }
}

/**
 * The first hop of an attempt. Without middleware and without a user `fetch`, it is sent as
 * `fetch(url, init)`: no `Request` is built (the runtime's own `fetch` would build another one,
 * and a `Request` passed in has its body proxied through a stream). A user `fetch` gets a
 * `Request`; middleware gets the `Request` its `onRequest` hooks may replace.
 */
export async function prepareHop(
  config: TransportConfig,
  attempt: { outgoing: Outgoing; headers: Headers; signal: AbortSignal | undefined },
  context: MiddlewareContext,
): Promise<Hop> {
  const { outgoing, headers, signal } = attempt;
  const init: RequestInit = {
    method: outgoing.method,
    headers,
    body: outgoing.body ?? null,
    redirect: "manual",
  };
  if (signal) init.signal = signal;
  if (config.fetch === undefined && config.middleware.length === 0) {
    const { url } = outgoing;
    return {
      url,
      method: outgoing.method,
      headers,
      signal,
      send: () => globalThis.fetch(url, init),
    };
  }
  let request = new Request(outgoing.url, init);
  if (config.middleware.length) request = await runOnRequest(config.middleware, context, request);
  const sent = request;
  return {
    url: sent.url,
    method: sent.method,
    headers: sent.headers,
    signal: sent.signal,
    request: sent,
    send: () => (config.fetch ? config.fetch(sent) : globalThis.fetch(sent)),
  };
}
