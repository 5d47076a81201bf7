import { describe, expectTypeOf, it } from "vitest";
import {
  MastraClient,
  type StepResults,
  type UntypedWorkflow,
  type Workflow,
  type WorkflowResult,
} from "@wfkit/client";

/**
 * A registry with entries, given to the client as its type parameter: the same types a
 * `declare module "@wfkit/client" { interface WorkflowRegistry { … } }` augmentation gives
 * (that form is compiled as its own program in packages/cli/test/typegen), without changing
 * `WorkflowRegistry` for the other type tests.
 */
interface Registry {
  testWorkflow: {
    input: { city: string };
    result: { summary: string; approved: boolean };
    steps: {
      "validate-city": { input: { city: string }; output: { city: string; normalized: string } };
      approval: {
        output: { city: string; approved: boolean; approver?: string };
        suspend: { message: string; city: string };
        resume: { approved: boolean; approver?: string };
      };
      note: { resume: { text?: string } | undefined };
      finalize: { output: { summary: string; approved: boolean } };
    };
  };
  other: { input: number; result: string };
}

const client = new MastraClient<Registry>();
const city = client.getWorkflow("testWorkflow");

describe("a registry with entries", () => {
  it("types getWorkflow(key) from its entry with no generic", () => {
    expectTypeOf(city).toEqualTypeOf<Workflow<Registry["testWorkflow"]>>();
    expectTypeOf(client.getWorkflow("other")).toEqualTypeOf<Workflow<Registry["other"]>>();
    expectTypeOf(city.startAsync)
      .parameter(0)
      .toHaveProperty("inputData")
      .toEqualTypeOf<{ city: string }>();
  });

  it("rejects an unknown key", () => {
    // @ts-expect-error a typo is not a registered key
    client.getWorkflow("testWorkflw");
    // @ts-expect-error a plain string is not a registered key either
    client.getWorkflow("test" as string);
  });

  it("still reaches any key through UntypedWorkflow, and keeps the generic", () => {
    const key: string = "somewhere-else";
    expectTypeOf(client.getWorkflow<UntypedWorkflow>(key)).toEqualTypeOf<
      Workflow<UntypedWorkflow>
    >();
    type Hand = { input: { n: number }; result: string; resume: { s: { ok: boolean } } };
    const hand = client.getWorkflow<Hand>(key);
    void hand.startAsync({ inputData: { n: 1 } });
    // @ts-expect-error the generic's input
    void hand.startAsync({ inputData: { n: "1" } });
  });

  it("checks inputData", () => {
    void city.startAsync({ inputData: { city: "Paris" } });
    // @ts-expect-error wrong input
    void city.startAsync({ inputData: { town: "Paris" } });
    // @ts-expect-error wrong input type
    void city.start({ runId: "r", inputData: { city: 1 } });
  });

  it("types the result, its steps and the suspend payload", async () => {
    const result = await city.startAsync({ inputData: { city: "Paris" } });
    if (result.status === "success") {
      expectTypeOf(result.result).toEqualTypeOf<{ summary: string; approved: boolean }>();
    }
    expectTypeOf(result.input).toEqualTypeOf<{ city: string } | undefined>();
    expectTypeOf(result.steps.approval?.suspendPayload).toEqualTypeOf<
      { message: string; city: string } | undefined
    >();
    expectTypeOf(result.steps.approval?.output).toEqualTypeOf<
      { city: string; approved: boolean; approver?: string } | undefined
    >();
    expectTypeOf(result.steps["validate-city"]?.payload).toEqualTypeOf<
      { city: string } | undefined
    >();
    expectTypeOf(result.steps.approval?.status).toEqualTypeOf<
      "running" | "success" | "failed" | "suspended" | "waiting" | "canceled" | undefined
    >();
    // @ts-expect-error not a step of this workflow
    void result.steps.nope;
    const execution = await city.runExecutionResult("r");
    expectTypeOf(execution.result).toEqualTypeOf<
      { summary: string; approved: boolean } | undefined
    >();
    expectTypeOf(execution.steps.approval?.suspendPayload).toEqualTypeOf<
      { message: string; city: string } | undefined
    >();
  });

  it("offers the step ids to resume and checks the resume data", () => {
    expectTypeOf(city.resumeAsync<"approval">)
      .parameter(0)
      .toHaveProperty("step")
      .toEqualTypeOf<"approval" | readonly ["approval", ...string[]] | undefined>();
    type Steps = Parameters<typeof city.resume>[0]["step"];
    expectTypeOf<Steps>().toEqualTypeOf<
      | "validate-city"
      | "approval"
      | "note"
      | "finalize"
      | readonly ["validate-city" | "approval" | "note" | "finalize", ...string[]]
      | undefined
    >();
    void city.resumeAsync({ runId: "r", step: "approval", resumeData: { approved: true } });
    // @ts-expect-error a wrong resume step
    void city.resumeAsync({ runId: "r", step: "aproval", resumeData: { approved: true } });
    // @ts-expect-error a wrong resume-data shape
    void city.resumeAsync({ runId: "r", step: "approval", resumeData: { approved: "yes" } });
    // @ts-expect-error missing required resume data
    void city.resumeAsync({ runId: "r", step: "approval" });
    // @ts-expect-error missing required resume data (fire-and-forget too)
    void city.resume({ runId: "r", step: "approval" });
  });

  it("leaves resumeData optional where the step's resume data admits undefined or is undescribed", () => {
    void city.resume({ runId: "r", step: "note" });
    void city.resume({ runId: "r", step: "note", resumeData: { text: "hi" } });
    void city.resume({ runId: "r", step: "finalize" });
    void city.resume({ runId: "r", step: "finalize", resumeData: { anything: 1 } });
  });

  it("types the step ids and suspend payloads inside watch records", async () => {
    const records = city.watchRecords({ runId: "r" });
    for await (const record of records) {
      const step = record.payload.currentStep;
      expectTypeOf(step?.id).toEqualTypeOf<
        "validate-city" | "approval" | "note" | "finalize" | undefined
      >();
      if (step?.id === "approval") {
        expectTypeOf(step.suspendPayload).toEqualTypeOf<
          { message: string; city: string } | undefined
        >();
        expectTypeOf(step.output).toEqualTypeOf<
          { city: string; approved: boolean; approver?: string } | undefined
        >();
      }
      expectTypeOf(record.payload.workflowState.steps.approval?.suspendPayload).toEqualTypeOf<
        { message: string; city: string } | undefined
      >();
    }
    await city.watch({ runId: "r" }, (record) => {
      expectTypeOf(record.payload.currentStep?.id).toEqualTypeOf<
        "validate-city" | "approval" | "note" | "finalize" | undefined
      >();
    });
  });
});

describe("an entry without steps", () => {
  const other = client.getWorkflow("other");
  it("types input and result; step ids stay open", async () => {
    const result = await other.startAsync({ inputData: 1 });
    expectTypeOf(result).toEqualTypeOf<WorkflowResult<string, number>>();
    expectTypeOf(result.steps).toEqualTypeOf<StepResults>();
    void other.resume({ runId: "r", step: "anything" });
  });
});

describe("the empty registry", () => {
  const plain = new MastraClient();
  it("accepts any key, untyped, as before", () => {
    expectTypeOf(plain.getWorkflow("testWorkflow")).toEqualTypeOf<Workflow<UntypedWorkflow>>();
    expectTypeOf(plain.getWorkflow("x" as string)).toEqualTypeOf<Workflow<UntypedWorkflow>>();
    expectTypeOf(plain).toEqualTypeOf<MastraClient>();
    void plain.getWorkflow("w").resume({ runId: "r", step: "any" });
  });
});
