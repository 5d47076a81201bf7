/** A fetch that records what goes on the wire and answers from a script. */
export interface WireCall {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Headers;
  body: unknown;
  signal: AbortSignal;
}

export type Responder = (call: WireCall, index: number) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

export function text(body: string, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { "content-type": "text/plain", ...headers } });
}

export function createWireFetch(responder: Responder) {
  const calls: WireCall[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const raw = request.body ? await request.text() : undefined;
    const call: WireCall = {
      method: request.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: request.headers,
      body: raw === undefined ? undefined : JSON.parse(raw),
      signal: request.signal,
    };
    calls.push(call);
    return responder(call, calls.length - 1);
  };
  return { fetch, calls };
}

/** A sleep that records the delays asked for and returns at once (or rejects if aborted). */
export function createVirtualSleep() {
  const delays: number[] = [];
  const sleep = async (ms: number, signal?: AbortSignal) => {
    delays.push(ms);
    if (signal?.aborted) throw signal.reason;
  };
  return { sleep, delays };
}
