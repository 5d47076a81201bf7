import { describe, expectTypeOf, it } from "vitest";
import { MastraClient } from "@wfkit/client";
import {
  createFakeServer,
  createStep,
  createWorkflow,
  sampleWorkflows,
  typedSchema,
  type RegistryOf,
  type SampleWorkflowRegistry,
  type WorkflowRegistryEntry,
} from "../src/index.js";

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

type Order = { sku: string; quantity: number };
type Review = { approved: boolean; note?: string };
type Question = { question: string };

const check = createStep({
  id: "check",
  inputSchema: typedSchema<Order>({ type: "object" }),
  execute: async ({ inputData }) => ({ ...inputData, inStock: inputData.quantity < 10 }),
});

const review = createStep({
  id: "review",
  inputSchema: typedSchema<Order & { inStock: boolean }>({ type: "object" }),
  outputSchema: typedSchema<{ shipped: boolean }>({ type: "object" }),
  suspendSchema: typedSchema<Question>({ type: "object" }),
  resumeSchema: typedSchema<Review>({ type: "object" }),
  execute: async ({ inputData, resumeData, suspend }) => {
    if (resumeData === undefined) {
      await suspend({ question: `Ship ${inputData.quantity} × ${inputData.sku}?` });
      return { shipped: false };
    }
    return { shipped: resumeData.approved };
  },
});

const note = createStep({
  id: "note",
  resumeSchema: typedSchema<{ text: string } | undefined>({ type: "object" }),
  execute: async ({ inputData }: { inputData: { shipped: boolean } }) => inputData,
});

const orderWorkflow = createWorkflow({ id: "order-workflow" })
  .then(check)
  .then(review)
  .sleep(10)
  .then(note)
  .commit();

const workflows = { orders: orderWorkflow };

describe("a DSL workflow's registry entry", () => {
  it("types input, result and every step from the schemas and execute", () => {
    type Entry = WorkflowRegistryEntry<typeof orderWorkflow>;
    expectTypeOf<Entry["input"]>().toEqualTypeOf<Order>();
    expectTypeOf<Entry["result"]>().toEqualTypeOf<{ shipped: boolean }>();
    expectTypeOf<keyof Entry["steps"]>().toEqualTypeOf<"check" | "review" | "note">();
    expectTypeOf<Entry["steps"]["review"]>().toEqualTypeOf<{
      input: Order & { inStock: boolean };
      output: { shipped: boolean };
      resume: Review;
      suspend: Question;
    }>();
    expectTypeOf<Entry["steps"]["check"]>().toEqualTypeOf<{
      input: Order;
      output: { inStock: boolean; sku: string; quantity: number };
    }>();
  });

  it("equals typegen's entries for the sample workflows", () => {
    // typegen's output for the fake is checked equal to SampleWorkflowRegistry in
    // packages/cli/test/typegen (and to this type directly).
    const same: Equal<RegistryOf<typeof sampleWorkflows>, SampleWorkflowRegistry> = true;
    void same;
  });

  it("checks a step's execute against its typed schemas", () => {
    createStep({
      id: "bad-output",
      outputSchema: typedSchema<{ n: number }>({ type: "object" }),
      // @ts-expect-error execute must return the output schema's type
      execute: async () => ({ n: "one" }),
    });
    createStep({
      id: "bad-input",
      inputSchema: typedSchema<{ n: number }>({ type: "object" }),
      // @ts-expect-error inputData has the input schema's type
      execute: ({ inputData }) => inputData.m,
    });
  });
});

describe("server.client() on a fake serving DSL workflows", async () => {
  const server = await createFakeServer({ workflows });
  const client = server.client();
  const orders = client.getWorkflow("orders");

  it("is typed from the served workflows, with no generic", async () => {
    expectTypeOf(client).toEqualTypeOf<MastraClient<RegistryOf<typeof workflows>>>();
    expectTypeOf(orders.startAsync).parameter(0).toHaveProperty("inputData").toEqualTypeOf<Order>();
    const result = await orders.startAsync({ inputData: { sku: "A-1", quantity: 2 } });
    if (result.status === "success")
      expectTypeOf(result.result).toEqualTypeOf<{ shipped: boolean }>();
    expectTypeOf(result.steps.review?.suspendPayload).toEqualTypeOf<Question | undefined>();
    for await (const record of orders.watchRecords({ runId: "r" })) {
      expectTypeOf(record.payload.currentStep?.id).toEqualTypeOf<
        "check" | "review" | "note" | undefined
      >();
    }
  });

  it("refuses an unknown key, wrong input, a wrong step and wrong or missing resume data", () => {
    // @ts-expect-error an unknown key
    client.getWorkflow("order");
    // @ts-expect-error wrong input: quantity is a number
    void orders.startAsync({ inputData: { sku: "A-1", quantity: "2" } });
    // @ts-expect-error a wrong resume step
    void orders.resumeAsync({ runId: "r", step: "reveiw", resumeData: { approved: true } });
    // @ts-expect-error a wrong resume-data shape
    void orders.resumeAsync({ runId: "r", step: "review", resumeData: { approve: true } });
    // @ts-expect-error missing required resume data
    void orders.resumeAsync({ runId: "r", step: "review" });
    void orders.resumeAsync({ runId: "r", step: "review", resumeData: { approved: true } });
    // A step whose resume data admits undefined may be resumed without it.
    void orders.resumeAsync({ runId: "r", step: "note" });
  });

  it("types the default server's client from the sample workflows", async () => {
    const sample = await createFakeServer({ generation: "1.x" });
    expectTypeOf(sample.client()).toEqualTypeOf<MastraClient<SampleWorkflowRegistry>>();
    // @ts-expect-error missing required resume data
    void sample.client().getWorkflow("testWorkflow").resumeAsync({ runId: "r", step: "approval" });
  });
});

describe("the entry as a generic, without server.client()", () => {
  const client = new MastraClient();
  const orders = client.getWorkflow<WorkflowRegistryEntry<typeof orderWorkflow>>("orders");
  it("types the same calls", () => {
    void orders.resumeAsync({ runId: "r", step: "review", resumeData: { approved: true } });
    // @ts-expect-error missing required resume data
    void orders.resumeAsync({ runId: "r", step: "review" });
    // @ts-expect-error wrong input
    void orders.startAsync({ inputData: { sku: 1, quantity: 2 } });
  });
});
