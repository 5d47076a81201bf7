/**
 * Redirect attacks over real HTTP (issue 11 items 1 and 4): a redirect never replays a POST body,
 * never sends headers or bodies to another origin, and GETs follow only a few same-origin hops.
 */
import { afterEach, describe, expect, it } from "vitest";
import { MastraClient, RedirectRefusedError, isRedirectRefusedError } from "@wfkit/client";
import { sendJson, startServer } from "./helpers/http-server.js";

type Server = Awaited<ReturnType<typeof startServer>>;
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handle: Parameters<typeof startServer>[0]): Promise<Server> {
  const server = await startServer(handle);
  servers.push(server);
  return server;
}

function clientFor(server: Server) {
  return new MastraClient({
    baseUrl: server.url,
    protocol: "v0",
    headers: { "x-api-key": "k3y-secret" },
    retry: { retries: 2, baseDelayMs: 0, maxDelayMs: 0 },
  });
}

const card = { inputData: { card: "4111 1111 1111 1111" } };

describe("POSTs never follow a redirect", () => {
  it.each([307, 308, 301, 302, 303])(
    "a %i loop on POST start delivers the body once and names the Location",
    async (status) => {
      const origin = await serve((_, res) => {
        res.writeHead(status, { location: "/api/workflows/w/start?runId=r" });
        res.end();
      });
      const error = await clientFor(origin)
        .getWorkflow("w")
        .start({ runId: "r", ...card })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RedirectRefusedError);
      expect(error).toMatchObject({
        code: "redirect_refused",
        status,
        location: `${origin.url}/api/workflows/w/start?runId=r`,
      });
      expect((error as Error).message).toContain(`to ${origin.url}/api/workflows/w/start?runId=r`);
      expect(origin.requests).toHaveLength(1);
      expect(JSON.parse(origin.requests[0]!.body)).toEqual(card);
    },
  );

  it("a 307 to another origin sends nothing there: no body, no x-api-key", async () => {
    const elsewhere = await serve((_, res) => sendJson(res, { message: "stolen" }));
    const origin = await serve((_, res) => {
      res.writeHead(307, { location: `${elsewhere.url}/collect` });
      res.end();
    });
    const error = await clientFor(origin)
      .getWorkflow("w")
      .startAsync({ runId: "r", ...card })
      .catch((e: unknown) => e);
    expect(isRedirectRefusedError(error)).toBe(true);
    expect((error as Error).message).toContain(`${elsewhere.url}/collect`);
    expect(elsewhere.requests).toHaveLength(0);
    expect(origin.requests).toHaveLength(1);
  });

  it("create-run (a POST, though idempotent) does not follow either", async () => {
    const origin = await serve((_, res) => {
      res.writeHead(308, { location: "/api/workflows/w/create-run?runId=r" });
      res.end();
    });
    await expect(
      clientFor(origin).getWorkflow("w").createRun({ runId: "r" }),
    ).rejects.toBeInstanceOf(RedirectRefusedError);
    expect(origin.requests).toHaveLength(1);
  });
});

describe("GETs follow a few same-origin redirects only", () => {
  it("a 301 to another origin is refused: x-api-key never reaches it", async () => {
    const elsewhere = await serve((_, res) => sendJson(res, {}));
    const origin = await serve((_, res) => {
      res.writeHead(301, { location: `${elsewhere.url}/api/workflows` });
      res.end();
    });
    const error = await clientFor(origin)
      .getWorkflows()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectRefusedError);
    expect((error as Error).message).toContain("another origin");
    expect(elsewhere.requests).toHaveLength(0);
    expect(origin.requests).toHaveLength(1); // refused, not retried
  });

  it("a same-origin 302 is followed, with the client's headers", async () => {
    const origin = await serve((req, res) => {
      if (req.url === "/api/workflows") {
        res.writeHead(302, { location: "/moved/workflows" });
        res.end();
      } else {
        sendJson(res, { w: { name: "w", steps: {} } });
      }
    });
    expect(await clientFor(origin).getWorkflows()).toEqual({ w: { name: "w", steps: {} } });
    expect(origin.requests.map((r) => `${r.method} ${r.url} ${r.headers["x-api-key"]}`)).toEqual([
      "GET /api/workflows k3y-secret",
      "GET /moved/workflows k3y-secret",
    ]);
  });

  it("a same-origin loop stops after 3 redirects with a typed error", async () => {
    const origin = await serve((req, res) => {
      const n = Number(new URL(req.url ?? "/", "http://x").searchParams.get("n") ?? 0);
      res.writeHead(302, { location: `/api/workflows?n=${n + 1}` });
      res.end();
    });
    const error = await clientFor(origin)
      .getWorkflows()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectRefusedError);
    expect((error as Error).message).toContain("at most 3 redirects");
    expect(origin.requests).toHaveLength(4);
  });
});
