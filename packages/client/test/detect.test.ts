/**
 * `protocol: "auto"`: the server generation is detected once, lazily, from `GET /workflows`, and
 * the calls then go to that generation's routes. Asserted on the wire.
 */
import { describe, expect, it } from "vitest";
import {
  AbortError,
  InvalidArgumentError,
  MastraClient,
  ServerError,
  classifyWorkflowList,
  type ProtocolOption,
} from "@wfkit/client";
import { createWireFetch, json, type Responder, type WireCall } from "./helpers/wire.js";

/** A `GET /workflows` entry as Mastra 1.x (server 1.69) sends it, trimmed. */
const v1Info = {
  name: "city-workflow",
  description: "Plans a trip",
  origin: "code",
  steps: { "validate-city": { id: "validate-city", component: "STEP" } },
  allSteps: {},
  stepGraph: [],
  options: {},
  isProcessorWorkflow: false,
};
/** The same entry as Mastra 0.10 sends it. */
const v0Info = {
  name: "city-workflow",
  steps: { "validate-city": { id: "validate-city" } },
  allSteps: {},
  stepGraph: [],
};

const isList = (call: WireCall) => call.method === "GET" && call.path === "/api/workflows";

function server(
  list: unknown,
  other: Responder = () => json({ runId: "r", status: "success", steps: {} }),
) {
  const wire = createWireFetch((call, i) => (isList(call) ? json(list) : other(call, i)));
  return wire;
}

function client(wire: ReturnType<typeof createWireFetch>, protocol?: ProtocolOption) {
  return new MastraClient({
    fetch: wire.fetch,
    retry: { retries: 0 },
    ...(protocol ? { protocol } : {}),
  });
}

describe("classifyWorkflowList", () => {
  it.each([
    ["a 1.x list", "v1", { testWorkflow: v1Info }],
    ["a 1.x entry with only step components", "v1", { w: { steps: { s: { component: "STEP" } } } }],
    [
      "a 1.x entry with only options",
      "v1",
      { w: { ...v0Info, options: { validateInputs: true } } },
    ],
    ["a 1.x entry with only an origin", "v1", { w: { ...v0Info, origin: "code" } }],
    ["a 0.x list", "v0", { testWorkflow: v0Info }],
    ["an empty list", "v0", {}],
    ["not a list", "v0", { message: "ok" }],
    ["an array", "v0", [v1Info]],
    ["null", "v0", null],
  ])("%s is %s", (_, expected, body) => {
    expect(classifyWorkflowList(body)).toBe(expected);
  });
});

