/**
 * `getWorkflow<typeof cityWorkflow>()` with the real `@mastra/core` 1.x (core 1.71.0) types the
 * harness installs. Type-only imports: nothing here runs, and wfkit has no dependency on Mastra.
 *
 * The workflows are declared with the type Mastra 1.x's `createWorkflow({ steps, … })` says it
 * returns (`Workflow<DefaultEngineType, TSteps, TWorkflowId, TState, TInput, TOutput, …>`, each
 * step a `Step<TStepId, TState, TInput, TOutput, TResume, TSuspend, …>`). Calling `createStep` and
 * `createWorkflow` here leaves their schema generics unresolved (`InferPublicSchema<TInputSchema>`)
 * under this repository's compiler settings, which would test nothing.
 */
import { describe, expectTypeOf, it } from "vitest";
import type {
  DefaultEngineType,
  Step,
  Workflow as MastraWorkflow,
} from "../../../harness/mastra-1.x/node_modules/@mastra/core/dist/workflows/index.js";
import {
  MastraClient,
  type MastraWorkflowTypes,
  type Workflow,
  type WorkflowResult,
} from "@wfkit/client";

type CityInput = { city: string };
type Validated = { city: string; normalized: string };
type Decision = { city: string; approved: boolean };
type Summary = { summary: string; approved: boolean };

declare const cityWorkflow: MastraWorkflow<
  DefaultEngineType,
  [
    Step<"validate-city", unknown, CityInput, Validated>,
    Step<
      "approval",
      unknown,
      Validated,
      Decision,
      { approved: boolean; approver?: string },
      { message: string; city: string }
    >,
    Step<"finalize", unknown, Decision, Summary>,
  ],
  "city-workflow",
  unknown,
  CityInput,
  Summary
>;

/** Created without `steps: [...]`: Mastra's generics then know input and output only. */
declare const bareWorkflow: MastraWorkflow<
  DefaultEngineType,
  Step<string, unknown, unknown, unknown, unknown, unknown, DefaultEngineType>[],
  "bare",
  unknown,
  { value: number },
  { value: number }
>;

const client = new MastraClient();
const city = client.getWorkflow<typeof cityWorkflow>("testWorkflow");

describe("typeof a Mastra 1.x workflow", () => {
  it("infers input and result", async () => {
    expectTypeOf(city.startAsync)
      .parameter(0)
      .toHaveProperty("inputData")
      .toEqualTypeOf<{ city: string }>();
    // @ts-expect-error wrong input
    void city.startAsync({ inputData: { city: 1 } });
    const result = await city.startAsync({ inputData: { city: "Paris" } });
    if (result.status === "success") {
      expectTypeOf(result.result).toEqualTypeOf<{ summary: string; approved: boolean }>();
    }
  });

  it("infers the step ids, resume data and suspend payloads", async () => {
    void city.resumeAsync({ runId: "r", step: "approval", resumeData: { approved: true } });
    void city.resumeAsync({
      runId: "r",
      step: "approval",
      resumeData: { approved: false, approver: "ann" },
    });
    // @ts-expect-error a wrong resume step
    void city.resumeAsync({ runId: "r", step: "aproval", resumeData: { approved: true } });
    // @ts-expect-error a wrong resume-data shape
    void city.resumeAsync({ runId: "r", step: "approval", resumeData: { approved: "yes" } });
    // @ts-expect-error missing required resume data
    void city.resumeAsync({ runId: "r", step: "approval" });
    const result = await city.startAsync({ inputData: { city: "Paris" } });
    expectTypeOf(result.steps.approval?.suspendPayload).toEqualTypeOf<
      { message: string; city: string } | undefined
    >();
    expectTypeOf(result.steps["validate-city"]?.output).toEqualTypeOf<
      { city: string; normalized: string } | undefined
    >();
    for await (const record of city.watchRecords({ runId: "r" })) {
      expectTypeOf(record.payload.currentStep?.id).toEqualTypeOf<
        "validate-city" | "approval" | "finalize" | undefined
      >();
    }
  });

  it("is the same as MastraWorkflowTypes<typeof workflow>", () => {
    expectTypeOf(city).toEqualTypeOf<Workflow<MastraWorkflowTypes<typeof cityWorkflow>>>();
  });

  it("types input and result only for a workflow created without steps", async () => {
    const bare = client.getWorkflow<typeof bareWorkflow>("bare");
    const result = await bare.startAsync({ inputData: { value: 1 } });
    expectTypeOf(result).toEqualTypeOf<WorkflowResult<{ value: number }, { value: number }>>();
    void bare.resume({ runId: "r", step: "any-step" });
  });
});
