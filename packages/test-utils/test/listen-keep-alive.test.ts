/**
 * The listening fake leaves idle keep-alive connections for the client to close: it sends no
 * `Keep-Alive: timeout` hint and keeps answering on a kept-alive socket. With Node's default
 * (close after 5 s idle) a loaded fake raced the client's reuse of pooled sockets, and POSTs were
 * lost after being sent (ResponseLostError in `pnpm bench` concurrency).
 */
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { createFakeServer } from "@wfkit/test-utils";

/** Sends GETs of `paths` one after another on one socket; resolves with each raw response head. */
async function onOneSocket(url: string, paths: string[]): Promise<string[]> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  const heads: string[] = [];
  let buffer = "";
  try {
    for (const path of paths) {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: keep-alive\r\n\r\n`);
      const head = await new Promise<string>((resolve, reject) => {
        const onData = (chunk: Buffer): void => {
          buffer += chunk.toString("latin1");
          const end = buffer.indexOf("\r\n\r\n");
          if (end < 0) return;
          const text = buffer.slice(0, end);
          // A chunked body ends with its last chunk; otherwise its length is given.
          const last = /transfer-encoding: chunked/i.test(text)
            ? buffer.indexOf("\r\n0\r\n\r\n", end) + 7
            : end + 4 + Number(/content-length: (\d+)/i.exec(text)?.[1] ?? 0);
          if (last < end + 4 || buffer.length < last) return;
          buffer = buffer.slice(last);
          socket.off("data", onData);
          resolve(text);
        };
        socket.on("data", onData).once("error", reject);
        socket.once("end", () => reject(new Error("the server closed the socket")));
      });
      heads.push(head);
    }
    return heads;
  } finally {
    socket.destroy();
  }
}

describe("the listening fake's keep-alive connections", () => {
  it("sends no Keep-Alive timeout and answers again on the same socket", async () => {
    await using server = await createFakeServer({ listen: true });
    const heads = await onOneSocket(server.url, ["/api/workflows", "/api/workflows"]);
    expect(heads).toHaveLength(2);
    for (const head of heads) {
      expect(head).toMatch(/^HTTP\/1\.1 200/);
      expect(head).toMatch(/^connection: keep-alive$/im);
      expect(head).not.toMatch(/^keep-alive:/im);
    }
  });
});
