import { describe, expect, it } from "vitest";
import {
  AbortError,
  AuthenticationError,
  PermissionDeniedError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  InvalidResponseError,
  MastraClient,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitError,
  ResponseLostError,
  ServerError,
  TimeoutError,
  isApiError,
  isNotFoundError,
  isServerError,
  isWfkitError,
} from "@wfkit/client";
import { createVirtualSleep, createWireFetch, json, text } from "./helpers/wire.js";

function client(responder: Parameters<typeof createWireFetch>[0], retries = 2) {
  const wire = createWireFetch(responder);
  const virtual = createVirtualSleep();
  const c = new MastraClient({
    protocol: "v0", // these tests count requests: no generation detection
    fetch: wire.fetch,
    sleep: virtual.sleep,
    random: () => 0.5,
    retry: { retries, baseDelayMs: 100, maxDelayMs: 1000 },
  });
  return { wire, virtual, client: c, workflow: c.getWorkflow("w") };
}

describe("error mapping", () => {
  it.each([
    [400, BadRequestError, "bad_request"],
    [401, AuthenticationError, "unauthorized"],
    [403, PermissionDeniedError, "forbidden"],
    [404, NotFoundError, "not_found"],
    [409, ConflictError, "conflict"],
    [413, PayloadTooLargeError, "payload_too_large"],
    [429, RateLimitError, "rate_limited"],
    [500, ServerError, "server_error"],
    [504, ServerError, "server_error"],
  ] as const)(
    "%i becomes %o with code %s, status and the server's error text",
    async (status, Ctor, code) => {
      const { workflow } = client(() => json({ error: `boom ${status}` }, status), 0);
      const error = await workflow.start({ runId: "r", inputData: {} }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Ctor);
      expect(error).toMatchObject({ code, status, body: `boom ${status}` });
      expect(isApiError(error) && error.headers?.get("content-type")).toBe("application/json");
      expect((error as Error).message).toBe(
        `POST /api/workflows/w/start failed with ${status}: boom ${status}`,
      );
    },
  );

  it("a text/plain 404 (unknown route) is still a typed NotFoundError", async () => {
    const { client: c } = client(() => text("404 Not Found", 404), 0);
    const error = await c.getWorkflows().catch((e: unknown) => e);
    expect(isNotFoundError(error)).toBe(true);
    expect(error).toMatchObject({ status: 404, body: "404 Not Found" });
  });

  it("Mastra's 500 for resuming a finished run is a ServerError with the message", async () => {
    const { workflow } = client(() => json({ error: "This workflow run was not suspended" }, 500));
    const error = await workflow
      .resumeAsync({ runId: "r", step: "approval" })
      .catch((e: unknown) => e);
    expect(isServerError(error)).toBe(true);
    expect((error as ServerError).body).toBe("This workflow run was not suspended");
  });

  it("a 2xx body that is not JSON is an InvalidResponseError", async () => {
    const { client: c } = client(() => new Response("{oops", { status: 200 }));
    await expect(c.getWorkflows()).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it("an empty 2xx body where JSON is promised is an InvalidResponseError", async () => {
    const { workflow } = client(() => new Response("", { status: 200 }));
    await expect(workflow.details()).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it("every error is a WfkitError with cause forwarded", async () => {
    const cause = new TypeError("fetch failed");
    const { client: c } = client(() => {
      throw cause;
    }, 0);
    const error = await c.getWorkflows().catch((e: unknown) => e);
    expect(isWfkitError(error)).toBe(true);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).cause).toBe(cause);
  });
});

describe("retries", () => {
  it("a POST is not re-sent after a 503: it may have reached the server", async () => {
    const { wire, workflow } = client(() => json({ error: "unavailable" }, 503));
    await expect(workflow.startAsync({ runId: "r", inputData: {} })).rejects.toBeInstanceOf(
      ServerError,
    );
    expect(wire.calls).toHaveLength(1);
  });

  it.each(["start", "startAsync"] as const)(
    "%s is not re-sent after a connection reset: a ResponseLostError says it may have run",
    async (method) => {
      const { wire, workflow } = client(() => {
        throw new TypeError("fetch failed", { cause: { code: "ECONNRESET" } });
      });
      const error = await workflow[method]({ runId: "r", inputData: {} }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseLostError);
      expect(error).toMatchObject({ code: "response_lost" });
      expect((error as Error).message).toMatch(/may have taken effect.*runById/);
      expect(wire.calls).toHaveLength(1);
    },
  );

  it("a POST that failed before reaching the server (ECONNREFUSED) is sent again", async () => {
    const { wire, workflow, virtual } = client((_, n) => {
      if (n === 0) throw new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } });
      return json({ message: "Workflow run started" });
    });
    await expect(workflow.start({ runId: "r", inputData: {} })).resolves.toEqual({
      message: "Workflow run started",
    });
    expect(wire.calls).toHaveLength(2);
    expect(virtual.delays).toEqual([75]); // 100 ms backoff, jitter 0.5 → 75
  });

  it("create-run is retried after a 503: its runId makes it idempotent", async () => {
    const { wire, workflow } = client((call, n) =>
      n < 2 ? json({ error: "busy" }, 503) : json({ runId: call.query.runId }),
    );
    const { runId } = await workflow.createRun();
    expect(wire.calls.map((c) => c.query.runId)).toEqual([runId, runId, runId]);
  });

  it("a GET is retried, honouring Retry-After: 1 with a virtual sleep", async () => {
    const {
      wire,
      virtual,
      client: c,
    } = client((_, n) =>
      n === 0 ? json({ error: "slow down" }, 429, { "retry-after": "1" }) : json({ w: {} }),
    );
    await expect(c.getWorkflows()).resolves.toEqual({ w: {} });
    expect(wire.calls).toHaveLength(2);
    expect(virtual.delays).toEqual([1000]);
  });

  it("retry-after-ms wins over Retry-After", async () => {
    const { virtual, client: c } = client((_, n) =>
      n === 0 ? json({}, 503, { "retry-after-ms": "20", "retry-after": "5" }) : json({}),
    );
    await c.getWorkflows();
    expect(virtual.delays).toEqual([20]);
  });

  it("GET backoff doubles and is capped, then the last error is thrown", async () => {
    const { wire, virtual, client: c } = client(() => json({ error: "down" }, 500), 5);
    await expect(c.getWorkflows()).rejects.toBeInstanceOf(ServerError);
    expect(wire.calls).toHaveLength(6);
    expect(virtual.delays).toEqual([75, 150, 300, 600, 750]);
  });

  it("4xx other than 408/429 is never retried", async () => {
    const { wire, client: c } = client(() => json({ error: "nope" }, 404));
    await expect(c.getWorkflows()).rejects.toBeInstanceOf(NotFoundError);
    expect(wire.calls).toHaveLength(1);
  });

  it("aborting during the backoff sleep stops at once with an AbortError", async () => {
    const controller = new AbortController();
    const wire = createWireFetch(() => json({ error: "down" }, 503, { "retry-after": "30" }));
    // The real, abortable sleep; the abort comes when the retry is announced, that is when the
    // 30 s backoff sleep begins. Without the abort reaching the sleep, the test times out.
    const c = new MastraClient({
      fetch: wire.fetch,
      logger: (line) => {
        if (line.includes(" retry ")) controller.abort();
      },
    });
    await expect(c.getWorkflows({ signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    expect(wire.calls).toHaveLength(1);
  });

  it("an already-aborted signal sends nothing", async () => {
    const { wire, client: c } = client(() => json({}));
    await expect(c.getWorkflows({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      AbortError,
    );
    expect(wire.calls).toHaveLength(0);
  });

  it("the client-wide signal aborts calls too", async () => {
    const controller = new AbortController();
    const wire = createWireFetch(() => json({}));
    const c = new MastraClient({ fetch: wire.fetch, signal: controller.signal });
    controller.abort();
    await expect(c.getWorkflows()).rejects.toBeInstanceOf(AbortError);
  });

  it("timeoutMs gives a TimeoutError; the request's signal is aborted", async () => {
    let seen: AbortSignal | undefined;
    const c = new MastraClient({
      timeoutMs: 30,
      retry: { retries: 0 },
      fetch: (request) =>
        new Promise((_, reject) => {
          seen = request.signal;
          request.signal.addEventListener("abort", () => reject(request.signal.reason));
        }),
    });
    await expect(c.getWorkflows()).rejects.toBeInstanceOf(TimeoutError);
    expect(seen?.aborted).toBe(true);
  });
});
