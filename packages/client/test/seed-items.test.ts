/**
 * Issue 10's client items on the wire (injected fetch, both generations): runId in results,
 * context objects, the resume preflight, aborts that end a watch at once, records with a
 * `WorkflowError`, and paging. The same items run on real servers in tests/seed-flows.
 */
import { describe, expect, it } from "vitest";
import { MastraClient, isAbortError, isWfkitError, type WatchRecord } from "@wfkit/client";
import { createWireFetch, json, type Responder } from "./helpers/wire.js";

const RECORD_SEPARATOR = "\x1e";

function setup(protocol: "v0" | "v1", responder: Responder, signal?: AbortSignal) {
  const wire = createWireFetch(responder);
  const client = new MastraClient({
    fetch: wire.fetch,
    protocol,
    retry: { retries: 0 },
    ...(signal ? { signal } : {}),
  });
  return { wire, workflow: client.getWorkflow("testWorkflow") };
}

const suspendedState = (steps: Record<string, unknown>) => ({
  status: "suspended",
  steps: { input: { city: "Lima" }, ...steps },
});
const isState = (path: string) => /\/runs\/r(\/execution-result)?$/.test(path);

describe.each(["v0", "v1"] as const)("on the %s wire", (protocol) => {
  it("startAsync and resumeAsync results carry runId; runExecutionResult too", async () => {
    const { wire, workflow } = setup(protocol, (call) =>
      isState(call.path)
        ? json(suspendedState({ approval: { status: "suspended" } }))
        : json({ status: "success", steps: {}, result: 1 }),
    );
    const started = await workflow.startAsync({ inputData: { city: "Lima" } });
    expect(started.runId).toBe(wire.calls[0]!.query.runId);
    const resumed = await workflow.resumeAsync({ runId: "r", step: "approval" });
    expect(resumed.runId).toBe("r");
    expect((await workflow.runExecutionResult("r")).runId).toBe("r");
  });

  it("a Map or a RuntimeContext-like object is sent as its entries", async () => {
    const { wire, workflow } = setup(protocol, () => json({ message: "ok" }));
    const key = protocol === "v0" ? "runtimeContext" : "requestContext";
    class RuntimeContext {
      registry = new Map<string, unknown>([["user", "ana"]]);
      entries() {
        return this.registry.entries();
      }
    }
    await workflow.start({ runId: "r", inputData: {}, runtimeContext: new RuntimeContext() });
    await workflow.start({ runId: "r", inputData: {}, requestContext: new Map([["tier", 2]]) });
    expect((wire.calls[0]!.body as Record<string, unknown>)[key]).toEqual({ user: "ana" });
    expect((wire.calls[1]!.body as Record<string, unknown>)[key]).toEqual({ tier: 2 });
  });

  it.each([
    ["a finished run", { status: "success", steps: {} }, { step: "approval" }, "run_not_suspended"],
    [
      "a step that is not suspended",
      suspendedState({ approval: { status: "suspended" }, other: { status: "success" } }),
      { step: "other" },
      "step_not_suspended",
    ],
    [
      "no step with two suspended",
      suspendedState({ a: { status: "suspended" }, b: { status: "suspended" } }),
      {},
      "step_ambiguous",
    ],
  ] as const)("resume of %s fails before the POST with %s", async (_, state, params, code) => {
    const { wire, workflow } = setup(protocol, () => json(state));
    const error = await workflow.resume({ runId: "r", ...params }).catch((e: unknown) => e);
    expect(isWfkitError(error) && error.code).toBe(code);
    expect(wire.calls.map((c) => c.method)).toEqual(["GET"]);
    expect(String((error as Error).message)).toContain(state.status);
  });

  it("step omitted resumes the only suspended step; preflight: false sends no GET", async () => {
    const { wire, workflow } = setup(protocol, (call) =>
      call.method === "GET"
        ? json(suspendedState({ approval: { status: "suspended" } }))
        : json({ message: "resumed" }),
    );
    await workflow.resume({ runId: "r", resumeData: { approved: true } });
    expect(wire.calls.at(-1)!.body).toMatchObject({ step: "approval" });
    wire.calls.length = 0;
    const sent = workflow.resume({ runId: "r", step: "approval", preflight: false });
    await sent;
    expect(wire.calls.map((c) => c.method)).toEqual(["POST"]);
  });

  it("runs({ limit: 2 }) asks the server for one page", async () => {
    const { wire, workflow } = setup(protocol, () => json({ runs: [], total: 0 }));
    await workflow.runs({ limit: 2 });
    expect(wire.calls[0]!.query).toEqual(
      protocol === "v0" ? { limit: "2", offset: "0" } : { perPage: "2", page: "0" },
    );
  });
});

