/**
 * Recovery of `workflow.watch` / `watchRecords` over real HTTP, against the fake server's fault
 * injection: dropped connections, stalls and bad records.
 */
import { describe, expect, it } from "vitest";
import { MastraClient, RecordParseError, type WatchRecord } from "@wfkit/client";
import { cityWorkflow, createFakeServer, type Fault } from "@wfkit/test-utils";

/** A fault without its matching rules (they are set to the watch route, once). */
type WatchFault = Fault extends infer F
  ? F extends Fault
    ? Omit<F, "match" | "times">
    : never
  : never;

const describeRecord = (r: WatchRecord) =>
  `${r.payload.workflowState.status}/${r.payload.currentStep?.id ?? "-"}:${r.payload.currentStep?.status ?? "-"}`;

const FULL_START = [
  "running/validate-city:running",
  "running/validate-city:success",
  "running/approval:running",
  "running/approval:suspended",
  "suspended/-:-",
];

/** A fake server over real HTTP with `fault` on its watch route, and the city workflow's handle. */
async function serve(mode: "mastra" | "sane", fault: WatchFault) {
  const server = await createFakeServer({
    workflows: { testWorkflow: cityWorkflow },
    listen: true,
    clock: "real",
    mode,
    validateResponses: true,
  });
  server.inject({ ...fault, times: 1, match: { operationId: "watchWorkflowRun" } } as Fault);
  const workflow = new MastraClient({ baseUrl: server.url }).getWorkflow("testWorkflow");
  return { server, workflow };
}

/** Creates a run, watches it (connected before the start), starts it, and collects every record. */
async function watchedStart(
  workflow: Awaited<ReturnType<typeof serve>>["workflow"],
  options: Omit<Parameters<typeof workflow.watchRecords>[0], "runId">,
  city: string,
): Promise<WatchRecord[]> {
  const { runId } = await workflow.createRun();
  const records = workflow.watchRecords({ runId, ...options });
  await records.ready;
  await workflow.start({ runId, inputData: { city } });
  const all: WatchRecord[] = [];
  for await (const record of records) all.push(record);
  return all;
}

describe("a watch connection dropped mid-stream", () => {
  it("loses and duplicates nothing when the server replays (sane mode)", async () => {
    const { server, workflow } = await serve("sane", { type: "drop-watch", afterRecords: 2 });
    await using _ = server;
    const errors: unknown[] = [];
    const records = await watchedStart(
      workflow,
      { reconnect: { baseDelayMs: 10 }, onError: (e) => errors.push(e) },
      "Oslo",
    );
    expect(records.map(describeRecord)).toEqual(FULL_START);
    expect(errors.length).toBeGreaterThan(0); // the drop was reported, not hidden
    expect(server.violations).toEqual([]);
  });

  it("rebuilds what the dropped connection missed when the server does not replay (Mastra)", async () => {
    const { server, workflow } = await serve("mastra", { type: "drop-watch", afterRecords: 2 });
    await using _ = server;
    const all = await watchedStart(workflow, { reconnect: { baseDelayMs: 10 } }, "Oslo");
    const seen = all.map(describeRecord);
    // Whatever the drop swallowed, every step's outcome and the final state are still seen, in
    // order and once each (rebuilt from the run state where the wire lost them).
    const outcomes = seen.filter((s) => !s.endsWith(":running"));
    expect(outcomes).toEqual([
      "running/validate-city:success",
      "running/approval:suspended",
      "suspended/-:-",
    ]);
    expect(seen.at(-1)).toBe("suspended/-:-");
    expect(new Set(seen).size).toBe(seen.length);
    expect(all.at(-1)?.payload.workflowState.steps.approval?.suspendPayload).toEqual({
      message: "Approve trip to Oslo?",
      city: "Oslo",
    });
  });
});

describe("a stalled watch", () => {
  it("is reconciled from the run state instead of hanging", async () => {
    const { server, workflow } = await serve("mastra", { type: "stall-watch", afterRecords: 1 });
    await using _ = server;
    const seen = (await watchedStart(workflow, { stallTimeoutMs: 100 }, "Lima")).map(
      describeRecord,
    );
    expect(seen[0]).toBe("running/validate-city:running");
    expect(seen.at(-1)).toBe("suspended/-:-");
  });
});

describe("a truncated record", () => {
  it("is skipped and reported as a RecordParseError; its step outcome is rebuilt once, in order", async () => {
    const { server, workflow } = await serve("mastra", { type: "truncate-record", record: 1 });
    await using _ = server;
    const errors: unknown[] = [];
    const records = await watchedStart(workflow, { onError: (e) => errors.push(e) }, "Lima");
    expect(errors.some((e) => e instanceof RecordParseError)).toBe(true);
    expect(records.map(describeRecord)).toEqual(FULL_START);
    expect(records[1]?.synthetic).toBe(true);
  });
});
