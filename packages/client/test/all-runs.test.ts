/**
 * `workflow.allRuns()`: the pages it asks for on the 0.x and 1.x wire (injected fetch), where it
 * stops, deduplication across a shifted page, validation before any request, abort, re-iteration,
 * and a walk over 25 runs on the fake servers (the 100,000-run walk is `pnpm bench paging`).
 */
import { describe, expect, it } from "vitest";
import { createFakeServer } from "@wfkit/test-utils";
import {
  InvalidArgumentError,
  InvalidResponseError,
  MastraClient,
  type WorkflowRun,
} from "@wfkit/client";
import { createWireFetch, json, type WireCall } from "./helpers/wire.js";

const runsOf = (n: number) => Array.from({ length: n }, (_, i) => ({ runId: `r${i}` }));

/** A server holding `all` (newest first) that pages by limit/offset (0.x) or page/perPage (1.x). */
function pager(all: { runId: string }[]) {
  return (call: WireCall) => {
    const q = call.query;
    const size = Number(q.limit ?? q.perPage ?? all.length);
    const start = q.offset !== undefined ? Number(q.offset) : Number(q.page ?? 0) * size;
    return json({ runs: all.slice(start, start + size), total: all.length });
  };
}

function setup(protocol: "v0" | "v1", responder: (call: WireCall, i: number) => Response) {
  const wire = createWireFetch(responder);
  const client = new MastraClient({
    baseUrl: "http://mastra.test:4111",
    fetch: wire.fetch,
    protocol,
    retry: { retries: 0 },
  });
  return { wire, workflow: client.getWorkflow("testWorkflow") };
}

const ids = async (runs: AsyncIterable<WorkflowRun>) => {
  const out: string[] = [];
  for await (const run of runs) out.push(run.runId);
  return out;
};

const PATH = "/api/workflows/testWorkflow/runs";

