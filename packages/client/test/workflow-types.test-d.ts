import { describe, expectTypeOf, it } from "vitest";
import {
  MastraClient,
  type Acknowledgement,
  type StepResult,
  type WorkflowResult,
  type WorkflowRuns,
} from "@wfkit/client";
import type { WireStepResult } from "../src/schema.js";

type City = {
  input: { city: string };
  result: { summary: string; approved: boolean };
  resume: { approval: { approved: boolean; approver?: string } };
};

const client = new MastraClient();
const city = client.getWorkflow<City>("testWorkflow");
const untyped = client.getWorkflow("testWorkflow");

describe("per-workflow types", () => {
  it("checks inputData against the workflow's input", () => {
    expectTypeOf(city.startAsync)
      .parameter(0)
      .toHaveProperty("inputData")
      .toEqualTypeOf<{ city: string }>();
    // @ts-expect-error a number is not a city
    void city.startAsync({ inputData: { city: 42 } });
    // @ts-expect-error inputData is required
    void city.start({ runId: "r" });
  });

  it("types the result by the workflow's result type", () => {
    expectTypeOf(city.startAsync({ inputData: { city: "x" } })).resolves.toEqualTypeOf<
      WorkflowResult<City["result"], City["input"]>
    >();
    const narrow = (r: WorkflowResult<City["result"], City["input"]>) => {
      if (r.status === "success") expectTypeOf(r.result).toEqualTypeOf<City["result"]>();
      if (r.status === "failed") expectTypeOf(r.error.message).toBeString();
      if (r.status === "suspended") expectTypeOf(r.suspended).toEqualTypeOf<string[][]>();
    };
    void narrow;
  });

  it("checks the step id and its resume data", () => {
    void city.resumeAsync({ runId: "r", step: "approval", resumeData: { approved: true } });
    void city.resumeAsync({
      runId: "r",
      step: ["approval", "inner"],
      resumeData: { approved: true },
    });
    // @ts-expect-error unknown step
    void city.resumeAsync({ runId: "r", step: "nope", resumeData: { approved: true } });
    // @ts-expect-error wrong resume data
    void city.resumeAsync({ runId: "r", step: "approval", resumeData: { approved: "yes" } });
    // @ts-expect-error runId is required
    void city.resume({ step: "approval" });
  });

  it("leaves an undescribed workflow open", () => {
    void untyped.startAsync({ inputData: { anything: [1, 2] } });
    void untyped.resumeAsync({ runId: "r", step: "any-step", resumeData: 1 });
    expectTypeOf(untyped.startAsync({ inputData: 1 })).resolves.toEqualTypeOf<WorkflowResult>();
  });

  it("returns parsed bodies, never Response", () => {
    expectTypeOf(
      city.resume({ runId: "r", step: "approval", resumeData: { approved: true } }),
    ).resolves.toEqualTypeOf<Acknowledgement>();
    expectTypeOf(city.runs()).resolves.toEqualTypeOf<WorkflowRuns>();
    // The seed's `{ runId }`, now a run handle with methods added.
    expectTypeOf(city.createRun()).resolves.toMatchTypeOf<{ runId: string }>();
  });

  it("the public StepResult matches the spec's, except the parsed error", () => {
    expectTypeOf<Omit<WireStepResult, "error">>().toMatchTypeOf<Omit<StepResult, "error">>();
  });
});
