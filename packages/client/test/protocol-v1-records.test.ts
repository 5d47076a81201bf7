/**
 * The 1.x event → watch record translation, fed with the byte-exact bodies captured from a real
 * Mastra 1.x server (copied from harness/mastra-1.x/test/fixtures).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { toWatchRecord } from "@wfkit/watch";
import { createV1RecordAccumulator, type RawWatchRecord } from "../src/protocol-v1-records.js";

const dir = fileURLToPath(new URL("./fixtures/v1/", import.meta.url));

/** An independent decoding of a 1.x body: split on U+001E, parse once. */
export function events(name: string): Record<string, any>[] {
  return readFileSync(dir + name, "utf8")
    .split("\u001e")
    .filter((piece) => piece.trim() !== "")
    .map((piece) => JSON.parse(piece) as Record<string, any>);
}

const describeRecord = (r: RawWatchRecord) =>
  `${r.payload.workflowState.status}/${r.payload.currentStep?.id ?? "-"}:${String(r.payload.currentStep?.status ?? "-")}`;

function translate(list: unknown[], runId: string, input?: unknown) {
  const accumulator = createV1RecordAccumulator({ runId, now: () => 0 });
  if (input !== undefined) accumulator.setInput(input);
  return list.flatMap((event) => accumulator.push(event));
}

const START = [
  "running/validate-city:running",
  "running/validate-city:success",
  "running/approval:running",
  "running/approval:suspended",
  "suspended/-:-",
];
const RESUME = [
  "running/approval:running",
  "running/approval:success",
  "running/finalize:running",
  "running/finalize:success",
  "success/-:-",
];

