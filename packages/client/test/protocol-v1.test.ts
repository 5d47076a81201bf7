/**
 * The Mastra 1.x wire of every documented call (`protocol: "v1"`), with an injected fetch: method,
 * path, query and body as sent, and the answers normalised to the same public shapes as on 0.x.
 * Bodies are the shapes a real 1.x server (core 1.71, server 1.69) answers.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  MastraClient,
  NotFoundError,
  UnsupportedByServerError,
  WatchRunNotFoundError,
  isUnsupportedByServerError,
  type WatchRecord,
} from "@wfkit/client";
import { createWireFetch, json, type Responder } from "./helpers/wire.js";

function setup(responder: Responder | object = { message: "ok" }) {
  const wire = createWireFetch(
    typeof responder === "function" ? (responder as Responder) : () => json(responder),
  );
  const client = new MastraClient({
    baseUrl: "http://mastra.test:4111",
    fetch: wire.fetch,
    protocol: "v1",
    retry: { retries: 0 },
  });
  return { wire, client, workflow: client.getWorkflow("testWorkflow") };
}

const STEPS = {
  input: { city: "Lima" },
  "validate-city": {
    startedAt: 1,
    status: "success",
    output: { city: "Lima", normalized: "LIMA" },
    endedAt: 2,
  },
  approval: {
    startedAt: 3,
    status: "suspended",
    suspendPayload: { message: "Approve trip to Lima?", city: "Lima" },
    suspendedAt: 4,
  },
};

describe("the 1.x wire of every method", () => {
  it("getWorkflows and details: the routes 0.x has", async () => {
    const { wire, client, workflow } = setup({ name: "city-workflow", steps: {} });
    await client.getWorkflows();
    await workflow.details();
    expect(wire.calls).toMatchObject([
      { method: "GET", path: "/api/workflows", query: {}, body: undefined },
      { method: "GET", path: "/api/workflows/testWorkflow", query: {}, body: undefined },
    ]);
  });

  it("createRun: POST create-run?runId with no body", async () => {
    const { wire, workflow } = setup({ runId: "r-1" });
    expect(await workflow.createRun({ runId: "r-1" })).toEqual({ runId: "r-1" });
    expect(wire.calls).toMatchObject([
      { method: "POST", path: "/api/workflows/testWorkflow/create-run", query: { runId: "r-1" } },
    ]);
    expect(wire.calls[0]!.body).toBeUndefined();
  });

  it("start: runtimeContext travels as requestContext", async () => {
    const { wire, workflow } = setup({ message: "Workflow run started" });
    const ack = await workflow.start({
      runId: "r-1",
      inputData: { city: "Lima" },
      runtimeContext: { user: "ana" },
    });
    expect(ack).toEqual({ message: "Workflow run started" });
    expect(wire.calls).toEqual([
      expect.objectContaining({
        method: "POST",
        path: "/api/workflows/testWorkflow/start",
        query: { runId: "r-1" },
        body: { inputData: { city: "Lima" }, requestContext: { user: "ana" } },
      }),
    ]);
    expect(wire.calls[0]!.headers.get("content-type")).toBe("application/json");
  });

  it("startAsync: a suspended 1.x result has the 0.x public shape", async () => {
    const { wire, workflow } = setup({
      status: "suspended",
      steps: STEPS,
      input: { city: "Lima" },
      stepExecutionPath: ["validate-city", "approval"],
      suspended: [["approval"]],
      suspendPayload: { approval: { message: "Approve trip to Lima?", city: "Lima" } },
      runId: "r-2",
    });
    const result = await workflow.startAsync({ runId: "r-2", inputData: { city: "Lima" } });
    expect(wire.calls).toMatchObject([
      {
        method: "POST",
        path: "/api/workflows/testWorkflow/start-async",
        query: { runId: "r-2" },
        body: { inputData: { city: "Lima" } },
      },
    ]);
    const { input: _input, ...steps } = STEPS;
    expect(result).toEqual({
      runId: "r-2",
      status: "suspended",
      input: { city: "Lima" },
      steps,
      suspended: [["approval"]],
    });
  });

  it("startAsync without runId sends a runId it made and returns it; a failed result's { message, name } error is kept", async () => {
    const error = { message: "City not found: Atlantis", name: "Error" };
    const { wire, workflow } = setup({
      status: "failed",
      steps: {
        input: { city: "Atlantis" },
        "validate-city": { startedAt: 1, status: "failed", error, endedAt: 2 },
      },
      input: { city: "Atlantis" },
      error,
      runId: "generated",
    });
    const result = await workflow.startAsync({ inputData: { city: "Atlantis" } });
    const sent = wire.calls[0]!.query.runId;
    expect(sent).toMatch(/^[0-9a-f-]{36}$/);
    expect(result).toEqual({
      runId: sent,
      status: "failed",
      input: { city: "Atlantis" },
      steps: { "validate-city": { startedAt: 1, status: "failed", error, endedAt: 2 } },
      error,
    });
  });

  it.each([
    ["resume", "resume", { message: "Workflow run resumed" }],
    ["resumeAsync", "resume-async", { status: "success", steps: STEPS, result: { ok: true } }],
  ] as const)(
    "%s: POST %s with { step, resumeData, requestContext }",
    async (method, route, body) => {
      const { wire, workflow } = setup(body);
      await workflow[method]({
        runId: "r-3",
        step: ["approval"],
        resumeData: { approved: true },
        runtimeContext: { user: "ana" },
        preflight: false,
      });
      expect(wire.calls).toMatchObject([
        {
          method: "POST",
          path: `/api/workflows/testWorkflow/${route}`,
          query: { runId: "r-3" },
          body: {
            step: ["approval"],
            resumeData: { approved: true },
            requestContext: { user: "ana" },
          },
        },
      ]);
    },
  );

  it("runExecutionResult: GET runs/:runId with the fields it needs; payload becomes input", async () => {
    const error = { message: "City not found: Atlantis", name: "Error" };
    const { wire, workflow } = setup({
      runId: "r",
      workflowName: "city-workflow",
      createdAt: "2026-11-28T13:06:42.920Z",
      updatedAt: "2026-11-28T13:06:42.936Z",
      status: "failed",
      error,
      payload: { city: "Atlantis" },
      steps: { "validate-city": { status: "failed", error: { message: error.message } } },
    });
    expect(await workflow.runExecutionResult("r")).toEqual({
      runId: "r",
      status: "failed",
      input: { city: "Atlantis" },
      steps: { "validate-city": { status: "failed", error: { message: error.message } } },
      error,
    });
    expect(wire.calls).toMatchObject([
      {
        method: "GET",
        path: "/api/workflows/testWorkflow/runs/r",
        query: { fields: "result,error,payload,steps" },
      },
    ]);
  });

  it("runById: GET runs/:runId; the snapshot is rebuilt from the run state", async () => {
    const { input: payload, ...steps } = STEPS;
    const { wire, workflow } = setup({
      runId: "r",
      workflowName: "city-workflow",
      createdAt: "2026-11-28T13:06:31.219Z",
      updatedAt: "2026-11-28T13:06:31.241Z",
      status: "suspended",
      payload,
      steps,
      activeStepsPath: {},
      serializedStepGraph: [{ type: "step", step: { id: "validate-city" } }],
      suspendedPaths: { approval: [1] },
      resumeLabels: {},
      waitingPaths: {},
    });
    const run = await workflow.runById("r");
    expect(wire.calls).toMatchObject([
      { method: "GET", path: "/api/workflows/testWorkflow/runs/r", query: {} },
    ]);
    expect(run).toEqual({
      workflowName: "city-workflow",
      runId: "r",
      createdAt: "2026-11-28T13:06:31.219Z",
      updatedAt: "2026-11-28T13:06:31.241Z",
      snapshot: {
        runId: "r",
        status: "suspended",
        value: {},
        context: STEPS,
        activeStepsPath: {},
        serializedStepGraph: [{ type: "step", step: { id: "validate-city" } }],
        suspendedPaths: { approval: [1] },
        resumeLabels: {},
        waitingPaths: {},
        timestamp: Date.parse("2026-11-28T13:06:31.241Z"),
      },
    });
  });

  it("runs: dates and resourceId as on 0.x; limit/offset become perPage/page", async () => {
    const { wire, workflow } = setup({ runs: [], total: 0 });
    await workflow.runs({
      fromDate: new Date("2026-01-01T00:00:00Z"),
      toDate: "2026-02-01T00:00:00.000Z",
      limit: 10,
      offset: 20,
      resourceId: "user-1",
    });
    expect(wire.calls).toMatchObject([
      {
        method: "GET",
        path: "/api/workflows/testWorkflow/runs",
        query: {
          fromDate: "2026-01-01T00:00:00.000Z",
          toDate: "2026-02-01T00:00:00.000Z",
          perPage: "10",
          page: "2",
          resourceId: "user-1",
        },
      },
    ]);
  });

  it("runs: an offset that is not a page boundary reads up to it and keeps the window", async () => {
    const all = Array.from({ length: 7 }, (_, i) => ({ runId: `r${i}` }));
    const { wire, workflow } = setup((call: { query: Record<string, string> }) => {
      const perPage = call.query.perPage === undefined ? all.length : Number(call.query.perPage);
      return json({ runs: all.slice(0, perPage), total: all.length });
    });
    const page = await workflow.runs({ limit: 2, offset: 3 });
    expect(wire.calls[0]!.query).toEqual({ perPage: "5", page: "0" });
    expect(page).toEqual({ runs: [{ runId: "r3" }, { runId: "r4" }], total: 7 });
    const rest = await workflow.runs({ offset: 5 });
    expect(wire.calls[1]!.query).toEqual({});
    expect(rest.runs).toEqual([{ runId: "r5" }, { runId: "r6" }]);
  });

  it("cancelRun: POST runs/:runId/cancel with no body", async () => {
    const { wire, workflow } = setup({ message: "Workflow run cancelled" });
    expect(await workflow.cancelRun("r")).toEqual({ message: "Workflow run cancelled" });
    expect(wire.calls).toMatchObject([
      { method: "POST", path: "/api/workflows/testWorkflow/runs/r/cancel", body: undefined },
    ]);
  });

  it("sendRunEvent: UnsupportedByServerError, and nothing is sent", async () => {
    const { wire, workflow } = setup();
    const error = await workflow
      .sendRunEvent({ runId: "r", event: "approved" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedByServerError);
    expect(isUnsupportedByServerError(error)).toBe(true);
    expect((error as Error).message).toMatch(/1\.x/);
    expect(wire.calls).toEqual([]);
  });

  it("a 400 for invalid input is a typed error with the server's text", async () => {
    const { workflow } = setup(() => json({ error: "Invalid input data: city: Required" }, 400));
    const error = await workflow.startAsync({ runId: "r", inputData: {} }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, body: "Invalid input data: city: Required" });
  });
});

const fixtures = fileURLToPath(new URL("./fixtures/v1/", import.meta.url));

function chunked(bytes: Uint8Array, size: number, end = true): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) {
        if (end) controller.close();
        return;
      }
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

const describeRecord = (r: WatchRecord) =>
  `${r.payload.workflowState.status}/${r.payload.currentStep?.id ?? "-"}:${r.payload.currentStep?.status ?? "-"}${r.synthetic ? "*" : ""}`;

describe("watch on 1.x", () => {
  const bytes = new Uint8Array(readFileSync(fixtures + "stream-city-start-until-suspended.bin"));
  const running = { status: "running", payload: { city: "Tokyo" }, steps: {} };

  it.each([1, 7, 64, bytes.length])(
    "reads POST observe?runId, in chunks of %i bytes, into 0.x-shaped records",
    async (size) => {
      const { wire, workflow } = setup((call) =>
        call.path.endsWith("/observe")
          ? new Response(chunked(bytes, size), { headers: { "content-type": "text/plain" } })
          : json(running),
      );
      const records: WatchRecord[] = [];
      for await (const record of workflow.watchRecords({ runId: "fixture-city-1" })) {
        records.push(record);
      }
      expect(wire.calls[0]).toMatchObject({
        method: "POST",
        path: "/api/workflows/testWorkflow/observe",
        query: { runId: "fixture-city-1" },
        body: undefined,
      });
      // Besides the observe, only run-state lookups (the watcher's reconciliation).
      for (const call of wire.calls.slice(1)) {
        expect(call).toMatchObject({
          method: "GET",
          path: "/api/workflows/testWorkflow/runs/fixture-city-1",
          query: { fields: "result,error,payload,steps" },
        });
      }
      expect(records.map(describeRecord)).toEqual([
        "running/validate-city:running",
        "running/validate-city:success",
        "running/approval:running",
        "running/approval:suspended",
        "suspended/-:-",
      ]);
      expect(records.every((r) => r.eventTimestamp instanceof Date)).toBe(true);
      expect(records.at(-1)!.payload.workflowState.steps.approval?.suspendPayload).toEqual({
        message: "Approve trip to Tokyo?",
        city: "Tokyo",
      });
    },
  );

  it("drops the records an observe body replays", async () => {
    const doubled = new Uint8Array([...bytes, ...bytes]);
    const { workflow } = setup((call) =>
      call.path.endsWith("/observe") ? new Response(chunked(doubled, 64, false)) : json(running),
    );
    const seen: string[] = [];
    for await (const record of workflow.watchRecords({ runId: "fixture-city-1" })) {
      seen.push(describeRecord(record));
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it("with nothing cached (a plain start), polls the run state and yields synthetic records", async () => {
    let polls = 0;
    const { wire, workflow } = setup((call) => {
      if (call.path.endsWith("/observe")) return new Response("");
      polls++;
      return json(
        polls < 3
          ? { status: "running", payload: { city: "Lima" }, steps: {} }
          : { status: "suspended", payload: { city: "Lima" }, steps: STEPS_WITHOUT_INPUT },
      );
    });
    const records: WatchRecord[] = [];
    for await (const record of workflow.watchRecords({ runId: "r", stallTimeoutMs: 20 })) {
      records.push(record);
    }
    expect(records.map(describeRecord)).toEqual([
      "running/validate-city:success*",
      "running/approval:suspended*",
      "suspended/-:-*",
    ]);
    expect(records.at(-1)!.payload.workflowState.input).toEqual({ city: "Lima" });
    expect(wire.calls.filter((c) => c.path.endsWith("/observe"))).toHaveLength(1);
  });

  it("an unknown run (observe answers 404) is a WatchRunNotFoundError", async () => {
    const { workflow } = setup(() => json({ error: "Workflow run not found" }, 404));
    const handle = await workflow.watch({ runId: "nope" }, () => {}).catch((e: unknown) => e);
    expect(handle).toBeInstanceOf(WatchRunNotFoundError);
    expect(handle).not.toBeInstanceOf(NotFoundError);
  });
});

const { input: _ignored, ...STEPS_WITHOUT_INPUT } = STEPS;
