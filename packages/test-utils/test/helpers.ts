import { afterEach, expect } from "vitest";
import {
  createFakeServer,
  type FakeServer,
  type FakeServerOptions0x,
  type FakeServerOptions1x,
} from "../src/index.js";

const servers = new Set<FakeServer>();

/**
 * Starts a fake server with response validation on: every JSON response and watch record is
 * checked against the spec, and each test fails if any did not match.
 */
export const startServer = async (
  options: FakeServerOptions0x = {},
): Promise<FakeServer<"0.x">> => {
  const server = await createFakeServer({ validateResponses: true, ...options });
  servers.add(server);
  return server;
};

/** Starts a fake Mastra 1.x server, closed after the test. */
export const startV1 = async (
  options: Omit<FakeServerOptions1x, "generation"> = {},
): Promise<FakeServer<"1.x">> => {
  const server = await createFakeServer({ ...options, generation: "1.x" });
  servers.add(server);
  return server;
};

afterEach(async () => {
  const all = [...servers];
  servers.clear();
  for (const server of all) await server.close();
  for (const server of all)
    expect(server.violations, "responses that violate the spec").toEqual([]);
});

/** A JSON request against `/api/workflows…`, answering status, headers and parsed body. */
export const call = async (
  server: Pick<FakeServer, "url" | "fetch">,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { "content-type": "application/json" },
): Promise<{ status: number; headers: Headers; body: any; text: string }> => {
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = typeof body === "string" ? body : JSON.stringify(body);
  const res = await server.fetch(`${server.url}/api/workflows${path}`, init);
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
};

/** Splits a watch body into decoded records (each parsed twice: it is double-encoded). */
export const decodeWatch = (text: string): any[] =>
  text
    .split("\u001e")
    .filter((piece) => piece.length > 0)
    .map((piece) => {
      const once: unknown = JSON.parse(piece);
      return typeof once === "string" ? JSON.parse(once) : once;
    });

/** Opens a watch and collects its body text until it ends. */
export const openWatch = (server: FakeServer, key: string, runId: string, init: RequestInit = {}) =>
  server.fetch(`${server.url}/api/workflows/${key}/watch?runId=${encodeURIComponent(runId)}`, init);

/**
 * `"closed"` if the promise settles while the event loop drains what is already queued, else
 * `"open"`. The fake runs on a virtual clock, so once its queued work has run, nothing but a new
 * request or `server.clock.advance()` can end a stream: no wall-clock window is needed.
 */
export const settlesWhileIdle = async (promise: Promise<unknown>): Promise<"closed" | "open"> => {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let turn = 0; turn < 20 && !settled; turn++) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  return settled ? "closed" : "open";
};

/** Creates a run and returns its id. */
export const createRun = async (
  server: FakeServer,
  key: string,
  runId?: string,
): Promise<string> => {
  const res = await call(
    server,
    "POST",
    `/${key}/create-run${runId ? `?runId=${runId}` : ""}`,
    undefined,
    {},
  );
  expect(res.status).toBe(200);
  return res.body.runId as string;
};

/** `start-async` with `inputData`. */
export const startAsync = (server: FakeServer, key: string, runId: string, inputData: unknown) =>
  call(server, "POST", `/${key}/start-async?runId=${runId}`, { inputData });

/** `resume-async` of `step` with `resumeData`. */
export const resumeAsync = (
  server: FakeServer,
  key: string,
  runId: string,
  step: unknown,
  resumeData?: unknown,
) => call(server, "POST", `/${key}/resume-async?runId=${runId}`, { step, resumeData });
