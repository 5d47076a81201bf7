import { createFakeServer } from "@wfkit/test-utils";
import { describe, expect, it } from "vitest";
import { compareResults, coversObservation, staleKnownDifferences } from "../src/compare.js";
import { decodeWatchBody, describeRecord } from "../src/context.js";
import { diffValues } from "../src/diff.js";
import {
  knownDifferences,
  knownDifferencesOf,
  type KnownDifference,
} from "../src/known-differences.js";
import { normalise, normaliseString } from "../src/normalise.js";
import { runScenario, scenariosFor } from "../src/run.js";
import { scenarios } from "../src/scenarios/index.js";
import type { ScenarioResult } from "../src/types.js";

const result = (target: string, observations: Record<string, unknown>): ScenarioResult => ({
  scenarioId: "demo/scenario",
  target,
  durationMs: 1,
  observations: Object.entries(observations).map(([label, value]) => ({
    label,
    value: normalise(value),
  })),
});

describe("normalise", () => {
  it("replaces clock readings by their kind, keeps statuses, outputs and the first line of errors", () => {
    const stack = "Error: kaboom\n    at DefaultExecutionEngine.executeStep (file:///app/x.js:1:1)";
    expect(
      normalise({
        status: "failed",
        startedAt: 1,
        endedAt: 2,
        steps: { boom: { status: "failed", error: stack, suspendedAt: 3, resumedAt: 4 } },
        createdAt: "2026-01-01T00:00:00.000Z",
        updatedAt: "2026-01-01T00:00:00.000Z",
        eventTimestamp: new Date(0),
        error: { message: "kaboom", name: "Error", stack },
        output: { value: 41 },
        missing: undefined,
      }),
    ).toEqual({
      status: "failed",
      startedAt: "<epoch-ms>",
      endedAt: "<epoch-ms>",
      steps: {
        boom: {
          status: "failed",
          error: "Error: kaboom",
          suspendedAt: "<epoch-ms>",
          resumedAt: "<epoch-ms>",
        },
      },
      createdAt: "<iso-date>",
      updatedAt: "<iso-date>",
      eventTimestamp: "<date>",
      error: { message: "kaboom", name: "Error" },
      output: { value: 41 },
    });
    // Different clocks, same shape: equal. A missing timestamp: a difference.
    expect(diffValues(normalise({ startedAt: 1 }), normalise({ startedAt: 2 }))).toEqual([]);
    expect(diffValues(normalise({ startedAt: 1 }), normalise({}))).toHaveLength(1);
  });

  it("replaces the scenario's run ids and any other UUID, in values and keys", () => {
    const runIds = new Map([["conf-x-run-1234abcd", "<run:run>"]]);
    expect(
      normalise(
        {
          runId: "conf-x-run-1234abcd",
          message: "run conf-x-run-1234abcd not found",
          steps: { "sleep_b619e978-b01b-4451-962f-dd9a86aea94d": { status: "success" } },
          other: "7ed66aad-c03f-41bf-91a8-2302ecea2260",
        },
        { runIds },
      ),
    ).toEqual({
      runId: "<run:run>",
      message: "run <run:run> not found",
      steps: { "sleep_<uuid>": { status: "success" } },
      other: "<uuid>",
    });
    expect(normaliseString("plain text")).toBe("plain text");
  });

  it("parses JSON-Schema strings so key order inside them does not matter", () => {
    const a = normalise({ inputSchema: '{"json":{"type":"object","required":["city"]}}' });
    const b = normalise({ inputSchema: '{"json":{"required":["city"],"type":"object"}}' });
    expect(diffValues(a, b)).toEqual([]);
    expect(diffValues(a, normalise({ inputSchema: '{"json":{"type":"string"}}' }))).not.toEqual([]);
  });
});

