/**
 * The transport on the wire with an injected fetch: how failures are told apart (never sent,
 * sent and lost), timeouts on the injected clock, single-attempt stream opens, the response size
 * limit and the redirect mode.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ConnectionError,
  MastraClient,
  RedirectRefusedError,
  ResponseLostError,
  ResponseTooLargeError,
  ServerError,
  TimeoutError,
  type ClientOptions,
} from "@wfkit/client";
import { createVirtualClock, until } from "./helpers/clock.js";
import { createVirtualSleep, createWireFetch, json, type Responder } from "./helpers/wire.js";

function setup(responder: Responder, options: Partial<ClientOptions> = {}) {
  const wire = createWireFetch(responder);
  const virtual = createVirtualSleep();
  const client = new MastraClient({
    protocol: "v0",
    fetch: wire.fetch,
    sleep: virtual.sleep,
    random: () => 0.5,
    ...options,
  });
  return { wire, virtual, client, workflow: client.getWorkflow("w") };
}

const fetchFailed = (code?: string) =>
  new TypeError("fetch failed", code ? { cause: { code } } : undefined);

describe("never sent vs. sent and lost", () => {
  it("ECONNREFUSED: a ConnectionError worded for a connection that never opened, retried", async () => {
    const { wire, client } = setup(() => {
      throw fetchFailed("ECONNREFUSED");
    });
    const error = await client.getWorkflows().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toBe(
      "GET /api/workflows could not reach the server (fetch failed: ECONNREFUSED); the connection never opened. Check `baseUrl` and that the server is running.",
    );
    expect(wire.calls).toHaveLength(3);
  });

  it("ECONNRESET on a GET: a ConnectionError, retried (reading twice is harmless)", async () => {
    const { wire, client } = setup((_, n) => {
      if (n === 0) throw fetchFailed("ECONNRESET");
      return json({});
    });
    expect(await client.getWorkflows()).toEqual({});
    expect(wire.calls).toHaveLength(2);
  });

  it("ECONNRESET on create-run with its runId: retried (idempotent)", async () => {
    const { wire, workflow } = setup((call, n) => {
      if (n === 0) throw fetchFailed("ECONNRESET");
      return json({ runId: call.query.runId });
    });
    expect(await workflow.createRun({ runId: "r" })).toEqual({ runId: "r" });
    expect(wire.calls).toHaveLength(2);
  });

  it.each(["resume", "resumeAsync"] as const)(
    "%s after a reset: ResponseLostError, sent once, the message says how to check",
    async (method) => {
      const { wire, workflow } = setup(() => {
        throw fetchFailed("UND_ERR_SOCKET");
      });
      const error = await workflow[method]({ runId: "r", step: "s", preflight: false }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ResponseLostError);
      expect((error as Error).message).toContain(
        "lost its connection after the request was sent (fetch failed: UND_ERR_SOCKET). The call may have taken effect on the server",
      );
      expect((error as Error).message).toContain("workflow.runById(runId)");
      expect(wire.calls).toHaveLength(1);
    },
  );

  it("a browser-style failure with no code on a POST is reported as possibly received", async () => {
    const { wire, workflow } = setup(() => {
      throw new TypeError("Failed to fetch");
    });
    await expect(workflow.start({ runId: "r", inputData: {} })).rejects.toBeInstanceOf(
      ResponseLostError,
    );
    expect(wire.calls).toHaveLength(1);
  });
});

describe("timeouts run on the injected clock", () => {
  const hang: Responder = (call) =>
    new Promise((_, reject) => {
      call.signal.addEventListener("abort", () => reject(call.signal.reason), { once: true });
    });

  it("a GET times out when the clock passes timeoutMs, and is retried", async () => {
    const virtual = createVirtualClock();
    const { wire, client } = setup(hang, { clock: virtual.clock, timeoutMs: 1000 });
    const result = client.getWorkflows().catch((e: unknown) => e);
    for (let attempt = 1; attempt <= 3; attempt++) {
      await until(() => wire.calls.length === attempt && virtual.pending() === 1, "attempt armed");
      expect(virtual.delays()).toEqual([1000]);
      virtual.advance(999);
      expect(wire.calls[attempt - 1]!.signal.aborted).toBe(false);
      virtual.advance(1);
    }
    const error = await result;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe(
      "GET /api/workflows timed out after 1000 ms. Raise `timeoutMs` for slow workflows.",
    );
    expect(wire.calls.every((call) => call.signal.aborted)).toBe(true);
  });

  it("a POST that timed out is not sent again and says it may have taken effect", async () => {
    const virtual = createVirtualClock();
    const { wire, workflow } = setup(hang, { clock: virtual.clock, timeoutMs: 50 });
    const result = workflow.start({ runId: "r", inputData: {} }).catch((e: unknown) => e);
    await until(() => virtual.pending() === 1);
    virtual.advance(50);
    const error = await result;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain("may have taken effect");
    expect(wire.calls).toHaveLength(1);
  });

  it("a per-call timeoutMs wins; a finished call leaves no timer armed", async () => {
    const virtual = createVirtualClock();
    const { client } = setup(() => json({}), { clock: virtual.clock, timeoutMs: 1000 });
    await client.getWorkflows({ timeoutMs: 20 });
    expect(virtual.pending()).toBe(0);
  });

  it("retry waits go through the clock too when no `sleep` is given", async () => {
    const virtual = createVirtualClock();
    const wire = createWireFetch((_, n) =>
      n === 0 ? json({}, 503, { "retry-after": "7" }) : json({}),
    );
    const client = new MastraClient({ protocol: "v0", fetch: wire.fetch, clock: virtual.clock });
    const result = client.getWorkflows();
    await until(() => virtual.delays().includes(7000), "the retry wait");
    virtual.advance(7000);
    expect(await result).toEqual({});
    expect(wire.calls).toHaveLength(2);
  });
});

describe("stream opens make a single attempt", () => {
  it("a watch answered 503 is opened once; the watcher's reconnect loop is the only retry layer", async () => {
    const { wire, workflow } = setup(() => json({ error: "busy" }, 503));
    const error = await workflow
      .watch({ runId: "r", reconnect: { maxAttempts: 0 } }, () => {})
      .catch((e: unknown) => e);
    // A watch the server never accepted ends with the open's own error.
    expect(error).toBeInstanceOf(ServerError);
    expect(wire.calls.filter((call) => call.path.endsWith("/watch"))).toHaveLength(1);
  });
});

describe("maxResponseBytes", () => {
  it("a JSON body over the limit is a ResponseTooLargeError, not retried", async () => {
    const { wire, client } = setup(() => json({ big: "x".repeat(2000) }), {
      maxResponseBytes: 1000,
    });
    const error = await client.getWorkflows().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ code: "response_too_large", status: 200 });
    expect((error as Error).message).toContain("over `maxResponseBytes` (1000)");
    expect(wire.calls).toHaveLength(1);
  });

  it("a declared Content-Length over the limit fails before the body is read", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(10));
      },
    });
    const { client } = setup(
      () => new Response(body, { headers: { "content-length": "5000000" } }),
      { maxResponseBytes: 1000 },
    );
    await expect(client.getWorkflows()).rejects.toBeInstanceOf(ResponseTooLargeError);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("a body exactly at the limit passes", async () => {
    const payload = JSON.stringify({ a: "x".repeat(50) });
    const { client } = setup(() => new Response(payload), { maxResponseBytes: payload.length });
    expect(await client.getWorkflows()).toEqual({ a: "x".repeat(50) });
  });

  it("an error body over the limit is cut too", async () => {
    const { client } = setup(() => json({ error: "x".repeat(5000) }, 500), {
      maxResponseBytes: 1000,
      retry: { retries: 0 },
    });
    await expect(client.getWorkflows()).rejects.toBeInstanceOf(ResponseTooLargeError);
  });
});

describe("redirect mode", () => {
  it("every request is sent with redirect: manual, so the runtime never follows one by itself", async () => {
    const modes: RequestRedirect[] = [];
    const client = new MastraClient({
      protocol: "v0",
      fetch: async (request) => {
        modes.push(request.redirect);
        return json({ runId: "r" });
      },
    });
    await client.getWorkflows();
    await client.getWorkflow("w").createRun({ runId: "r" });
    expect(modes).toEqual(["manual", "manual"]);
  });

  it("an opaque redirect (a browser's answer to manual) is refused, saying so", async () => {
    const opaque = { type: "opaqueredirect", status: 0, ok: false, headers: new Headers() };
    const client = new MastraClient({
      protocol: "v0",
      fetch: async () => opaque as Response,
    });
    const error = await client
      .getWorkflow("w")
      .start({ runId: "r", inputData: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectRefusedError);
    expect((error as Error).message).toContain("was answered with a redirect, which wfkit refused");
  });
});

describe("watch bodies are not bounded by maxResponseBytes", () => {
  it("a watch body larger than maxResponseBytes is read whole (the watcher bounds records)", async () => {
    const dir = new URL("../../../openapi/test/fixtures/", import.meta.url);
    const bytes = new Uint8Array(readFileSync(new URL("watch-resume-until-success.bin", dir)));
    const records = new TextDecoder().decode(bytes).split("\u001e").filter(Boolean);
    const runId = (JSON.parse(JSON.parse(records[0]!) as string) as { runId: string }).runId;
    const longest = Math.max(...records.map((r) => new TextEncoder().encode(r).length));
    const { workflow } = setup(
      (call) =>
        call.path.endsWith("/watch") ? new Response(bytes) : json({ status: "running", steps: {} }),
      { maxResponseBytes: longest + 16 },
    );
    expect(bytes.length).toBeGreaterThan(longest + 16);
    const seen: unknown[] = [];
    const handle = await workflow.watch({ runId }, (record) => void seen.push(record));
    await handle.done;
    expect(seen).toHaveLength(records.length);
  });
});
