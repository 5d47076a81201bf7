/**
 * The seed's five documented flows, built from the lines of `seed-snippets.md` (extracted, never
 * re-typed; each program adds only its import line), against fake 0.x, fake 1.x, real Mastra
 * 0.10.15 and real Mastra 1.x. The seed's `new MastraClient()` (default baseUrl) reaches the
 * target because the import line imports the client under test bound to the target's URL
 * (`seed-env.ts`): no seed line is changed.
 *
 * "What the upstream client sees": on real 0.10.15 the same programs run with
 * `@mastra/client-js` 0.10.23 and must see the same; on 1.x (whose upstream client has no
 * `watch`) wfkit must see what it sees on 0.10.15 for the same flow.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { MastraClient } from "@wfkit/client";
import { FLOWS, runFlow, suspendedRun, type FlowName, type FlowView } from "./flows.js";

const targets = inject("targets");
const TARGETS = Object.keys(targets) as (keyof typeof targets)[];

/**
 * The step moves that differ between the generations only in what a watch can observe: a 1.x
 * watch opened on a suspended run also reports the steps done before it, and 1.x's resume stream
 * reports the resumed step `running` again (0.10's watch does not). Every other move (the other
 * `running` ones included: on 1.x the watched start and resume go through the stream routes and
 * arrive live) must be the same.
 */
const acrossGenerations = (name: FlowName, moves: string[]): string[] =>
  moves.filter(
    (m) =>
      !(
        name.startsWith("5.") &&
        ["validate-city:success", "approval:suspended", "approval:running"].includes(m)
      ),
  );

/** What both clients show alike: statuses, steps, results; no timestamps or wire extras. */
function summary(name: FlowName, view: FlowView, crossGeneration = false): unknown {
  const last = view.results.at(-1) as { value?: Record<string, unknown>; error?: unknown };
  const value = last?.value;
  switch (name) {
    case "1. list and details": {
      const steps = value?.steps as Record<string, unknown>;
      return { name: value?.name, steps: Object.keys(steps ?? {}) };
    }
    case "2. createRun + startAsync":
    case "3. resumeAsync":
      return { status: value?.status, result: value?.result };
    default: {
      const moves = view.records
        .filter((r) => r.step !== undefined)
        .map((r) => `${r.step}:${r.stepStatus}`);
      const seen = [...new Set(moves)];
      return {
        moves: crossGeneration ? acrossGenerations(name, seen) : seen,
        last: view.records.at(-1)?.status,
      };
    }
  }
}

const stopped = (status: string) => (records: { status: string }[]) =>
  records.at(-1)?.status === status;

/** Runs a flow on a target with a client, preparing the suspended run flows 3 and 5 need. */
async function flow(
  name: FlowName,
  baseUrl: string,
  client: "wfkit" | "upstream",
  Client: new (options: { baseUrl: string }) => object,
): Promise<FlowView> {
  const needsRun = name.startsWith("3.") || name.startsWith("5.");
  const prevRunId = needsRun ? await suspendedRun(baseUrl) : undefined;
  const settleOn = name.startsWith("4.") ? "suspended" : "success";
  const view = await runFlow(name, {
    client,
    Client,
    baseUrl,
    ...(prevRunId ? { prevRunId } : {}),
    watchSettled: stopped(settleOn),
  });
  // Upstream's watch on a suspended run stays open: finish the run so its stream ends.
  const created = view.results.find((r) => r.method === "createRun")?.value as { runId?: string };
  if (client === "upstream" && settleOn === "suspended" && created?.runId) {
    await new MastraClient({ baseUrl })
      .getWorkflow("testWorkflow")
      .resumeAsync({ runId: created.runId, step: "approval", resumeData: { approved: true } });
  }
  return view;
}

const wfkitViews = new Map<string, FlowView>();
const NAMES = Object.keys(FLOWS) as FlowName[];

describe.each(TARGETS)("the seed's flows on %s, run by wfkit", (target) => {
  const baseUrl = targets[target];

  it.each(NAMES)("%s", async (name) => {
    const view = await flow(name, baseUrl, "wfkit", MastraClient as never);
    wfkitViews.set(`${target}|${name}`, view);
    const last = view.results.at(-1)!;
    expect(last.error).toBeUndefined();
    const value = last.value as Record<string, unknown>;
    switch (name) {
      case "1. list and details":
        expect(value.name).toBe("city-workflow");
        expect(Object.keys(value.steps as object)).toEqual([
          "validate-city",
          "approval",
          "finalize",
        ]);
        break;
      case "2. createRun + startAsync":
        expect(value.status).toBe("suspended");
        expect(value.suspended).toEqual([["approval"]]);
        // issue 10 item 2: the result names its run, so it can be resumed
        expect(value.runId).toMatch(/^[0-9a-f-]{36}$/);
        break;
      case "3. resumeAsync":
        expect(value.status).toBe("success");
        break;
      case "4. watch, then start":
        expect(view.records.at(-1)?.status).toBe("suspended");
        expect(
          view.records.some((r) => r.step === "approval" && r.stepStatus === "suspended"),
        ).toBe(true);
        break;
      case "5. createRun({ runId }), watch, then resume":
        // issue 10 item 1: the watch opened on the suspended run sees the resume's records
        expect(view.records.some((r) => r.step === "finalize")).toBe(true);
        expect(view.records.at(-1)?.status).toBe("success");
        break;
    }
  });
});

describe("wfkit sees what the upstream client sees", () => {
  let Upstream: new (options: { baseUrl: string }) => object;
  beforeAll(async () => {
    const require = createRequire(`${inject("contendersDir")}package.json`);
    const entry = require.resolve("@mastra/client-js");
    Upstream = ((await import(pathToFileURL(entry).href)) as { MastraClient: never }).MastraClient;
  });

  it.each(NAMES)("%s: on real 0.10.15, the same as @mastra/client-js 0.10.23", async (name) => {
    const baseUrl = targets["real 0.10.15"];
    const upstream = await flow(name, baseUrl, "upstream", Upstream);
    const wfkit =
      wfkitViews.get(`real 0.10.15|${name}`) ??
      (await flow(name, baseUrl, "wfkit", MastraClient as never));
    expect(summary(name, wfkit)).toEqual(summary(name, upstream));
  });

  it.each(NAMES)("%s: on real 1.x, what wfkit sees on 0.10.15", async (name) => {
    const on1x =
      wfkitViews.get(`real 1.x|${name}`) ??
      (await flow(name, targets["real 1.x"], "wfkit", MastraClient as never));
    const on010 =
      wfkitViews.get(`real 0.10.15|${name}`) ??
      (await flow(name, targets["real 0.10.15"], "wfkit", MastraClient as never));
    expect(summary(name, on1x, true)).toEqual(summary(name, on010, true));
  });
});