describe("diffValues", () => {
  it("ignores object key order and reports each differing path", () => {
    expect(diffValues({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toEqual([]);
    expect(diffValues({ a: 1, b: [1, 2], c: "x" }, { a: 2, b: [2, 1], d: "y" })).toEqual([
      { path: "$.a", expected: 1, actual: 2 },
      { path: "$.b[0]", expected: 1, actual: 2 },
      { path: "$.b[1]", expected: 2, actual: 1 },
      { path: "$.c", expected: "x", actual: undefined },
      { path: "$.d", expected: undefined, actual: "y" },
    ]);
    expect(diffValues({ "step-id": { "a b": 1 } }, { "step-id": { "a b": 2 } })[0]?.path).toBe(
      '$.step-id["a b"]',
    );
  });
});

describe("compareResults", () => {
  const known: KnownDifference = {
    scenario: "demo/scenario",
    observations: ["server*"],
    differs: "real dies",
    why: "a bug",
  };

  it("fails on any difference that no known difference covers", () => {
    const comparison = compareResults(
      result("real", { status: "success", alive: false, onlyReal: 1 }),
      result("fake", { status: "failed", alive: false }),
    );
    expect(comparison.agreed).toBe(1);
    expect(comparison.unexplained.map((m) => m.label)).toEqual(["status", "onlyReal"]);
  });

  it("accepts a difference covered by a known difference, and notices stale entries", () => {
    const comparison = compareResults(
      result("real", { "server after resume()": false }),
      result("fake", { "server after resume()": true }),
      [known],
    );
    expect(comparison.unexplained).toEqual([]);
    expect(comparison.mismatches[0]?.known).toBe(known);
    expect(staleKnownDifferences([known], [comparison])).toEqual([]);

    const agreeing = compareResults(result("real", { x: 1 }), result("fake", { x: 1 }), [known]);
    expect(staleKnownDifferences([known], [agreeing])).toEqual([known]);
  });

  it("matches labels exactly or by prefix", () => {
    expect(coversObservation(known, "demo/scenario", "server after resume()")).toBe(true);
    expect(coversObservation(known, "demo/other", "server after resume()")).toBe(false);
    expect(coversObservation({ ...known, observations: ["a"] }, "demo/scenario", "ab")).toBe(false);
  });
});

describe("watch bodies", () => {
  it("decodes double- and single-encoded records and flags broken ones", () => {
    const event = { type: "watch", payload: { workflowState: { status: "success" } } };
    const body = `${JSON.stringify(JSON.stringify(event))}\u001e${JSON.stringify(event)}\u001e{bad\u001e`;
    expect(decodeWatchBody(body)).toEqual({
      encodings: ["double", "single", "invalid"],
      records: [event, event, "{bad"],
      endsWithSeparator: true,
    });
    expect(decodeWatchBody("").records).toEqual([]);
  });

  it("describes a record by run status, step id and step status", () => {
    expect(
      describeRecord({
        payload: {
          currentStep: { id: "approval", status: "suspended" },
          workflowState: { status: "running" },
        },
      }),
    ).toBe("running/approval:suspended");
    expect(
      describeRecord({ payload: { workflowState: { status: "success" } }, synthetic: true }),
    ).toBe("success/- (synthetic)");
  });
});

describe("the scenario list", () => {
  it("has unique ids and covers the three sample workflows", () => {
    const ids = scenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const used = new Set(scenarios.flatMap((s) => s.workflows));
    expect([...used].sort()).toEqual(["failingWorkflow", "pipelineWorkflow", "testWorkflow"]);
  });

  it("has known differences only for scenarios of their generation, each with a reason", () => {
    for (const generation of ["0.x", "1.x"] as const) {
      const ids = new Set(scenariosFor(scenarios, generation).applicable.map((s) => s.id));
      for (const entry of knownDifferencesOf(generation)) {
        expect(ids.has(entry.scenario), `${generation}: ${entry.scenario}`).toBe(true);
        expect(entry.observations.length).toBeGreaterThan(0);
        expect(entry.differs.length).toBeGreaterThan(10);
        expect(entry.why.length).toBeGreaterThan(10);
        expect(entry.temporary, "no fake-server bug is waiting for a fix").toBeUndefined();
      }
    }
  });

  it("runs most scenarios of the shared surface on both generations; the others say why not", () => {
    const zero = scenariosFor(scenarios, "0.x");
    const one = scenariosFor(scenarios, "1.x");
    expect(zero.applicable.length + zero.notApplicable.length).toBe(scenarios.length);
    for (const { scenario, why } of [...zero.notApplicable, ...one.notApplicable]) {
      expect(why.length, scenario.id).toBeGreaterThan(20);
      expect(Object.keys(scenario.notIn ?? {}).length, "applies to some generation").toBe(1);
    }
    // Scenarios of routes only 1.x has are named `v1/…`; every other scenario is of the surface
    // both generations share, and most of those run on both.
    expect(zero.notApplicable.every(({ scenario }) => scenario.id.startsWith("v1/"))).toBe(true);
    const shared = scenarios.filter((s) => !s.id.startsWith("v1/"));
    const both = shared.filter((s) => s.notIn === undefined);
    expect(both.length).toBeGreaterThan(shared.length * 0.9);
    expect(one.notApplicable.map(({ scenario }) => scenario.id)).toEqual([
      "send-event/suspended",
      "send-event/unknown",
    ]);
  });

  it("reports a scenario of another generation as not applicable, without running it", async () => {
    const only1x = scenarios.find((s) => s.id === "v1/observe")!;
    let fetched = 0;
    const result = await runScenario(
      only1x,
      {
        name: "fake",
        connection: {
          baseUrl: "http://127.0.0.1:9",
          fetch: async () => {
            fetched++;
            return new Response("");
          },
          close: async () => {},
        },
      },
      { generation: "0.x" },
    );
    expect(result.skipped).toMatch(/^not on 0\.x: /);
    expect([result.observations, fetched]).toEqual([[], 0]);
  });
});

describe("the comparison can fail", () => {
  it("catches a fake whose watch replays and closes (mode 'sane') where Mastra's does not", async () => {
    await using mastraLike = await createFakeServer({ listen: true, clock: "real" });
    await using sane = await createFakeServer({ listen: true, clock: "real", mode: "sane" });
    for (const id of ["watch/finished", "watch/unknown-run"]) {
      const scenario = scenarios.find((s) => s.id === id)!;
      const [expected, actual] = await Promise.all([
        runScenario(scenario, {
          name: "mastra-mode",
          connection: { baseUrl: mastraLike.url, close: async () => {} },
        }),
        runScenario(scenario, {
          name: "sane-mode",
          connection: { baseUrl: sane.url, close: async () => {} },
        }),
      ]);
      const comparison = compareResults(expected, actual, knownDifferences);
      expect(comparison.unexplained.length, id).toBeGreaterThan(0);
    }
  }, 20_000);
});
