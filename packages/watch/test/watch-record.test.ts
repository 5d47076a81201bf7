import { describe, expect, it } from "vitest";
import {
  RUN_STATUSES,
  RecordParseError,
  isTerminalStatus,
  parseRecordStream,
  toWatchRecord,
} from "@wfkit/watch";
import { FIXTURE_NAMES, collect, readFixture, trackedStream } from "./helpers/streams.js";

const rawRecords = async (name: (typeof FIXTURE_NAMES)[number]) =>
  collect(parseRecordStream(trackedStream([readFixture(name)]).stream));

describe("toWatchRecord", () => {
  it("converts every fixture record: Date timestamp, input split from the steps", async () => {
    for (const name of FIXTURE_NAMES) {
      for (const raw of await rawRecords(name)) {
        const wire = raw as {
          eventTimestamp: number;
          runId: string;
          payload: { workflowState: { steps: Record<string, unknown> } };
        };
        const record = toWatchRecord(raw);
        expect(record.type).toBe("watch");
        expect(record.runId).toBe(wire.runId);
        expect(record.eventTimestamp).toBeInstanceOf(Date);
        expect(record.eventTimestamp.getTime()).toBe(wire.eventTimestamp);
        expect(record.payload.workflowState.input).toEqual(
          wire.payload.workflowState.steps["input"],
        );
        expect(record.payload.workflowState.steps).not.toHaveProperty("input");
        const { input: _, ...realSteps } = wire.payload.workflowState.steps;
        expect(record.payload.workflowState.steps).toEqual(realSteps);
        expect(record.synthetic).toBeUndefined();
      }
    }
  });

  it("keeps currentStep, result and error as sent", async () => {
    const [, failedStep, final] = (await rawRecords("watch-step-failure.bin")).map((raw) =>
      toWatchRecord(raw),
    );
    expect(failedStep?.payload.currentStep).toMatchObject({ id: "boom", status: "failed" });
    expect(failedStep?.payload.workflowState.result).toBeNull();
    expect(final?.payload.currentStep).toBeUndefined();
    expect(final?.payload).not.toHaveProperty("currentStep");
    expect(final?.payload.workflowState.status).toBe("failed");
    expect(final?.payload.workflowState.error).toMatch(/^Error: kaboom\n/);
  });

  it("does not modify its input", async () => {
    const [raw] = await rawRecords("watch-start-until-suspended.bin");
    const copy = structuredClone(raw);
    toWatchRecord(raw);
    expect(raw).toEqual(copy);
  });

  const valid = {
    type: "watch",
    runId: "r",
    eventTimestamp: 1,
    payload: { workflowState: { status: "running", steps: {} } },
  };

  it.each([
    ["a string", "text"],
    ["null", null],
    ["an array", []],
    ["another type", { ...valid, type: "start" }],
    ["no runId", { ...valid, runId: undefined }],
    ["no workflowState", { ...valid, payload: {} }],
    [
      "an unknown status",
      { ...valid, payload: { workflowState: { status: "bailed", steps: {} } } },
    ],
    ["no steps", { ...valid, payload: { workflowState: { status: "running" } } }],
    ["no eventTimestamp", { ...valid, eventTimestamp: undefined }],
    ["an invalid eventTimestamp", { ...valid, eventTimestamp: "yesterday" }],
  ])("throws RecordParseError for %s", (_, raw) => {
    expect(() => toWatchRecord(raw)).toThrow(RecordParseError);
  });

  it("accepts a record without type (single-encoded servers) and an ISO timestamp", () => {
    const record = toWatchRecord({
      ...valid,
      type: undefined,
      eventTimestamp: "2026-01-02T03:04:05.000Z",
    });
    expect(record.type).toBe("watch");
    expect(record.eventTimestamp.toISOString()).toBe("2026-01-02T03:04:05.000Z");
  });
});

describe("statuses", () => {
  it("lists the Mastra 0.x run statuses and the terminal ones", () => {
    expect(RUN_STATUSES).toEqual([
      "running",
      "success",
      "failed",
      "suspended",
      "waiting",
      "pending",
      "canceled",
    ]);
    expect(RUN_STATUSES.filter(isTerminalStatus)).toEqual(["success", "failed", "canceled"]);
  });
});
