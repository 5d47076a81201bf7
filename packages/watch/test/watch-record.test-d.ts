import { describe, expectTypeOf, it } from "vitest";
import {
  toWatchRecord,
  watch,
  watchRecords,
  type RunStatus,
  type StepResult,
  type WatchHandle,
  type WatchIterator,
  type WatchRecord,
  type WatchSource,
} from "@wfkit/watch";

type Steps = {
  "validate-city": StepResult<{ city: string; normalized: string }, { city: string }>;
  approval: StepResult<{ approved: boolean }>;
};

declare const source: WatchSource;

describe("record types", () => {
  it("types the default record", () => {
    const record = toWatchRecord({});
    expectTypeOf(record.eventTimestamp).toEqualTypeOf<Date>();
    expectTypeOf(record.payload.workflowState.status).toEqualTypeOf<RunStatus>();
    expectTypeOf(record.payload.workflowState.steps["anything"]).toEqualTypeOf<
      StepResult | undefined
    >();
    expectTypeOf(record.synthetic).toEqualTypeOf<true | undefined>();
  });

  it("types steps and currentStep from a step map", () => {
    const record = toWatchRecord<Steps>({});
    expectTypeOf(record.payload.workflowState.steps["validate-city"]).toEqualTypeOf<
      Steps["validate-city"] | undefined
    >();
    const step = record.payload.currentStep;
    if (step?.id === "validate-city") {
      expectTypeOf(step.output).toEqualTypeOf<{ city: string; normalized: string } | undefined>();
    }
    if (step?.id === "approval")
      expectTypeOf(step.output).toEqualTypeOf<{ approved: boolean } | undefined>();
    // @ts-expect-error not a step of this workflow
    record.payload.workflowState.steps["nope"];
  });

  it("types the watcher entry points", () => {
    expectTypeOf(watchRecords(source, { runId: "r" })).toEqualTypeOf<WatchIterator>();
    expectTypeOf(watchRecords(source, { runId: "r" })).toMatchTypeOf<
      AsyncIterableIterator<WatchRecord>
    >();
    expectTypeOf(watchRecords(source, { runId: "r" }).ready).toEqualTypeOf<Promise<void>>();
    expectTypeOf(watchRecords<Steps>(source, { runId: "r" })).toEqualTypeOf<WatchIterator<Steps>>();
    expectTypeOf(watch(source, { runId: "r" }, () => {})).toEqualTypeOf<Promise<WatchHandle>>();
    // @ts-expect-error runId is required
    watchRecords(source, {});
  });
});
