/**
 * `getWorkflow<typeof cityWorkflow>()` with the real `@mastra/core` 0.10.15 types the harness
 * installs (zod 3). Type-only imports: nothing here runs, and wfkit has no dependency on Mastra.
 */
import { describe, expectTypeOf, it } from "vitest";
import type {
  createStep as CreateStep,
  createWorkflow as CreateWorkflow,
} from "../../../harness/mastra-0.10/node_modules/@mastra/core/dist/workflows/index.js";
import type { z as Z } from "../../../harness/mastra-0.10/node_modules/zod/index.cjs";
import {
  MastraClient,
  type MastraWorkflowTypes,
  type Workflow,
  type WorkflowResult,
} from "@wfkit/client";

declare const z: typeof Z;
declare const createStep: typeof CreateStep;
declare const createWorkflow: typeof CreateWorkflow;

const validateCity = createStep({
  id: "validate-city",
  inputSchema: z.object({ city: z.string() }),
  outputSchema: z.object({ city: z.string(), normalized: z.string() }),
  execute: async ({ inputData }) => ({ city: inputData.city, normalized: inputData.city }),
});
const approval = createStep({
  id: "approval",
  inputSchema: z.object({ city: z.string(), normalized: z.string() }),
  outputSchema: z.object({ city: z.string(), approved: z.boolean() }),
  suspendSchema: z.object({ message: z.string(), city: z.string() }),
  resumeSchema: z.object({ approved: z.boolean(), approver: z.string().optional() }),
  execute: async ({ inputData, resumeData }) => ({
    city: inputData.city,
    approved: resumeData?.approved ?? false,
  }),
});
const finalize = createStep({
  id: "finalize",
  inputSchema: z.object({ city: z.string(), approved: z.boolean() }),
  outputSchema: z.object({ summary: z.string(), approved: z.boolean() }),
  execute: async ({ inputData }) => ({ summary: inputData.city, approved: inputData.approved }),
});

const cityWorkflow = createWorkflow({
  id: "city-workflow",
  inputSchema: z.object({ city: z.string() }),
  outputSchema: z.object({ summary: z.string(), approved: z.boolean() }),
  steps: [validateCity, approval, finalize],
})
  .then(validateCity)
  .then(approval)
  .then(finalize)
  .commit();

/** Created without `steps: [...]`: Mastra's generics then know input and output only. */
const bareWorkflow = createWorkflow({
  id: "bare",
  inputSchema: z.object({ value: z.number() }),
  outputSchema: z.object({ value: z.number() }),
}).commit();

const client = new MastraClient();
const city = client.getWorkflow<typeof cityWorkflow>("testWorkflow");

describe("typeof a Mastra 0.10 workflow", () => {
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
