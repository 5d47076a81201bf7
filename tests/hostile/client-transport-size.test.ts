/**
 * Response size attacks over real HTTP (issue 11 item 7): `maxResponseBytes` is enforced while
 * the body streams in, on decoded bytes (a gzip bomb is cut too), and the error is not retried.
 */
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { MastraClient, ResponseTooLargeError } from "@wfkit/client";
import { startServer } from "./helpers/http-server.js";

type Server = Awaited<ReturnType<typeof startServer>>;
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const LIMIT = 64 * 1024;

async function serve(handle: Parameters<typeof startServer>[0]): Promise<Server> {
  const server = await startServer(handle);
  servers.push(server);
  return server;
}

function clientFor(server: Server) {
  return new MastraClient({
    baseUrl: server.url,
    protocol: "v0",
    maxResponseBytes: LIMIT,
    retry: { retries: 2, baseDelayMs: 0, maxDelayMs: 0 },
  });
}

describe("maxResponseBytes over real HTTP", () => {
  it("an endless chunked JSON body is cut past the limit, once, not retried", async () => {
    let written = 0;
    const server = await serve((_, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(16 * 1024, 0x20);
      const pump = (): void => {
        while (!res.destroyed && written < 64 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.write("[");
      pump();
    });
    const error = await clientFor(server)
      .getWorkflows()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ code: "response_too_large", status: 200 });
    expect(server.requests).toHaveLength(1);
    expect(written).toBeLessThan(64 * 1024 * 1024); // the download was cancelled, not finished
  });

  it("a gzip bomb is cut on decoded bytes", async () => {
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20)); // 8 MiB of spaces in ~8 KiB
    expect(bomb.length).toBeLessThan(LIMIT);
    const server = await serve((_, res) => {
      res.writeHead(200, {
        "content-type": "application/json",
        "content-encoding": "gzip",
        "content-length": String(bomb.length),
      });
      res.end(bomb);
    });
    const error = await clientFor(server)
      .getWorkflow("w")
      .details()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(server.requests).toHaveLength(1);
  });

  it("a declared Content-Length over the limit fails at once", async () => {
    const server = await serve((_, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "10000000" });
      res.write("{");
    });
    await expect(clientFor(server).getWorkflows()).rejects.toBeInstanceOf(ResponseTooLargeError);
    expect(server.requests).toHaveLength(1);
  });

  it("a gzip body that stays under the limit decoded is read as usual", async () => {
    const body = gzipSync(Buffer.from(JSON.stringify({ w: { name: "w", steps: {} } })));
    const server = await serve((_, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      res.end(body);
    });
    expect(await clientFor(server).getWorkflows()).toEqual({ w: { name: "w", steps: {} } });
  });
});