describe('protocol: "auto"', () => {
  it("getWorkflows first: its own answer is the detection, so nothing extra is sent", async () => {
    const wire = server({ testWorkflow: v1Info });
    const c = client(wire);
    expect(await c.getWorkflows()).toEqual({ testWorkflow: v1Info });
    await c.getWorkflow("testWorkflow").runExecutionResult("r");
    expect(wire.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      "GET /api/workflows",
      "GET /api/workflows/testWorkflow/runs/r",
    ]);
    expect(await c.serverProtocol()).toBe("v1");
    expect(wire.calls).toHaveLength(2);
  });

  it("another call first: one GET /workflows (with the call's headers), then the call", async () => {
    const wire = server({ testWorkflow: v0Info }, () =>
      json({ status: "success", steps: {}, result: 1 }),
    );
    const workflow = client(wire).getWorkflow("testWorkflow");
    await workflow.runExecutionResult("r", { headers: { authorization: "Bearer t" } });
    await workflow.runExecutionResult("r");
    expect(wire.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      "GET /api/workflows",
      "GET /api/workflows/testWorkflow/runs/r/execution-result",
      "GET /api/workflows/testWorkflow/runs/r/execution-result",
    ]);
    expect(wire.calls[0]!.headers.get("authorization")).toBe("Bearer t");
  });

  it("concurrent first calls share one detection", async () => {
    const wire = server({ testWorkflow: v1Info }, (call) =>
      call.path.endsWith("/create-run")
        ? json({ runId: call.query.runId })
        : json({ status: "running", steps: {} }),
    );
    const c = client(wire);
    const workflow = c.getWorkflow("testWorkflow");
    await Promise.all([
      workflow.createRun({ runId: "a" }),
      workflow.runExecutionResult("a"),
      c.serverProtocol(),
      c.getWorkflows(),
    ]);
    expect(wire.calls.filter(isList)).toHaveLength(2); // the detection, and getWorkflows' own
    expect(wire.calls.map((call) => `${call.method} ${call.path}`).slice(0, 1)).toEqual([
      "GET /api/workflows",
    ]);
    expect(wire.calls.find((call) => call.path.includes("/runs/a"))?.query).toEqual({
      fields: "result,error,payload,steps",
    });
  });

  it("a failed detection fails the call, and the next call detects again", async () => {
    let lists = 0;
    const wire = createWireFetch((call) => {
      if (isList(call)) {
        lists++;
        return lists === 1 ? json({ error: "busy" }, 503) : json({ testWorkflow: v1Info });
      }
      return json({ message: "Workflow run cancelled" });
    });
    const workflow = client(wire).getWorkflow("testWorkflow");
    await expect(workflow.cancelRun("r")).rejects.toBeInstanceOf(ServerError);
    expect(await workflow.cancelRun("r")).toEqual({ message: "Workflow run cancelled" });
    expect(wire.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      "GET /api/workflows",
      "GET /api/workflows",
      "POST /api/workflows/testWorkflow/runs/r/cancel",
    ]);
  });

  it("a failed detection names the call the user made, not the detection GET", async () => {
    const wire = createWireFetch((call) =>
      isList(call) ? json({ error: "down for maintenance" }, 503) : json({ runId: "r" }),
    );
    const workflow = client(wire).getWorkflow("testWorkflow");
    const error = await workflow.createRun({ runId: "r" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 503, body: "down for maintenance" });
    expect((error as Error).message).toMatch(
      /^createRun \(POST \/workflows\/testWorkflow\/create-run\) failed: detecting the server generation: GET \/api\/workflows failed with 503: down for maintenance$/,
    );
    expect(wire.calls.map((call) => `${call.method} ${call.path}`)).toEqual(["GET /api/workflows"]);
  });

  it("a detection aborted by one caller's signal does not fail another caller", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const wire = createWireFetch(async (call) => {
      if (isList(call)) {
        await Promise.race([
          gate,
          new Promise((_, reject) => {
            if (call.signal.aborted) reject(call.signal.reason);
            call.signal.addEventListener("abort", () => reject(call.signal.reason));
          }),
        ]);
        return json({ testWorkflow: v1Info });
      }
      return json({ message: "Workflow run cancelled" });
    });
    const workflow = client(wire).getWorkflow("testWorkflow");
    const controller = new AbortController();
    const first = workflow.cancelRun("a", { signal: controller.signal });
    const second = workflow.cancelRun("b");
    controller.abort();
    await expect(first).rejects.toBeInstanceOf(AbortError);
    release();
    expect(await second).toEqual({ message: "Workflow run cancelled" });
    expect(wire.calls.filter(isList)).toHaveLength(2);
  });

  it("watch detects first, then reads 1.x's POST observe", async () => {
    const wire = server({ testWorkflow: v1Info }, (call) =>
      call.path.endsWith("/observe")
        ? new Response("")
        : json({ status: "success", payload: {}, steps: {}, result: 1 }),
    );
    const records = client(wire).getWorkflow("testWorkflow").watchRecords({ runId: "r" });
    const all = [];
    for await (const record of records) all.push(record);
    expect(all.map((r) => r.payload.workflowState.status)).toEqual(["success"]);
    expect(wire.calls.slice(0, 2).map((call) => `${call.method} ${call.path}`)).toEqual([
      "GET /api/workflows",
      "POST /api/workflows/testWorkflow/observe",
    ]);
  });
});

describe("a fixed protocol", () => {
  it.each(["v0", "v1"] as const)("%s sends no detection request", async (protocol) => {
    const wire = server({ testWorkflow: v1Info });
    const c = client(wire, protocol);
    expect(await c.serverProtocol()).toBe(protocol);
    await c.getWorkflow("testWorkflow").createRun({ runId: "r" });
    expect(wire.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      "POST /api/workflows/testWorkflow/create-run",
    ]);
  });

  it("anything else is an InvalidArgumentError", () => {
    expect(() => new MastraClient({ protocol: "v2" as ProtocolOption })).toThrow(
      InvalidArgumentError,
    );
  });
});
