import { describe, expectTypeOf, it } from "vitest";
import type {
  RunStatus1x,
  StreamEvent1x,
  StreamEventType1x,
  WireWorkflowResult1x,
  paths1x,
} from "../src/schema-1x.js";

describe("1.x wire types", () => {
  it("StreamEvent1x is a union discriminated on type", () => {
    expectTypeOf<StreamEventType1x>().toEqualTypeOf<
      | "workflow-start"
      | "workflow-step-start"
      | "workflow-step-result"
      | "workflow-step-suspended"
      | "workflow-step-waiting"
      | "workflow-canceled"
      | "workflow-paused"
      | "workflow-finish"
    >();
    const finishStatus = (event: StreamEvent1x) =>
      event.type === "workflow-finish" ? event.payload.workflowStatus : undefined;
    expectTypeOf(finishStatus).returns.toEqualTypeOf<
      "success" | "failed" | "suspended" | "canceled" | "tripwire" | "paused" | "bailed" | undefined
    >();
  });

  it("a WorkflowResult narrows on status", () => {
    const suspended = (result: WireWorkflowResult1x) =>
      result.status === "suspended" ? result.suspended : undefined;
    expectTypeOf(suspended).returns.toEqualTypeOf<string[][] | undefined>();
  });

  it("RunStatus1x has the 1.x statuses", () => {
    expectTypeOf<"paused">().toMatchTypeOf<RunStatus1x>();
    expectTypeOf<"bogus">().not.toMatchTypeOf<RunStatus1x>();
  });

  it("paths cover the new routes with their bodies", () => {
    type TimeTravel =
      paths1x["/workflows/{workflowId}/time-travel-async"]["post"]["requestBody"]["content"]["application/json"];
    expectTypeOf<TimeTravel["step"]>().toEqualTypeOf<string | string[]>();
    type Delete = paths1x["/workflows/{workflowId}/runs/{runId}"]["delete"];
    expectTypeOf<Delete["responses"][200]["content"]["application/json"]>().toEqualTypeOf<{
      message: string;
    }>();
  });
});
