/**
 * Issue 11, finding 8: deep or large input must never kill the fake's process. The engine's crash
 * goes to `server.backgroundErrors` (and `close()` reports it); body limits apply on every route
 * while the body streams in.
 */
import {
  createFakeServer,
  createStep,
  createWorkflow,
  isBackgroundErrorsError,
  type ServerGeneration,
} from "@wfkit/test-utils";
import { describe, expect, it } from "vitest";
import { deepInputJson, heapUsed, lazyBody } from "./fake-helpers.js";

/** A workflow without an input schema: 1.x validates nothing, so the input reaches the engine. */
const echo = createWorkflow({ id: "echo" })
  .then(createStep({ id: "echo", execute: async ({ inputData }) => ({ got: typeof inputData }) }))
  .commit();

const DEPTH = 20_000;
const MB = 1024 * 1024;

const post = (server: { url: string; fetch: typeof fetch }, path: string, body: BodyInit) =>
  server.fetch(`${server.url}/api/workflows${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);

describe.each<ServerGeneration>(["0.x", "1.x"])(
  "the fake (%s) under deep and large input",
  (generation) => {
    it(`answers POST /start with inputData nested ${DEPTH} levels, records the engine's crash, and keeps serving`, async () => {
      const server = await createFakeServer({ generation, workflows: { echo } });
      const created = await post(server, "/echo/create-run?runId=deep", "{}");
      expect(created.status).toBe(200);
      const res = await post(server, "/echo/start?runId=deep", deepInputJson(DEPTH));
      expect(res.status).toBe(200);
      // The run's execution settles (rejected by the crash) instead of taking the process down.
      await expect(server.runs.settled("echo", "deep")).rejects.toThrow(/call stack/);
      expect(server.backgroundErrors.map((e) => e.name)).toEqual(["RangeError"]);
      expect((await server.fetch(`${server.url}/api/workflows`)).status).toBe(200);
      const closing = server.close();
      await expect(closing).rejects.toSatisfy(isBackgroundErrorsError);
      await expect(closing).rejects.toThrow(
        /1 background error[\s\S]*RangeError: Maximum call stack/,
      );
    });

    it(`answers 500 to an awaited start-async with inputData nested ${DEPTH} levels (no background error)`, async () => {
      await using server = await createFakeServer({ generation, workflows: { echo } });
      const res = await post(server, "/echo/start-async?runId=deep", deepInputJson(DEPTH));
      expect(res.status).toBe(500);
      expect(await res.json()).toMatchObject({ error: expect.stringMatching(/call stack/) });
      expect(server.backgroundErrors).toEqual([]);
    });

    it("answers 413 to a 60 MB body on POST /start without holding it, and records only its start", async () => {
      await using server = await createFakeServer({ generation, workflows: { echo } });
      await post(server, "/echo/create-run?runId=big", "{}");
      const before = await heapUsed();
      const res = await post(server, "/echo/start?runId=big", lazyBody(60 * MB));
      expect(res.status).toBe(413);
      expect(await res.json()).toEqual({ error: "Request body too large" });
      const grown = (await heapUsed()) - before;
      // The body streamed through in 1 MB chunks; nothing near 60 MB stayed.
      expect(grown).toBeLessThan(8 * MB);
      const recorded = server.requests.at(-1)!;
      expect(recorded).toMatchObject({ bodyTruncated: true, path: "/api/workflows/echo/start" });
      expect(recorded.body.length).toBe(64 * 1024);
      expect(recorded.bodyBytes).toBeGreaterThan(4.5 * MB);
      expect(server.runs.get("echo", "big")?.snapshot.status).toBe("pending");
    });

    it("applies the body limit on every route, unknown ones included", async () => {
      await using server = await createFakeServer({
        generation,
        workflows: { echo },
        bodyLimit: 1000,
      });
      const big = JSON.stringify({ inputData: "x".repeat(2000) });
      for (const path of [
        "/echo/create-run",
        "/echo/start?runId=r",
        "/echo/start-async",
        "/echo/resume?runId=r",
        "/echo/runs/r/cancel",
        "/no/such/route",
      ])
        expect((await post(server, path, big)).status, path).toBe(413);
    });

    it("answers 413 over a real socket after draining the upload", async () => {
      await using server = await createFakeServer({
        generation,
        workflows: { echo },
        listen: true,
      });
      const res = await post(server, "/echo/start-async", lazyBody(10 * MB));
      expect(res.status).toBe(413);
      expect((await server.fetch(`${server.url}/api/workflows`)).status).toBe(200);
    });
  },
);
