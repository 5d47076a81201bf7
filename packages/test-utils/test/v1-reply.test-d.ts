import { describe, expectTypeOf, it } from "vitest";
import { createWorkflowRoutes } from "../src/v1-workflow-routes.js";
import type { Handlers1x } from "../src/v1-http.js";
import { reply1x, type Answer1x } from "../src/v1-reply.js";

describe("the fake 1.x server's answers are typed by openapi/workflows-1.x.yaml", () => {
  it("types each operation's JSON body from the 1.x spec", () => {
    expectTypeOf<Answer1x<"deleteWorkflowRun">>().toEqualTypeOf<{ message: string }>();
    expectTypeOf<Answer1x<"createWorkflowRun">>().toHaveProperty("runId");
    expectTypeOf(reply1x)
      .parameter(0)
      .toEqualTypeOf<
        | "listWorkflows"
        | "getWorkflowRunCounts"
        | "getWorkflow"
        | "listWorkflowRuns"
        | "getWorkflowRun"
        | "deleteWorkflowRun"
        | "createWorkflowRun"
        | "startWorkflowRun"
        | "startWorkflowRunAsync"
        | "resumeWorkflowRun"
        | "resumeWorkflowRunAsync"
        | "resumeWorkflowRunNoWait"
        | "streamWorkflowRun"
        | "resumeStreamWorkflowRun"
        | "observeWorkflowRun"
        | "cancelWorkflowRun"
        | "restartWorkflowRun"
        | "restartWorkflowRunAsync"
        | "timeTravelWorkflowRun"
        | "timeTravelWorkflowRunAsync"
        | "timeTravelStreamWorkflowRun"
      >();
  });

  it("refuses a handler answering a body of the wrong shape, status or operation", () => {
    const handlers: ReturnType<typeof createWorkflowRoutes> = {
      listWorkflows: () => reply1x("listWorkflows", 200, {}),
      // @ts-expect-error run counts are `{ running, suspended }` numbers per workflow, not strings
      getWorkflowRunCounts: () => reply1x("getWorkflowRunCounts", 200, { w: { running: "1" } }),
    };
    expectTypeOf(handlers.listWorkflows).returns.toEqualTypeOf<Response | Promise<Response>>();
    // @ts-expect-error `cancelWorkflowRun` answers `{ message }`, not `{ runId }`
    reply1x("cancelWorkflowRun", 200, { runId: "r" });
    // @ts-expect-error `deleteWorkflowRun` documents no 201 answer
    reply1x("deleteWorkflowRun", 201, { message: "Workflow run deleted" });
    // @ts-expect-error `removeWorkflowRun` is no operation of the fake 1.x server
    reply1x("removeWorkflowRun", 200, { message: "Workflow run deleted" });
    reply1x("cancelWorkflowRun", 200, { message: "Workflow run cancelled" });
  });

  it("types each handler's path parameters and body fields from its operation", () => {
    const cancel: Handlers1x["cancelWorkflowRun"] = (ctx) => {
      expectTypeOf(ctx.params).toEqualTypeOf<{ runId: string; workflowId: string }>();
      return reply1x("cancelWorkflowRun", 200, { message: "Workflow run cancelled" });
    };
    const start: Handlers1x["startWorkflowRunAsync"] = (ctx) => {
      expectTypeOf(ctx.body.inputData).toEqualTypeOf<unknown>();
      // @ts-expect-error `start-async` documents no `resumeData` body field
      void ctx.body.resumeData;
      // @ts-expect-error `start-async` has no `runId` path parameter
      void ctx.params.runId;
      return new Response();
    };
    expectTypeOf(cancel).toBeFunction();
    expectTypeOf(start).toBeFunction();
  });
});
