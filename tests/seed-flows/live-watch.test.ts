/**
 * Issue 13, "Live watching on 1.x": the seed's watch-then-start and watch-then-resume flows, run
 * verbatim from the seed's lines on real Mastra 1.x and the fake 1.x, deliver every step
 * transition (the intermediate `running` ones included) as live records, none rebuilt from
 * polling, in the order the run made them. On 0.10.15 the same flows are the reference.
 */
import { describe, expect, inject, it } from "vitest";
import { MastraClient } from "@wfkit/client";
import { runFlow, suspendedRun, type FlowName, type SeenRecord } from "./flows.js";

const targets = inject("targets");

const moves = (records: SeenRecord[]): string[] =>
  records.map((r) => (r.step === undefined ? `run:${r.status}` : `${r.step}:${r.stepStatus}`));

async function watched(name: FlowName, baseUrl: string): Promise<SeenRecord[]> {
  const prevRunId = name.startsWith("5.") ? await suspendedRun(baseUrl) : undefined;
  const view = await runFlow(name, {
    client: "wfkit",
    Client: MastraClient as never,
    baseUrl,
    ...(prevRunId ? { prevRunId } : {}),
  });
  for (const result of view.results) expect(result.error).toBeUndefined();
  return view.records;
}

describe.each(["real 1.x", "fake 1.x"] as const)("live watching on %s", (target) => {
  it("watch, then start: every transition of the run, live, in order", async () => {
    const records = await watched("4. watch, then start", targets[target]);
    expect(moves(records)).toEqual([
      "validate-city:running",
      "validate-city:success",
      "approval:running",
      "approval:suspended",
      "run:suspended",
    ]);
    expect(records.filter((r) => r.synthetic)).toEqual([]);
  });

  it("createRun({ runId }), watch, then resume: the resume's transitions, live, in order", async () => {
    const records = await watched("5. createRun({ runId }), watch, then resume", targets[target]);
    expect(moves(records)).toEqual([
      "approval:running",
      "approval:success",
      "finalize:running",
      "finalize:success",
      "run:success",
    ]);
    expect(records.filter((r) => r.synthetic)).toEqual([]);
  });
});
