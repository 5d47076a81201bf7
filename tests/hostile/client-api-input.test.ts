/**
 * Issue 11, the API layer: careless input fails with `InvalidArgumentError` before any request
 * (items 5, 14, 15, 16), objects keyed by server data have no prototype (item 6), the 1.x watch
 * remembers events by hash (item 12), and answers of the wrong shape are `InvalidResponseError`
 * (item 17). Asserted on the wire with an injected fetch, on both generations.
 */
import { describe, expect, it } from "vitest";
import { MastraClient, isInvalidArgumentError } from "@wfkit/client";
import { carelessInputCases } from "./helpers/careless-input.js";
import {
  createV1RecordAccumulator,
  hashText,
} from "../../packages/client/src/protocol-v1-records.js";

function wire(
  protocol: "v0" | "v1",
  answer: () => Response = () => Response.json({ message: "ok" }),
) {
  const calls: Request[] = [];
  const client = new MastraClient({
    protocol,
    retry: { retries: 0 },
    fetch: async (request) => {
      calls.push(request);
      return answer();
    },
  });
  return { calls, client, workflow: client.getWorkflow("w") };
}

describe.each(["v0", "v1"] as const)(
  "careless input on %s: InvalidArgumentError, nothing sent",
  (protocol) => {
    it.each(carelessInputCases)("%s", async (_, act) => {
      const { calls, client, workflow } = wire(protocol);
      const error = await (async () => act(workflow, client))().catch((e: unknown) => e);
      expect(isInvalidArgumentError(error)).toBe(true);
      expect(calls).toHaveLength(0);
    });

    it("the message names the path of the bad value", async () => {
      const { workflow } = wire(protocol);
      await expect(
        workflow.start({ runId: "r", inputData: { trip: { stops: [1, new Set()] } } }),
      ).rejects.toThrow("`inputData.trip.stops[1]` is a Set");
    });
  },
);

describe('objects keyed by server data have no prototype (a "__proto__" step key)', () => {
  const hostileSteps = JSON.parse(
    '{"__proto__": {"status": "success", "polluted": true}, "a": {"status": "success"}}',
  );

  it.each(["v0", "v1"] as const)("results and run states on %s", async (protocol) => {
    const body = { status: "success", steps: hostileSteps, result: 1 };
    const { workflow } = wire(protocol, () => Response.json(body));
    const result = await workflow.startAsync({ inputData: {} });
    expect(Object.getPrototypeOf(result.steps)).toBe(null);
    expect(Object.keys(result.steps)).toEqual(["__proto__", "a"]);
    expect((result.steps as Record<string, unknown>).polluted).toBeUndefined();
    const state = await workflow.runExecutionResult("r");
    expect(Object.keys(state.steps)).toEqual(["__proto__", "a"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("the 1.x record accumulator and runById's rebuilt snapshot", async () => {
    const accumulator = createV1RecordAccumulator({ runId: "r" });
    const records = accumulator.push({
      type: "workflow-step-start",
      runId: "r",
      payload: { id: "__proto__", status: "running", startedAt: 1, stepCallId: "c" },
    });
    const steps = records[0]!.payload.workflowState.steps;
    expect(Object.keys(steps)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(steps)).toBe(null);
    const { workflow } = wire("v1", () =>
      Response.json({
        runId: "r",
        workflowName: "w",
        status: "success",
        createdAt: "2026-01-01T00:00:00.000Z",
        updatedAt: "2026-01-01T00:00:00.000Z",
        steps: hostileSteps,
      }),
    );
    const run = await workflow.runById("r");
    const snapshot = run.snapshot as { context: Record<string, unknown> };
    expect(Object.keys(snapshot.context)).toContain("__proto__");
    expect(Object.getPrototypeOf(snapshot.context)).toBe(null);
  });
});

describe("the 1.x watch remembers events by hash, not by their text", () => {
  it("hashText gives a number, equal for equal texts", () => {
    const text = JSON.stringify({ type: "workflow-step-start", payload: { id: "a" } });
    expect(typeof hashText(text)).toBe("number");
    expect(hashText(text)).toBe(hashText(`${text}`));
    expect(hashText(text)).not.toBe(hashText(text.replace("a", "b")));
  });

  it("a replayed event is still dropped", () => {
    const accumulator = createV1RecordAccumulator({ runId: "r" });
    const event = {
      type: "workflow-step-result",
      runId: "r",
      payload: { id: "a", status: "success", output: "x".repeat(100_000), endedAt: 2 },
    };
    expect(accumulator.push(event)).toHaveLength(1);
    expect(accumulator.push(structuredClone(event))).toHaveLength(0);
  });
});

describe("answers of the wrong shape are InvalidResponseError", () => {
  it.each(["v0", "v1"] as const)('runById answering "hello" on %s', async (protocol) => {
    const { workflow } = wire(protocol, () => Response.json("hello"));
    await expect(workflow.runById("r")).rejects.toMatchObject({ code: "invalid_response" });
  });

  it.each(["v0", "v1"] as const)(
    "a resume acknowledged with another route's body (a 303 followed as a GET) on %s",
    async (protocol) => {
      const { workflow } = wire(protocol, () =>
        Response.json({ name: "city-workflow", steps: {} }),
      );
      await expect(
        workflow.resume({ runId: "r", step: "approval", preflight: false }),
      ).rejects.toMatchObject({ code: "invalid_response" });
    },
  );

  it("a run state without a status", async () => {
    const { workflow } = wire("v0", () => Response.json({ steps: {} }));
    await expect(workflow.runExecutionResult("r")).rejects.toMatchObject({
      code: "invalid_response",
    });
  });
});
