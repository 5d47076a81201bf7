/** Middleware hooks and debug logging, asserted on the wire with an injected fetch. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { MastraClient, ServerError, type Middleware } from "@wfkit/client";
import { createVirtualClock } from "./helpers/clock.js";
import { createVirtualSleep, createWireFetch, json, type Responder } from "./helpers/wire.js";
import { debugEnvEnabled } from "../src/logger.js";

function setup(
  responder: Responder,
  options: {
    middleware?: Middleware[];
    logger?: (line: string) => void;
    redactHeaders?: string[];
  } = {},
) {
  const wire = createWireFetch(responder);
  const virtual = createVirtualClock(1_000);
  const client = new MastraClient({
    protocol: "v0",
    fetch: wire.fetch,
    clock: virtual.clock,
    sleep: createVirtualSleep().sleep,
    random: () => 0.5,
    headers: {
      authorization: "Bearer s3cret",
      "x-api-key": "k3y",
      cookie: "c00kie",
      "x-app": "demo",
    },
    ...options,
  });
  return { wire, client, virtual, workflow: client.getWorkflow("w") };
}

describe("middleware", () => {
  it("onRequest sees the operation's name and path template and may replace the request", async () => {
    const seen: string[] = [];
    const { wire, workflow } = setup(() => json({ message: "ok" }), {
      middleware: [
        {
          onRequest({ request, operation, attempt }) {
            seen.push(`${operation.name} ${operation.method} ${operation.path} #${attempt}`);
            const headers = new Headers(request.headers);
            headers.set("x-trace", "t-1");
            return new Request(request, { headers });
          },
        },
      ],
    });
    await workflow.start({ runId: "r", inputData: { a: 1 } });
    expect(seen).toEqual(["start POST /workflows/{workflowId}/start #1"]);
    expect(wire.calls[0]!.headers.get("x-trace")).toBe("t-1");
    expect(wire.calls[0]!).toMatchObject({
      method: "POST",
      path: "/api/workflows/w/start",
      query: { runId: "r" },
      body: { inputData: { a: 1 } },
    });
  });

  it("hooks run per attempt: onRequest in order, onResponse in reverse; auth refresh works", async () => {
    const order: string[] = [];
    let token = "old";
    const { wire, client } = setup(
      (call) =>
        call.headers.get("authorization") === "Bearer new" ? json({}) : json({ error: "no" }, 503),
      {
        middleware: [
          {
            onRequest: ({ request, attempt }) => {
              order.push(`a.req#${attempt}`);
              request.headers.set("authorization", `Bearer ${token}`);
            },
            onResponse: ({ response }) => {
              order.push(`a.res ${response.status}`);
              if (response.status === 503) token = "new";
            },
          },
          {
            onRequest: ({ attempt }) => void order.push(`b.req#${attempt}`),
            onResponse: ({ response }) => void order.push(`b.res ${response.status}`),
          },
        ],
      },
    );
    expect(await client.getWorkflows()).toEqual({});
    expect(order).toEqual([
      "a.req#1",
      "b.req#1",
      "b.res 503",
      "a.res 503",
      "a.req#2",
      "b.req#2",
      "b.res 200",
      "a.res 200",
    ]);
    expect(wire.calls.map((c) => c.headers.get("authorization"))).toEqual([
      "Bearer old",
      "Bearer new",
    ]);
  });

  it("onResponse may replace the response; onError sees a network failure as a typed error", async () => {
    const errors: string[] = [];
    const { client } = setup(
      (_, n) => {
        if (n === 0) throw new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } });
        return json({ error: "x" }, 500);
      },
      {
        middleware: [
          {
            onResponse: () => json({ replaced: true }),
            onError: ({ error, operation }) =>
              void errors.push(`${operation.name}: ${(error as Error).name}`),
          },
        ],
      },
    );
    expect(await client.getWorkflows()).toEqual({ replaced: true });
    expect(errors).toEqual(["listWorkflows: ConnectionError"]);
  });

  it("a hook that throws fails the call with its error, unretried", async () => {
    const { wire, client } = setup(() => json({}), {
      middleware: [
        {
          onRequest: () => {
            throw new Error("tracer down");
          },
        },
      ],
    });
    await expect(client.getWorkflows()).rejects.toThrow("tracer down");
    expect(wire.calls).toHaveLength(0);
  });
});

describe("debug logging", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("one line per call and per retry, with timings; secrets redacted by name", async () => {
    const lines: string[] = [];
    const { client } = setup((_, n) => (n === 0 ? json({ error: "busy" }, 503) : json({})), {
      logger: (line) => lines.push(line),
      redactHeaders: ["X-App"],
    });
    await client.getWorkflows();
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^wfkit call listWorkflows GET \/api\/workflows -> 503 in 0 ms headers=/,
    );
    expect(lines[1]).toMatch(
      /^wfkit retry listWorkflows GET \/api\/workflows in \d+ ms after 503 \(retry 1 of 2\)$/,
    );
    expect(lines[2]).toMatch(/^wfkit call listWorkflows GET \/api\/workflows -> 200 in 0 ms/);
    const all = lines.join("\n");
    for (const secret of ["s3cret", "k3y", "c00kie", "demo"]) expect(all).not.toContain(secret);
    expect(all).toContain('"authorization":"[redacted]"');
    expect(all).toContain('"x-api-key":"[redacted]"');
    expect(all).toContain('"cookie":"[redacted]"');
    expect(all).toContain('"x-app":"[redacted]"');
  });

  it("a failed call logs its error class", async () => {
    const lines: string[] = [];
    const { workflow } = setup(() => json({ error: "x" }, 500), { logger: (l) => lines.push(l) });
    await expect(
      workflow.resume({ runId: "r", step: "s", preflight: false }),
    ).rejects.toBeInstanceOf(ServerError);
    expect(lines).toEqual([
      expect.stringMatching(
        /^wfkit call resume POST \/api\/workflows\/w\/resume\?runId=r -> 500 in 0 ms/,
      ),
    ]);
  });

  it("watch connections, reconnects and reconciliations are logged", async () => {
    const lines: string[] = [];
    let opens = 0;
    const { workflow, virtual } = setup(
      (call) => {
        if (call.path.endsWith("/watch")) {
          opens++;
          if (opens === 1) throw new TypeError("fetch failed", { cause: { code: "ECONNRESET" } });
          return new Response("");
        }
        return json({ status: "success", steps: {}, result: {} });
      },
      { logger: (l) => lines.push(l) },
    );
    // The watch logging loads on demand. Load it before the virtual clock runs: it advances
    // 1 s per turn, and a connect timeout would run out while the module loads in real time.
    await import("../src/on-demand.js");
    // The client's virtual clock drives the watcher's timers too: advance it until the watch ends.
    let ended = false;
    const watching = workflow
      .watch({ runId: "r", reconnect: { baseDelayMs: 0, maxDelayMs: 0 } }, () => {})
      .then((handle) => handle.done)
      .catch(() => {})
      .finally(() => (ended = true));
    for (let turn = 0; !ended && turn < 10_000; turn++) {
      virtual.advance(1_000);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await watching;
    const watchLines = lines.filter((l) => !l.startsWith("wfkit call"));
    expect(watchLines).toContain("wfkit watch w run r: connect failed in 0 ms: ConnectionError");
    expect(watchLines).toContain("wfkit reconnect w run r: connection 2 opened in 0 ms");
    expect(
      watchLines.some((l) => /^wfkit reconcile w run r: run state success read in 0 ms$/.test(l)),
    ).toBe(true);
  });

  it("DEBUG=wfkit turns logging on through console.debug; other values do not", async () => {
    const debug = vi.spyOn(console, "debug").mockImplementation(() => {});
    vi.stubEnv("DEBUG", "express,wfkit");
    expect(debugEnvEnabled()).toBe(true);
    const { client } = setup(() => json({}));
    await client.getWorkflows();
    expect(debug).toHaveBeenCalledTimes(1);
    expect(String(debug.mock.calls[0]![0])).toMatch(/^wfkit call listWorkflows/);
    vi.stubEnv("DEBUG", "express");
    expect(debugEnvEnabled()).toBe(false);
    vi.stubEnv("DEBUG", "*");
    expect(debugEnvEnabled()).toBe(true);
  });

  it("no logger and no DEBUG: nothing is logged", async () => {
    vi.stubEnv("DEBUG", "");
    const debug = vi.spyOn(console, "debug").mockImplementation(() => {});
    const { client } = setup(() => json({}));
    await client.getWorkflows();
    expect(debug).not.toHaveBeenCalled();
  });
});
