import { connect } from "node:net";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFakeServer } from "../src/index.js";

const segments = fc.oneof(
  fc.constantFrom(
    "api",
    "workflows",
    "testWorkflow",
    "failingWorkflow",
    "pipelineWorkflow",
    "nope",
    "runs",
    "r1",
    "execution-result",
    "create-run",
    "start",
    "start-async",
    "resume",
    "resume-async",
    "watch",
    "stream",
    "cancel",
    "send-event",
    "%E0%A4%A",
    "..",
    "",
  ),
  fc.string({ maxLength: 8 }).map(encodeURIComponent),
);

const request = fc.record({
  method: fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"),
  prefix: fc.constantFrom("/api/workflows/", "/api/", "/", "/api/workflows/testWorkflow/"),
  path: fc.array(segments, { maxLength: 5 }),
  query: fc.dictionary(
    fc.constantFrom("runId", "limit", "offset", "fromDate", "toDate", "resourceId", "x"),
    fc.string({ maxLength: 10 }),
    {
      maxKeys: 3,
    },
  ),
  body: fc.option(
    fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.json({ maxDepth: 3 }),
      fc
        .record({
          inputData: fc.jsonValue({ maxDepth: 2 }),
          step: fc.jsonValue({ maxDepth: 1 }),
          runtimeContext: fc.jsonValue({ maxDepth: 1 }),
        })
        .map((v) => JSON.stringify(v)),
    ),
    { nil: undefined },
  ),
  contentType: fc.constantFrom("application/json", "text/plain", undefined),
  strict: fc.boolean(),
  mode: fc.constantFrom("mastra" as const, "sane" as const),
});

describe("never crashes", () => {
  it("answers every random request with a Response (in process)", async () => {
    // Random resumes and starts fail in the background on purpose.
    const allowBackgroundErrors = true;
    const servers = {
      mastra: {
        lax: await createFakeServer({
          validateResponses: true,
          clock: "real",
          allowBackgroundErrors,
        }),
        strict: await createFakeServer({
          validateResponses: true,
          clock: "real",
          strict: true,
          allowBackgroundErrors,
        }),
      },
      sane: {
        lax: await createFakeServer({
          validateResponses: true,
          clock: "real",
          mode: "sane",
          allowBackgroundErrors,
        }),
        strict: await createFakeServer({
          validateResponses: true,
          clock: "real",
          mode: "sane",
          strict: true,
          allowBackgroundErrors,
        }),
      },
    };
    try {
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          const server = servers[r.mode][r.strict ? "strict" : "lax"];
          const url = new URL(`${server.url}${r.prefix}${r.path.join("/")}`);
          for (const [k, v] of Object.entries(r.query)) url.searchParams.set(k, v);
          const hasBody = r.body !== undefined && r.method !== "GET" && r.method !== "HEAD";
          const headers: Record<string, string> = r.contentType
            ? { "content-type": r.contentType }
            : {};
          const res = await server.fetch(url, {
            method: r.method,
            headers,
            ...(hasBody && r.body !== undefined ? { body: r.body } : {}),
          });
          expect(res).toBeInstanceOf(Response);
          expect(res.status).toBeGreaterThanOrEqual(200);
          expect(res.status).toBeLessThan(600);
          const type = res.headers.get("content-type") ?? "";
          if (type.includes("application/json")) {
            const body = (await res.json()) as unknown;
            if (res.status >= 400) expect(body).toEqual({ error: expect.any(String) });
          } else {
            // Watch and stream bodies may stay open (as on real Mastra): just let go of them.
            await res.body?.cancel();
          }
          // Checked per request too, so a failure names the request (and fast-check its seed).
          expect(server.violations).toEqual([]);
        }),
        { numRuns: 400 },
      );
    } finally {
      for (const group of Object.values(servers))
        for (const server of Object.values(group)) await server.close();
    }
    for (const group of Object.values(servers))
      for (const server of Object.values(group)) expect(server.violations).toEqual([]);
  });

  it("survives garbage on the socket and keeps serving (real HTTP)", async () => {
    await using server = await createFakeServer({ listen: true, validateResponses: true });
    const { port } = new URL(server.url);
    for (const garbage of [
      "NOT HTTP\r\n\r\n",
      "GET /api/workflows HTTP/1.1\r\nContent-Length: abc\r\n\r\n",
      "\u0000\u0001\u0002",
      "POST /api/workflows/testWorkflow/start-async HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{",
    ]) {
      await new Promise<void>((resolve) => {
        const socket = connect(Number(port), "127.0.0.1", () => {
          socket.end(garbage);
        });
        socket.on("error", () => resolve());
        socket.on("close", () => resolve());
        socket.resume();
      });
    }
    expect((await fetch(`${server.url}/api/workflows`)).status).toBe(200);
  });
});