describe("createV1RecordAccumulator on captured 1.x streams", () => {
  it("stream until suspended: one record per step event, then the suspended state", () => {
    const records = translate(events("stream-city-start-until-suspended.bin"), "fixture-city-1");
    expect(records.map(describeRecord)).toEqual(START);
    const last = records.at(-1)!;
    expect(last.payload.workflowState.steps.approval).toMatchObject({
      status: "suspended",
      suspendPayload: { message: "Approve trip to Tokyo?", city: "Tokyo" },
    });
    // The event-only fields stay out of the step results.
    expect(records[0]!.payload.currentStep).toEqual({
      id: "validate-city",
      payload: { city: "Tokyo" },
      startedAt: 1795871338701,
      status: "running",
    });
  });

  it("every record is a valid watch record, timed by its step", () => {
    const list = events("stream-city-start-until-suspended.bin");
    const records = translate(list, "fixture-city-1", { city: "Tokyo" });
    for (const raw of records) {
      const record = toWatchRecord(raw);
      expect(record.runId).toBe("fixture-city-1");
      expect(record.payload.workflowState.input).toEqual({ city: "Tokyo" });
      expect(record.payload.workflowState.steps).not.toHaveProperty("input");
    }
    expect(records.map((r) => r.eventTimestamp)).toEqual([
      list[1]!.payload.startedAt,
      list[2]!.payload.endedAt,
      list[3]!.payload.startedAt,
      list[4]!.payload.suspendedAt,
      list[4]!.payload.suspendedAt, // the final record: the latest step time
    ]);
  });

  it("observe after success replays both phases; the final record has the result", () => {
    const records = translate(events("observe-city-after-success.bin"), "fixture-city-1");
    expect(records.map(describeRecord)).toEqual([...START, ...RESUME]);
    const final = records.at(-1)!.payload.workflowState;
    expect(final.result).toEqual({ summary: "Tokyo: approved by ana", approved: true });
    expect(Object.keys(final.steps)).toEqual(["validate-city", "approval", "finalize"]);
    // A resumed step's start replaces its result: 1.x drops the suspend fields, as its run state.
    expect(final.steps.approval).not.toHaveProperty("suspendedAt");
  });

  it("drops what it has seen: a replay adds nothing, a resume stream adds only the new phase", () => {
    const accumulator = createV1RecordAccumulator({ runId: "fixture-city-1" });
    const push = (list: unknown[]) => list.flatMap((e) => accumulator.push(e)).map(describeRecord);
    expect(push(events("stream-city-start-until-suspended.bin"))).toEqual(START);
    expect(push(events("stream-city-start-until-suspended.bin"))).toEqual([]);
    expect(push(events("observe-city-after-success.bin"))).toEqual(RESUME);
    expect(push(events("observe-city-after-success.bin"))).toEqual([]);
    expect(push(events("resume-stream-city-until-success.bin"))).toEqual([]);
  });

  it("a second suspension is reported although its finish event is byte-identical", () => {
    const list = events("stream-city-start-until-suspended.bin");
    const finish = list.at(-1)!;
    const again = [
      { ...list[3], payload: { ...list[3]!.payload, stepCallId: "second", startedAt: 2 } },
      {
        ...list[4],
        payload: { ...list[4]!.payload, stepCallId: "second", startedAt: 2, suspendedAt: 3 },
      },
      finish,
    ];
    const records = translate([...list, ...again], "fixture-city-1").map(describeRecord);
    expect(records).toEqual([
      ...START,
      "running/approval:running",
      "running/approval:suspended",
      "suspended/-:-",
    ]);
  });

  it("a failed step: its error becomes the run's error", () => {
    const records = translate(events("stream-city-fail.bin"), "fixture-city-fail-1");
    expect(records.map(describeRecord)).toEqual([
      "running/validate-city:running",
      "running/validate-city:failed",
      "failed/-:-",
    ]);
    expect(records.at(-1)!.payload.workflowState.error).toMatchObject({
      message: "City not found: FAIL",
    });
    const failing = translate(events("stream-failing-step.bin"), "fixture-fail-1");
    expect(failing.map(describeRecord).at(-1)).toBe("failed/-:-");
    expect(failing.at(-1)!.payload.workflowState.error).toMatchObject({ message: "kaboom" });
  });

  it("a sleep is a waiting step, whose result keeps the input and start time", () => {
    const list = events("stream-pipeline-sleep.bin");
    const sleepId = list.find((e) => e.type === "workflow-step-waiting")!.payload.id as string;
    const records = translate(list, "fixture-pipe-1");
    expect(records.map(describeRecord)).toEqual([
      "running/double:running",
      "running/double:success",
      `running/${sleepId}:waiting`,
      `running/${sleepId}:success`,
      "running/add-one:running",
      "running/add-one:success",
      "success/-:-",
    ]);
    expect(records[3]!.payload.currentStep).toMatchObject({
      payload: { value: 6 },
      startedAt: 1795871338892,
      endedAt: 1795871338944,
    });
    expect(records.at(-1)!.payload.workflowState.result).toEqual({ value: 7 });
  });

  it("ignores other runs, unknown event types and anything that is not an event", () => {
    const list = events("stream-city-start-until-suspended.bin");
    const accumulator = createV1RecordAccumulator({ runId: "another-run" });
    expect(list.flatMap((e) => accumulator.push(e))).toEqual([]);
    const mine = createV1RecordAccumulator({ runId: "r" });
    for (const junk of [null, 1, "x", [], {}, { type: 3 }, { type: "workflow-step-output" }]) {
      expect(mine.push(junk)).toEqual([]);
    }
    expect(mine.push({ type: "workflow-step-start", runId: "r", payload: {} })).toEqual([]);
    expect(mine.push({ type: "workflow-finish", payload: { workflowStatus: "paused" } })).toEqual(
      [],
    );
  });

  it("tripwire counts as failed; a finish without times is stamped by the clock", () => {
    const accumulator = createV1RecordAccumulator({ runId: "r", now: () => 42 });
    const [record] = accumulator.push({
      type: "workflow-finish",
      runId: "r",
      payload: { workflowStatus: "tripwire", metadata: { errorMessage: "blocked" } },
    });
    expect(record?.payload.workflowState).toMatchObject({ status: "failed", error: "blocked" });
    expect(record?.eventTimestamp).toBe(42);
  });
});
