/**
 * The wire of every call of the 1.x surface (method, path, query, body), and on 0.x servers the
 * `UnsupportedByServerError` thrown before any request.
 */
import { describe, expect, it } from "vitest";
import {
  MastraClient,
  UnsupportedByServerError,
  type Workflow,
  type WorkflowEventStream,
} from "@wfkit/client";
import { createWireFetch, json, text, type WireCall } from "./helpers/wire.js";

const finish = (runId: string) =>
  [
    { type: "workflow-start", runId, from: "WORKFLOW", payload: { workflowId: "testWorkflow" } },
    {
      type: "workflow-finish",
      runId,
      from: "WORKFLOW",
      payload: { workflowStatus: "success", metadata: {}, finalWorkflowResult: { ok: true } },
    },
  ]
    .map((r) => JSON.stringify(r) + "\u001e")
    .join("");

const asyncResult = { status: "success", steps: { input: { city: "Rome" } }, result: { ok: 1 } };

/** The run state the resume preflight reads: suspended on `approval`. */
const suspended = { status: "suspended", steps: { approval: { status: "suspended" } } };

function answer(call: WireCall): Response {
  const last = call.path.split("/").at(-1)!;
  if (call.method === "GET" && call.path.includes("/runs/")) return json(suspended);
  if (last.endsWith("stream") || last === "observe") return text(finish(call.query.runId ?? "r"));
  if (last.endsWith("-async")) return json(asyncResult);
  if (last === "resume-no-wait") return json({ runId: call.query.runId });
  if (last === "run-counts") return json({ testWorkflow: { running: 1, suspended: 2 } });
  if (last === "runs") return json({ runs: [], total: 0 });
  return json({ message: "ok" });
}

function setup(protocol: "v0" | "v1" | "auto" = "v1") {
  const wire = createWireFetch((call) => answer(call));
  const client = new MastraClient({ baseUrl: "http://mastra.test", fetch: wire.fetch, protocol });
  return { wire, workflow: client.getWorkflow("testWorkflow") };
}

const base = "/api/workflows/testWorkflow";
const ctx = { tenant: "t-1" };
const tracing = { traceId: "abc" };
const travel = {
  runId: "r-1",
  step: ["nested", "approval"],
  inputData: { city: "Rome" },
  resumeData: { approved: true },
  context: { "validate-city": { status: "success", output: { city: "ROME" } } },
  nestedStepsContext: { nested: { inner: { status: "success", output: 1 } } },
  perStep: true,
};
const { runId: _runId, ...travelBody } = travel;

