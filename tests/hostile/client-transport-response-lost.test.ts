/**
 * "Never reached the server" vs. "sent, answer lost" over real HTTP (issue 11 item 3; issue 10
 * item 6 for the watch with the server down).
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  ConnectionError,
  MastraClient,
  ResponseLostError,
  isConnectionError,
  isResponseLostError,
} from "@wfkit/client";
import { closedPort, sendJson, startServer } from "./helpers/http-server.js";

type Server = Awaited<ReturnType<typeof startServer>>;
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const fast = { retry: { retries: 2, baseDelayMs: 0, maxDelayMs: 0 }, protocol: "v0" as const };

/** A server that reads each request whole, then drops the connection without answering. */
async function dropAfterRead(answerFrom = Infinity): Promise<Server> {
  let n = 0;
  const server = await startServer((req, res) => {
    if (n++ >= answerFrom) return sendJson(res, { w: { name: "w", steps: {} } });
    req.socket.destroy();
  });
  servers.push(server);
  return server;
}

describe("sent, answer lost", () => {
  it.each(["start", "startAsync"] as const)(
    "%s: the server read the request and hung up → ResponseLostError, sent once",
    async (method) => {
      const server = await dropAfterRead();
      const workflow = new MastraClient({ baseUrl: server.url, ...fast }).getWorkflow("w");
      const error = await workflow[method]({ runId: "r", inputData: { n: 1 } }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ResponseLostError);
      expect(isConnectionError(error)).toBe(false);
      expect((error as Error).message).toMatch(/may have taken effect.*runById/);
      expect(server.requests).toHaveLength(1);
      expect(JSON.parse(server.requests[0]!.body)).toEqual({ inputData: { n: 1 } });
    },
  );

  it("a GET that lost its answer is retried and succeeds", async () => {
    const server = await dropAfterRead(1);
    const client = new MastraClient({ baseUrl: server.url, ...fast });
    expect(await client.getWorkflows()).toEqual({ w: { name: "w", steps: {} } });
    expect(server.requests).toHaveLength(2);
  });
});

describe("never reached the server", () => {
  it("a refused POST is a ConnectionError saying the connection never opened", async () => {
    const port = await closedPort();
    const workflow = new MastraClient({
      baseUrl: `http://127.0.0.1:${port}`,
      ...fast,
    }).getWorkflow("w");
    const error = await workflow.start({ runId: "r", inputData: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(isResponseLostError(error)).toBe(false);
    expect((error as Error).message).toContain("ECONNREFUSED");
    expect((error as Error).message).toContain("the connection never opened");
  });

  it("watch with the server down ends with the never-opened connection error", async () => {
    const port = await closedPort();
    const workflow = new MastraClient({
      baseUrl: `http://127.0.0.1:${port}`,
      ...fast,
    }).getWorkflow("w");
    const error = await workflow
      .watch({ runId: "r", reconnect: { maxAttempts: 0 } }, () => {})
      .catch((e: unknown) => e);
    const chain: unknown[] = [];
    for (let e: unknown = error; e instanceof Error && chain.length < 5; e = e.cause) chain.push(e);
    const connection = chain.find(isConnectionError);
    expect(connection, `no ConnectionError in ${String(error)}`).toBeDefined();
    expect((connection as Error).message).toMatch(
      /^GET \/api\/workflows\/w\/watch\?runId=r could not reach the server \(fetch failed: ECONNREFUSED\); the connection never opened\./,
    );
  });
});