describe("allRuns on the wire", () => {
  it("0.x: GET runs with limit/offset per page, filters on each, stops after the short page", async () => {
    const { wire, workflow } = setup("v0", pager(runsOf(250)));
    const got = await ids(
      workflow.allRuns({ pageSize: 100, resourceId: "u1", fromDate: "2026-01-01T00:00:00.000Z" }),
    );
    expect(got).toEqual(runsOf(250).map((r) => r.runId));
    const filter = { resourceId: "u1", fromDate: "2026-01-01T00:00:00.000Z" };
    expect(wire.calls.map(({ method, path, query }) => ({ method, path, query }))).toEqual([
      { method: "GET", path: PATH, query: { ...filter, limit: "100", offset: "0" } },
      { method: "GET", path: PATH, query: { ...filter, limit: "100", offset: "100" } },
      { method: "GET", path: PATH, query: { ...filter, limit: "100", offset: "200" } },
    ]);
  });

  it("1.x: GET runs with page/perPage per page and the status filter", async () => {
    const { wire, workflow } = setup("v1", pager(runsOf(250)));
    expect(await ids(workflow.allRuns({ pageSize: 100, status: "success" }))).toHaveLength(250);
    expect(wire.calls.map(({ method, path, query }) => ({ method, path, query }))).toEqual([
      { method: "GET", path: PATH, query: { status: "success", perPage: "100", page: "0" } },
      { method: "GET", path: PATH, query: { status: "success", perPage: "100", page: "1" } },
      { method: "GET", path: PATH, query: { status: "success", perPage: "100", page: "2" } },
    ]);
  });

  it("stops once `total` runs were read: no request for an empty page after a full one", async () => {
    const { wire, workflow } = setup("v0", pager(runsOf(200)));
    expect(await ids(workflow.allRuns({ pageSize: 100 }))).toHaveLength(200);
    expect(wire.calls.map((c) => c.query.offset)).toEqual(["0", "100"]);
  });

  it("without pageSize, pages of 100; an empty workflow is one request and nothing yielded", async () => {
    const { wire, workflow } = setup("v0", pager([]));
    expect(await ids(workflow.allRuns())).toEqual([]);
    expect(wire.calls.map((c) => c.query)).toEqual([{ limit: "100", offset: "0" }]);
  });

  it("a run created between two pages does not make an already yielded run come again", async () => {
    const all = runsOf(5);
    const { wire, workflow } = setup("v0", (call, i) => {
      if (i === 1) all.unshift({ runId: "new" }); // created after the first page was read
      return pager(all)(call);
    });
    // Page 2 (offset 2) is now r1, r2: r1 was yielded on page 1 and is skipped.
    expect(await ids(workflow.allRuns({ pageSize: 2 }))).toEqual(["r0", "r1", "r2", "r3", "r4"]);
    expect(wire.calls.map((c) => c.query.offset)).toEqual(["0", "2", "4"]);
  });

  it.each([0, -1, 1.5, 1001, "10", Number.NaN])(
    "pageSize %s: InvalidArgumentError on the first next(), before any request",
    async (pageSize) => {
      const { wire, workflow } = setup("v0", pager(runsOf(3)));
      await expect(ids(workflow.allRuns({ pageSize: pageSize as number }))).rejects.toBeInstanceOf(
        InvalidArgumentError,
      );
      expect(wire.calls).toEqual([]);
    },
  );

  it("limit/offset and a bad filter are refused before any request", async () => {
    const { wire, workflow } = setup("v0", pager(runsOf(3)));
    await expect(ids(workflow.allRuns({ limit: 5 } as never))).rejects.toThrow(/pageSize/);
    await expect(ids(workflow.allRuns({ fromDate: "not a date" }))).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    expect(wire.calls).toEqual([]);
  });

  it("the signal aborts the iteration: next() rejects and no later page is asked for", async () => {
    const { wire, workflow } = setup("v0", pager(runsOf(10)));
    const controller = new AbortController();
    const reason = new Error("stop");
    const got: string[] = [];
    const error = await (async () => {
      for await (const run of workflow.allRuns({ pageSize: 2, signal: controller.signal })) {
        got.push(run.runId);
        if (got.length === 2) controller.abort(reason);
      }
    })().catch((e: unknown) => e);
    expect(error).toBe(reason);
    expect(got).toEqual(["r0", "r1"]);
    expect(wire.calls).toHaveLength(1);
    expect(wire.calls[0]!.signal.aborted).toBe(true);
  });

  it("is re-iterable: each for-await is a fresh pass with its own requests", async () => {
    const { wire, workflow } = setup("v1", pager(runsOf(3)));
    const runs = workflow.allRuns({ pageSize: 2 });
    expect(await ids(runs)).toEqual(["r0", "r1", "r2"]);
    expect(await ids(runs)).toEqual(["r0", "r1", "r2"]);
    expect(wire.calls.map((c) => c.query.page)).toEqual(["0", "1", "0", "1"]);
  });

  it("a server that answers more runs than asked is an InvalidResponseError", async () => {
    const { workflow } = setup("v0", () => json({ runs: runsOf(3), total: 3 }));
    await expect(ids(workflow.allRuns({ pageSize: 2 }))).rejects.toBeInstanceOf(
      InvalidResponseError,
    );
  });
});

describe.each(["0.x", "1.x"] as const)("allRuns on the fake %s server", (generation) => {
  it("walks 25 runs in pages of 10, newest first, each once", async () => {
    await using server = await createFakeServer({ generation });
    const workflow = server.client().getWorkflow("testWorkflow");
    const created: string[] = [];
    for (let i = 0; i < 25; i++) created.push((await workflow.createRun()).runId);
    const before = server.requests.length;
    const got = await ids(workflow.allRuns({ pageSize: 10 }));
    expect(new Set(got).size).toBe(25);
    expect([...got].sort()).toEqual([...created].sort());
    expect(got).toEqual((await workflow.runs()).runs.map((r) => r.runId));
    expect(server.requests.length - before).toBe(4); // 3 pages, then the unpaged runs() above
  });
});
