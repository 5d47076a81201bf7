/**
 * Option and local input validation (issue 11 items 5, 13, 14, 15): every option the client cannot
 * use is an `InvalidArgumentError` at construction or per call, before any request, never retried.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { InvalidArgumentError, MastraClient, type ClientOptions } from "@wfkit/client";
import { checkNumber, checkRetry, normaliseBaseUrl, normalisePrefix } from "../src/options.js";
import { createWireFetch, json } from "./helpers/wire.js";

function construct(options: Record<string, unknown>) {
  const wire = createWireFetch(() => json({ w: { name: "w", steps: {} } }));
  const make = () =>
    new MastraClient({ protocol: "v0", fetch: wire.fetch, ...options } as ClientOptions);
  return { wire, make };
}

describe("numeric options are checked at construction (no request storm)", () => {
  it.each([
    ["retry.retries NaN", { retry: { retries: Number.NaN } }],
    ["retry.retries -1", { retry: { retries: -1 } }],
    ["retry.retries 1.5", { retry: { retries: 1.5 } }],
    ["retry.retries Infinity", { retry: { retries: Infinity } }],
    ["retry.retries a string", { retry: { retries: "3" } }],
    ["retry.baseDelayMs NaN", { retry: { baseDelayMs: Number.NaN } }],
    ["retry.baseDelayMs -5", { retry: { baseDelayMs: -5 } }],
    ["retry.maxDelayMs -1", { retry: { maxDelayMs: -1 } }],
    ["retry.maxDelayMs Infinity", { retry: { maxDelayMs: Infinity } }],
    ["retry.maxRetryAfterMs NaN", { retry: { maxRetryAfterMs: Number.NaN } }],
    ["retry.baseDelayMs over maxDelayMs", { retry: { baseDelayMs: 500, maxDelayMs: 100 } }],
    ["retry not an object", { retry: 3 }],
    ["timeoutMs -1", { timeoutMs: -1 }],
    ["timeoutMs NaN", { timeoutMs: Number.NaN }],
    ["timeoutMs 0", { timeoutMs: 0 }],
    ['timeoutMs "1000"', { timeoutMs: "1000" }],
    ["maxResponseBytes 0", { maxResponseBytes: 0 }],
    ["maxResponseBytes NaN", { maxResponseBytes: Number.NaN }],
  ])("%s is an InvalidArgumentError, and nothing is sent", (_, options) => {
    const { wire, make } = construct(options);
    expect(make).toThrow(InvalidArgumentError);
    expect(wire.calls).toHaveLength(0);
  });

  it("the message names the option and the value", () => {
    expect(construct({ retry: { retries: Number.NaN } }).make).toThrow(
      "retry.retries must be a whole number >= 0 <= 100, got NaN.",
    );
    expect(construct({ timeoutMs: "1000" }).make).toThrow(
      /timeoutMs must be a positive number.*"1000"/,
    );
  });

  it("a per-call timeoutMs that is not a positive number fails that call before sending", async () => {
    const { wire, make } = construct({});
    const client = make();
    for (const timeoutMs of [-1, Number.NaN, 0, "1000"]) {
      await expect(client.getWorkflows({ timeoutMs } as never)).rejects.toBeInstanceOf(
        InvalidArgumentError,
      );
    }
    expect(wire.calls).toHaveLength(0);
  });

  describe("timeoutMs at or past 2^31 ms", () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it("is clamped to what timers take, so calls do not time out at once", async () => {
      const timeouts: number[] = [];
      const clock = {
        now: () => 0,
        sleep: (ms: number) => {
          timeouts.push(ms);
          return new Promise<void>(() => {});
        },
      };
      const { wire, make } = construct({ timeoutMs: 2 ** 31, clock });
      const client = make();
      await client.getWorkflows();
      await client.getWorkflows({ timeoutMs: 1e12 });
      expect(timeouts).toEqual([2 ** 31 - 1, 2 ** 31 - 1]);
      expect(wire.calls).toHaveLength(2);
    });

    it("on the real clock, the timer is never armed past 2^31 - 1 (Node would fire it at once)", async () => {
      const spy = vi.spyOn(globalThis, "setTimeout");
      const { make } = construct({ timeoutMs: 3e9 });
      await make().getWorkflows();
      const delays = spy.mock.calls.map((call) => call[1] ?? 0);
      expect(delays).toContain(2 ** 31 - 1);
      expect(Math.max(...delays)).toBeLessThanOrEqual(2 ** 31 - 1);
    });
  });
});

describe("local input problems are InvalidArgumentError before any request, never retried", () => {
  it.each([
    ["a header value with CR/LF", { headers: { "x-a": "1\r\nx-evil: 1" } }],
    ["a header value with LF", { headers: { "x-a": "1\nx" } }],
    ["a header value outside Latin-1", { headers: { "x-a": "€" } }],
    ["a header name with a space", { headers: { "x a": "1" } }],
    ["a header name with a colon", { headers: [["x:a", "1"]] }],
    ["a non-function fetch", { fetch: "https://example.com" }],
    ["a non-function sleep", { sleep: 5 }],
    ["user:pass@ in baseUrl", { baseUrl: "http://user:pass@localhost:4111" }],
    ["a query in baseUrl", { baseUrl: "http://localhost:4111/?x=1" }],
    ["a fragment in baseUrl", { baseUrl: "http://localhost:4111/#x" }],
    ["a .. segment in baseUrl", { baseUrl: "http://localhost:4111/a/../b" }],
    ["an encoded .. segment in baseUrl", { baseUrl: "http://localhost:4111/a/%2e%2e/b" }],
    ["a non-string baseUrl", { baseUrl: 42 }],
    ["apiPrefix 42", { apiPrefix: 42 }],
    ["apiPrefix #", { apiPrefix: "#" }],
    ["apiPrefix ?x=", { apiPrefix: "?x=" }],
    ["apiPrefix /api/../admin", { apiPrefix: "/api/../admin" }],
    ["apiPrefix ../x", { apiPrefix: "../x" }],
    ["apiPrefix ./x", { apiPrefix: "./x" }],
    ["apiPrefix with a backslash", { apiPrefix: "/api\\..\\admin" }],
  ])("%s", (_, options) => {
    const { wire, make } = construct(options);
    expect(make).toThrow(InvalidArgumentError);
    expect(wire.calls).toHaveLength(0);
  });

  it("the credentials in a baseUrl never appear in the message", () => {
    expect(construct({ baseUrl: "http://user:s3cret@localhost" }).make).toThrow(
      /^(?!.*s3cret).*must not carry credentials/,
    );
  });

  it("a header value is never quoted in the message (it may be a secret)", () => {
    expect(construct({ headers: { authorization: "Bearer s3cret\n" } }).make).toThrow(
      /^(?!.*s3cret).*"authorization"/,
    );
  });

  it.each([
    [
      "throws",
      () => {
        throw new Error("token store offline");
      },
    ],
    ["returns a bad value", () => ({ "x-a": "1\r\n" })],
    ["rejects", async () => Promise.reject(new Error("token store offline"))],
  ])(
    "a headers function that %s fails the call before sending, without retries",
    async (_, headers) => {
      const { wire, make } = construct({ headers, retry: { retries: 3 } });
      const error = await make()
        .getWorkflows()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(wire.calls).toHaveLength(0);
    },
  );

  it("invalid per-call headers fail the call before sending", async () => {
    const { wire, make } = construct({});
    await expect(
      make()
        .getWorkflow("w")
        .details({ headers: { "x-a": "a\rb" } }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(wire.calls).toHaveLength(0);
  });
});

describe("watch options the client forwards to the watcher", () => {
  it.each([
    ["reconnect.maxAttempts NaN", { reconnect: { maxAttempts: Number.NaN } }],
    ["reconnect.maxAttempts -1", { reconnect: { maxAttempts: -1 } }],
    ["reconnect.baseDelayMs NaN", { reconnect: { baseDelayMs: Number.NaN } }],
    ["reconnect.maxDelayMs -1", { reconnect: { maxDelayMs: -1 } }],
    ["stallTimeoutMs 0", { stallTimeoutMs: 0 }],
    ["stallTimeoutMs Infinity", { stallTimeoutMs: Infinity }],
    ["stallTimeoutMs 3e9", { stallTimeoutMs: 3e9 }],
    ["maxRecordBytes -1", { maxRecordBytes: -1 }],
  ])(
    "%s is an InvalidArgumentError from watch and watchRecords; nothing is sent",
    async (_, options) => {
      const { wire, make } = construct({});
      const workflow = make().getWorkflow("w");
      await expect(workflow.watch({ runId: "r", ...options }, () => {})).rejects.toBeInstanceOf(
        InvalidArgumentError,
      );
      expect(() => workflow.watchRecords({ runId: "r", ...options })).toThrow(InvalidArgumentError);
      expect(wire.calls).toHaveLength(0);
    },
  );
});

describe("the pure checks", () => {
  it("checkRetry fills the defaults and keeps valid values", () => {
    expect(checkRetry({})).toEqual({
      retries: 2,
      baseDelayMs: 250,
      maxDelayMs: 8000,
      maxRetryAfterMs: 60_000,
    });
    expect(checkRetry({ retries: 0, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 })).toEqual({
      retries: 0,
      baseDelayMs: 0,
      maxDelayMs: 0,
      maxRetryAfterMs: 0,
    });
    expect(checkRetry({ retries: undefined } as never).retries).toBe(2);
  });

  it("checkNumber enforces finiteness, bounds and integers", () => {
    expect(checkNumber(5, "n", { min: 0, max: 5, integer: true })).toBe(5);
    expect(() => checkNumber(6, "n", { max: 5 })).toThrow("n must be a finite number <= 5, got 6.");
    expect(() => checkNumber(-Infinity, "n", {})).toThrow(InvalidArgumentError);
    expect(() => checkNumber(null, "n", {})).toThrow("got null");
  });

  it("normaliseBaseUrl strips trailing slashes and keeps a path", () => {
    expect(normaliseBaseUrl("http://h:1/")).toBe("http://h:1");
    expect(normaliseBaseUrl("https://h/mastra//")).toBe("https://h/mastra");
    expect(() => normaliseBaseUrl("ftp://h")).toThrow("baseUrl must use http or https");
    expect(() => normaliseBaseUrl("localhost:4111")).toThrow(InvalidArgumentError);
  });

  it("normalisePrefix adds the leading slash, drops the trailing one, allows none", () => {
    expect(normalisePrefix("api")).toBe("/api");
    expect(normalisePrefix("/api/")).toBe("/api");
    expect(normalisePrefix("/")).toBe("");
    expect(normalisePrefix("")).toBe("");
    expect(normalisePrefix("/v1/api")).toBe("/v1/api");
    expect(normalisePrefix("/a..b")).toBe("/a..b");
  });
});
