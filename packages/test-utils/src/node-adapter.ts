/**
 * Serves a web `Request → Response` handler over `node:http`: streams request and response
 * bodies, aborts the request when the client disconnects, and destroys the socket when the
 * response body errors (how a dropped connection looks to the client).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";

/** A web-standard request handler. */
export type WebHandler = (request: Request) => Promise<Response>;

const toRequest = (req: IncomingMessage, origin: string, signal: AbortSignal): Request => {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(new URL(req.url ?? "/", origin), {
    method,
    headers,
    signal,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: "half" } : {}),
  } as RequestInit);
};

const send = async (response: Response, res: ServerResponse, method: string): Promise<void> => {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (!response.body || method === "HEAD") {
    res.end();
    return;
  }
  // Send the status line and headers now: a watch may not write its first record for a while.
  res.flushHeaders();
  const reader = response.body.getReader();
  res.on("close", () => {
    if (!res.writableFinished) void reader.cancel("client disconnected").catch(() => undefined);
  });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) return;
      if (!res.write(value))
        await new Promise<void>((resolve) => res.once("drain", resolve).once("close", resolve));
    }
    res.end();
  } catch {
    // The body errored (e.g. an injected dropped connection): cut the socket without a clean end.
    res.destroy();
  }
};

/** A listening server and its base URL. */
export interface NodeListener {
  server: Server;
  origin: string;
  close(): Promise<void>;
}

/**
 * Listens on `host:port` and serves `handler`.
 */
export const listen = async (
  handler: WebHandler,
  options: { host: string; port: number },
): Promise<NodeListener> => {
  let origin = "";
  const server = createServer((req, res) => {
    const controller = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) controller.abort();
    });
    void (async () => {
      try {
        const response = await handler(toRequest(req, origin, controller.signal));
        await send(response, res, req.method ?? "GET");
      } catch {
        if (!res.headersSent) {
          res.writeHead(500, { "content-type": "application/json" });
          res.end(JSON.stringify({ error: "Internal Server Error" }));
        } else {
          res.destroy();
        }
      }
    })();
  });
  // Idle keep-alive connections are left for the client to close. With Node's default (5 s) the
  // server's timer races the client's reuse of a pooled socket: a loaded server runs its timers
  // before it reads, so it may close a socket whose next request already arrived, and the client
  // sees a POST lost after sending it. Without the `Keep-Alive: timeout` hint undici closes idle
  // sockets itself after 4 s, so no request is ever written to a socket the server closes.
  server.keepAliveTimeout = 0;
  server.on("clientError", (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${options.host}:${port}`;
  return {
    server,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
