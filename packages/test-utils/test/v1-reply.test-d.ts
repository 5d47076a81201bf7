import type { paths1x } from "@wfkit/client";
import { describe, expectTypeOf, it } from "vitest";
import { createWorkflowRoutes } from "../src/v1-workflow-routes.js";
import { issuesResponse, type Handlers1x, type IssuesError } from "../src/v1-http.js";
import { reply1x, type Answer1x } from "../src/v1-reply.js";
import { v1Result } from "../src/v1-results.js";
import type { V1Runs } from "../src/v1-runs.js";
import { describeWorkflowV1 } from "../src/v1-workflow-description.js";

type JsonOf<R> = R extends { content: { "application/json": infer B } } ? B : never;

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

  it("builds each JSON answer as the generated response type of its operation", () => {
    type Runs = paths1x["/workflows/{workflowId}/runs"]["get"]["responses"];
    type Run = paths1x["/workflows/{workflowId}/runs/{runId}"]["get"]["responses"];
    type Details = paths1x["/workflows/{workflowId}"]["get"]["responses"];
    type StartAsync = paths1x["/workflows/{workflowId}/start-async"]["post"]["responses"];
    type BadRequest = JsonOf<Runs[400]>;
    expectTypeOf(describeWorkflowV1).returns.toEqualTypeOf<JsonOf<Details[200]>>();
    expectTypeOf<V1Runs["runState"]>().returns.toEqualTypeOf<JsonOf<Run[200]>>();
    expectTypeOf<V1Runs["runRow"]>().returns.toEqualTypeOf<JsonOf<Runs[200]>["runs"][number]>();
    expectTypeOf(v1Result).returns.toEqualTypeOf<JsonOf<StartAsync[200]>>();
    expectTypeOf<V1Runs["statusOf"]>().returns.toEqualTypeOf<JsonOf<Run[200]>["status"]>();
    expectTypeOf(issuesResponse).parameter(1).toEqualTypeOf<NonNullable<BadRequest["issues"]>>();
    expectTypeOf<IssuesError["issues"]>().toEqualTypeOf<NonNullable<BadRequest["issues"]>>();
  });

  it("reads only the query parameters each operation documents", () => {
    const list: Handlers1x["listWorkflowRuns"] = (ctx) => {
      expectTypeOf(ctx.query.get)
        .parameter(0)
        .toEqualTypeOf<
          "fromDate" | "limit" | "offset" | "page" | "perPage" | "resourceId" | "status" | "toDate"
        >();
      // @ts-expect-error `GET runs` documents no `runId` query parameter
      ctx.query.get("runId");
      return new Response();
    };
    const details: Handlers1x["getWorkflow"] = (ctx) => {
      // @ts-expect-error `GET workflows/{workflowId}` documents no query parameter
      ctx.query.get("partial");
      return new Response();
    };
    const observe: Handlers1x["observeWorkflowRun"] = (ctx) => {
      expectTypeOf(ctx.query.get).parameter(0).toEqualTypeOf<"offset" | "runId">();
      return new Response();
    };
    expectTypeOf(list).toBeFunction();
    expectTypeOf(details).toBeFunction();
    expectTypeOf(observe).toBeFunction();
  });
});
