import { describe, expectTypeOf, it } from "vitest";
import {
  createFakeServer,
  type FakeServer,
  type FaultMatch,
  type OperationId0x,
  type OperationId1x,
  type SampleWorkflowRegistry,
} from "../src/index.js";

describe("fake server options are a union by generation", () => {
  it("takes 0.x-only options on 0.x, refuses them on 1.x, and takes strict and validateResponses on both", async () => {
    expectTypeOf(
      await createFakeServer({
        mode: "sane",
        strict: true,
        validateResponses: true,
        compat: "0.14",
      }),
    ).toEqualTypeOf<FakeServer<"0.x", SampleWorkflowRegistry>>();
    expectTypeOf(await createFakeServer({ generation: "1.x" })).toEqualTypeOf<
      FakeServer<"1.x", SampleWorkflowRegistry>
    >();
    // @ts-expect-error `mode` concerns the 0.x watch only
    await createFakeServer({ generation: "1.x", mode: "sane" });
    // `strict` and `validateResponses` check against the generation's own spec.
    expectTypeOf(
      await createFakeServer({ generation: "1.x", strict: true, validateResponses: true }),
    ).toEqualTypeOf<FakeServer<"1.x", SampleWorkflowRegistry>>();
    // @ts-expect-error `compat` picks 0.x error messages
    await createFakeServer({ generation: "1.x", compat: "0.14" });
    // @ts-expect-error the watch faults act on the 0.x `/watch`, which 1.x does not have
    await createFakeServer({
      generation: "1.x",
      faults: [{ type: "drop-watch", afterRecords: 1 }],
    });
  });

  it("types inject() by the server's generation", async () => {
    const v1 = await createFakeServer({ generation: "1.x" });
    v1.inject({ type: "fail", match: { operationId: "observeWorkflowRun" } });
    // @ts-expect-error no `/watch` on 1.x
    v1.inject({ type: "stall-watch" });
    // @ts-expect-error `watchWorkflowRun` is not a 1.x operation
    v1.inject({ type: "fail", match: { operationId: "watchWorkflowRun" } });
    const v0 = await createFakeServer();
    v0.inject({ type: "stall-watch", match: { operationId: "watchWorkflowRun" } });
    // @ts-expect-error `observeWorkflowRun` is 1.x only
    v0.inject({ type: "fail", match: { operationId: "observeWorkflowRun" } });
  });
});

describe("fault matchers take the real operation ids", () => {
  it("refuses a misspelt operationId", () => {
    const ok: FaultMatch = { operationId: "startWorkflowRunAsync" };
    expectTypeOf(ok).toMatchTypeOf<FaultMatch>();
    // @ts-expect-error a typo never fires, so it does not compile
    const typo: FaultMatch = { operationId: "startWorkflowRunAsnyc" };
    void typo;
    // @ts-expect-error routes are typed too
    const route: FaultMatch<"0.x"> = { route: "POST /workflows/{workflowId}/start-asnyc" };
    void route;
  });

  it("derives the ids from the spec and the 1.x route table", () => {
    expectTypeOf<"watchWorkflowRun">().toMatchTypeOf<OperationId0x>();
    expectTypeOf<"sendWorkflowRunEvent">().toMatchTypeOf<OperationId0x>();
    expectTypeOf<"observeWorkflowRun">().toMatchTypeOf<OperationId1x>();
    expectTypeOf<"resumeWorkflowRunNoWait">().toMatchTypeOf<OperationId1x>();
    expectTypeOf<"watchWorkflowRun">().not.toMatchTypeOf<OperationId1x>();
  });
});