/** Each call: how to make it, and what must go on the wire. */
const cases: Array<{
  name: string;
  call: (w: Workflow) => Promise<unknown>;
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** The call reads the run's state first (the resume preflight). */
  preflight?: boolean;
}> = [
  {
    name: "stream",
    call: (w) =>
      w.stream({
        runId: "r-1",
        inputData: { city: "Rome" },
        initialState: { n: 0 },
        requestContext: ctx,
        resourceId: "user-1",
        perStep: false,
        closeOnSuspend: false,
        tracingOptions: tracing,
      }),
    method: "POST",
    path: `${base}/stream`,
    query: { runId: "r-1" },
    body: {
      inputData: { city: "Rome" },
      initialState: { n: 0 },
      requestContext: ctx,
      resourceId: "user-1",
      perStep: false,
      tracingOptions: tracing,
      closeOnSuspend: false,
    },
  },
  {
    name: "resumeStream",
    call: (w) => w.resumeStream({ runId: "r-1", resumeData: { approved: true } }),
    method: "POST",
    path: `${base}/resume-stream`,
    query: { runId: "r-1" },
    // The preflight found the only suspended step.
    body: { step: "approval", resumeData: { approved: true } },
    preflight: true,
  },
  {
    name: "observeStream",
    call: (w) => w.observeStream({ runId: "r-1", offset: 2 }),
    method: "POST",
    path: `${base}/observe`,
    query: { runId: "r-1", offset: "2" },
    body: undefined,
  },
  {
    name: "resumeNoWait",
    call: (w) =>
      w.resumeNoWait({ runId: "r-1", step: "approval", resumeData: { approved: false } }),
    method: "POST",
    path: `${base}/resume-no-wait`,
    query: { runId: "r-1" },
    body: { step: "approval", resumeData: { approved: false } },
    preflight: true,
  },
  {
    name: "restart",
    call: (w) => w.restart({ runId: "r-1", runtimeContext: ctx }),
    method: "POST",
    path: `${base}/restart`,
    query: { runId: "r-1" },
    body: { requestContext: ctx },
  },
  {
    name: "restartAsync",
    call: (w) => w.restartAsync({ runId: "r-1", tracingOptions: tracing }),
    method: "POST",
    path: `${base}/restart-async`,
    query: { runId: "r-1" },
    body: { tracingOptions: tracing },
  },
  {
    name: "timeTravel",
    call: (w) => w.timeTravel(travel),
    method: "POST",
    path: `${base}/time-travel`,
    query: { runId: "r-1" },
    body: travelBody,
  },
  {
    name: "timeTravelAsync",
    call: (w) => w.timeTravelAsync(travel),
    method: "POST",
    path: `${base}/time-travel-async`,
    query: { runId: "r-1" },
    body: travelBody,
  },
  {
    name: "timeTravelStream",
    call: (w) => w.timeTravelStream(travel),
    method: "POST",
    path: `${base}/time-travel-stream`,
    query: { runId: "r-1" },
    body: travelBody,
  },
  {
    name: "deleteRun",
    call: (w) => w.deleteRun("r 1"),
    method: "DELETE",
    path: `${base}/runs/r%201`,
    query: {},
    body: undefined,
  },
  {
    name: "runs (status)",
    call: (w) => w.runs({ status: "suspended", page: 2, perPage: 10 }),
    method: "GET",
    path: `${base}/runs`,
    query: { status: "suspended", page: "2", perPage: "10" },
    body: undefined,
  },
  {
    name: "runCounts",
    call: (w) => w.runCounts(),
    method: "GET",
    path: "/api/workflows/run-counts",
    query: {},
    body: undefined,
  },
  {
    name: "start (1.x options)",
    call: (w) =>
      w.start({
        runId: "r-1",
        inputData: { city: "Rome" },
        initialState: { n: 1 },
        perStep: true,
        resourceId: "user-1",
        tracingOptions: tracing,
      }),
    method: "POST",
    path: `${base}/start`,
    query: { runId: "r-1" },
    body: {
      inputData: { city: "Rome" },
      initialState: { n: 1 },
      perStep: true,
      resourceId: "user-1",
      tracingOptions: tracing,
    },
  },
  {
    name: "startAsync (1.x options)",
    call: (w) => w.startAsync({ runId: "r-1", inputData: { city: "Rome" }, resourceId: "user-1" }),
    method: "POST",
    path: `${base}/start-async`,
    query: { runId: "r-1" },
    body: { inputData: { city: "Rome" }, resourceId: "user-1" },
  },
];

describe.each(cases)("$name", ({ call, method, path, query, body, preflight }) => {
  it(`on 1.x: ${method} ${path.replace(base, "{key}")} with its query and body`, async () => {
    const { wire, workflow } = setup("v1");
    const out = await call(workflow);
    if (out && typeof out === "object" && Symbol.asyncIterator in out) {
      expect((await (out as WorkflowEventStream).result).status).toBe("success");
    }
    expect(wire.calls).toHaveLength(preflight ? 2 : 1);
    if (preflight) {
      expect(wire.calls[0]).toMatchObject({ method: "GET", path: `${base}/runs/r-1` });
    }
    const sent = wire.calls.at(-1);
    expect({ method: sent!.method, path: sent!.path, query: sent!.query }).toEqual({
      method,
      path,
      query,
    });
    expect(sent!.body).toEqual(body);
  });
});

// `stream` exists on 0.x servers too (its events are normalised), so it has no such test.
describe.each(cases.filter(({ name }) => name !== "stream"))("$name", ({ name, call }) => {
  it("on 0.x: UnsupportedByServerError naming the call and the generation; nothing sent", async () => {
    const { wire, workflow } = setup("v0");
    const error = await call(workflow).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedByServerError);
    const callName = name.split(" ")[0]!.replace("(status)", "");
    expect((error as Error).message).toContain(`${callName}:`);
    expect((error as Error).message).toMatch(/0\.x .*generation v0/);
    expect(wire.calls).toHaveLength(0);
  });
});