describe("resume with preflight: false and no step", () => {
  it("is sent without a step on 1.x", async () => {
    const { wire, workflow } = setup("v1", () => json({ message: "resumed" }));
    await workflow.resume({ runId: "r", preflight: false });
    expect(wire.calls[0]!.body).toEqual({});
  });
  it("is a typed error on 0.x, with nothing sent", async () => {
    const { wire, workflow } = setup("v0", () => json({ message: "resumed" }));
    const error = await workflow.resume({ runId: "r", preflight: false }).catch((e) => e);
    expect(isWfkitError(error) && error.code).toBe("invalid_argument");
    expect(wire.calls).toHaveLength(0);
  });
});

/** A watch body that sends `records` and then stays open until its request is aborted. */
function openWatch(records: unknown[], signal: AbortSignal): Response {
  const text = records.map((r) => JSON.stringify(r) + RECORD_SEPARATOR).join("");
  return new Response(
    new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        signal.addEventListener("abort", () => controller.error(signal.reason), { once: true });
      },
    }),
  );
}

const runningRecord = {
  type: "watch",
  runId: "r",
  eventTimestamp: 1,
  payload: {
    currentStep: { id: "a", status: "running" },
    workflowState: { status: "running", steps: {}, result: null, error: null },
  },
};

describe("aborts end a watch at once, with the abort error, and no further request", () => {
  it.each(["per-call signal", "client-wide signal"] as const)("%s", async (which) => {
    const controller = new AbortController();
    const { wire, workflow } = setup(
      "v0",
      (call) =>
        call.path.endsWith("/watch")
          ? openWatch([runningRecord], call.signal)
          : json({ status: "running", steps: {} }),
      which === "client-wide signal" ? controller.signal : undefined,
    );
    const seen: WatchRecord[] = [];
    const handle = await workflow.watch(
      { runId: "r", follow: true },
      (record) => {
        seen.push(record);
      },
      which === "per-call signal" ? { signal: controller.signal } : {},
    );
    while (seen.length === 0) await new Promise((r) => setTimeout(r, 0));
    const before = wire.calls.length;
    controller.abort();
    const error = await handle.done.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(wire.calls.length).toBe(before);
  });
});

describe("workflowState.error in watch records is a WorkflowError on both wires", () => {
  it("a 0.x stack string becomes { name, message, stack }", async () => {
    const stack = "Error: City not found: Atlantis\n    at execute (/app/w.js:1:1)";
    const failed = {
      ...runningRecord,
      payload: { workflowState: { status: "failed", steps: {}, result: null, error: stack } },
    };
    const { workflow } = setup("v0", (call) =>
      call.path.endsWith("/watch")
        ? new Response(JSON.stringify(failed) + RECORD_SEPARATOR)
        : json({ status: "failed", steps: {}, error: stack }),
    );
    const records: WatchRecord[] = [];
    for await (const record of workflow.watchRecords({ runId: "r" })) records.push(record);
    expect(records.at(-1)!.payload.workflowState.error).toEqual({
      name: "Error",
      message: "City not found: Atlantis",
      stack,
    });
  });
});

describe("step errors in watch records are WorkflowErrors too", () => {
  it("a 0.x stack string on a step and on currentStep becomes { name, message, stack }", async () => {
    const stack = "Error: City not found: Atlantis\n    at execute (/app/w.js:1:1)";
    const step = { status: "failed", startedAt: 1, endedAt: 2, error: stack };
    const failedStep = {
      ...runningRecord,
      payload: {
        currentStep: { id: "validate-city", ...step },
        workflowState: { status: "running", steps: { "validate-city": step } },
      },
    };
    const { workflow } = setup("v0", (call) =>
      call.path.endsWith("/watch")
        ? new Response(JSON.stringify(failedStep) + RECORD_SEPARATOR)
        : json({ status: "running", steps: { "validate-city": step } }),
    );
    const records: WatchRecord[] = [];
    const iterator = workflow.watchRecords({ runId: "r" });
    for await (const record of iterator) {
      records.push(record);
      break;
    }
    const expected = { name: "Error", message: "City not found: Atlantis", stack };
    expect(records[0]!.payload.currentStep?.error).toEqual(expected);
    expect(records[0]!.payload.workflowState.steps["validate-city"]?.error).toEqual(expected);
  });
});

describe("one name for the server generation", () => {
  it('generation: "1.x" speaks 1.x; serverGeneration() names it; protocol: "v0" still works', async () => {
    const wire = createWireFetch(() => json({ runId: "r", status: "success", steps: {} }));
    const client = new MastraClient({ fetch: wire.fetch, generation: "1.x" });
    await client.getWorkflow("w").runExecutionResult("r");
    expect(wire.calls[0]!.path).toBe("/api/workflows/w/runs/r");
    expect(await client.serverGeneration()).toBe("1.x");
    const old = new MastraClient({ fetch: wire.fetch, protocol: "v0" });
    expect(await old.serverGeneration()).toBe("0.x");
    expect(await old.serverProtocol()).toBe("v0");
  });

  it("generation and protocol together, or an unknown generation, are InvalidArgumentError", () => {
    expect(() => new MastraClient({ generation: "1.x", protocol: "v1" })).toThrow(/not both/);
    expect(() => new MastraClient({ generation: "2.x" as never })).toThrow(/generation must be/);
  });
});