describe("results", () => {
  it("runCounts picks this workflow's counts out of the map", async () => {
    expect(await setup().workflow.runCounts()).toEqual({ running: 1, suspended: 2 });
  });

  it("resumeNoWait resolves to { runId }; the *-async calls to the normalised result", async () => {
    const { workflow } = setup();
    expect(await workflow.resumeNoWait({ runId: "r-9" })).toEqual({ runId: "r-9" });
    expect(await workflow.restartAsync({ runId: "r-9" })).toMatchObject({
      status: "success",
      input: { city: "Rome" },
      result: { ok: 1 },
      steps: {},
    });
  });

  it("stream without runId sends a generated UUID and the stream carries it", async () => {
    const { wire, workflow } = setup();
    const stream = await workflow.stream({ inputData: {} });
    expect(stream.runId).toMatch(/^[0-9a-f-]{36}$/);
    expect(wire.calls[0]!.query).toEqual({ runId: stream.runId });
  });

  it("runs with limit/offset and a status keeps 1.x's page translation", async () => {
    const { wire, workflow } = setup();
    await workflow.runs({ status: "success", limit: 5, offset: 10 });
    expect(wire.calls[0]!.query).toEqual({ status: "success", page: "2", perPage: "5" });
  });
});

describe("on 0.x", () => {
  it("stream uses 0.10's POST /stream with { inputData, runtimeContext } and renames its events", async () => {
    const v0 = [
      { type: "start", payload: { runId: "r-0" } },
      { type: "step-result", payload: { id: "a", status: "success", output: 1 } },
      { type: "finish", payload: { runId: "r-0" } },
    ];
    const wire = createWireFetch(() => text(v0.map((r) => JSON.stringify(r) + "\u001e").join("")));
    const workflow = new MastraClient({ fetch: wire.fetch, protocol: "v0" }).getWorkflow("w");
    const stream = await workflow.stream({
      runId: "r-0",
      inputData: { a: 1 },
      runtimeContext: ctx,
    });
    const types: string[] = [];
    for await (const event of stream) types.push(event.type);
    expect(types).toEqual(["workflow-start", "workflow-step-result", "workflow-finish"]);
    expect(await stream.result).toMatchObject({ status: "success", steps: { a: { output: 1 } } });
    expect(wire.calls).toMatchObject([
      {
        method: "POST",
        path: "/api/workflows/w/stream",
        query: { runId: "r-0" },
        body: { inputData: { a: 1 }, runtimeContext: ctx },
      },
    ]);
  });

  it("stream with a 1.x-only option throws before sending, naming the option", async () => {
    const { wire, workflow } = setup("v0");
    const error = await workflow
      .stream({ runId: "r", inputData: {}, perStep: true })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedByServerError);
    expect((error as Error).message).toMatch(/^stream: .*`perStep` option/);
    expect(wire.calls).toHaveLength(0);
  });

  it("with protocol auto, a 1.x-only call sends only the detection (GET /workflows)", async () => {
    const wire = createWireFetch(() => json({}));
    const workflow = new MastraClient({ fetch: wire.fetch }).getWorkflow("w");
    await expect(workflow.deleteRun("r")).rejects.toBeInstanceOf(UnsupportedByServerError);
    expect(wire.calls.map((c) => `${c.method} ${c.path}`)).toEqual(["GET /api/workflows"]);
  });
});

describe("checked before sending", () => {
  it.each([
    ["timeTravel without step", (w: Workflow) => w.timeTravel({ runId: "r" } as never)],
    [
      "timeTravelAsync with a context status that is no 1.x step status",
      (w: Workflow) =>
        w.timeTravelAsync({
          runId: "r",
          step: "b",
          context: { a: { status: "bogus" as never, output: 1 } },
        }),
    ],
    [
      "timeTravel with a nested context status that is no 1.x step status",
      (w: Workflow) =>
        w.timeTravel({
          runId: "r",
          step: "b",
          nestedStepsContext: { inner: { a: { status: "done" as never } } },
        }),
    ],
    ["observeStream with offset -1", (w: Workflow) => w.observeStream({ runId: "r", offset: -1 })],
    ["resumeStream with an empty step", (w: Workflow) => w.resumeStream({ runId: "r", step: "" })],
    ["runs with page but no perPage", (w: Workflow) => w.runs({ page: 1, status: "success" })],
    [
      "stream with both context names",
      (w: Workflow) => w.stream({ inputData: {}, requestContext: {}, runtimeContext: {} }),
    ],
  ])("%s: InvalidArgumentError, nothing sent", async (_, call) => {
    const { wire, workflow } = setup();
    await expect(call(workflow)).rejects.toMatchObject({ name: "InvalidArgumentError" });
    expect(wire.calls).toHaveLength(0);
  });
});
