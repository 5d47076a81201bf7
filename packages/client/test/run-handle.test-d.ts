import { describe, expectTypeOf, it } from "vitest";
import {
  MastraClient,
  RunHandle,
  type Acknowledgement,
  type ExecutionResult,
  type WorkflowEventStream,
  type WorkflowResult,
  type WorkflowRun,
} from "@wfkit/client";

type City = {
  input: { city: string };
  result: { summary: string; approved: boolean };
  resume: { approval: { approved: boolean; approver?: string } };
};

const city = new MastraClient().getWorkflow<City>("testWorkflow");
declare const run: RunHandle<City>;

/** The first parameter of each bound method that takes one. */
type Params = {
  [
    M in
      | "start"
      | "startAsync"
      | "stream"
      | "resume"
      | "resumeAsync"
      | "resumeStream"
      | "resumeNoWait"
      | "observeStream"
      | "restart"
      | "restartAsync"
      | "timeTravel"
      | "timeTravelAsync"
      | "timeTravelStream"
      | "watchRecords"
  ]: NonNullable<Parameters<RunHandle<City>[M]>[0]>;
};

describe("createRun()", () => {
  it("resolves to the run handle: { runId } plus the bound methods", () => {
    expectTypeOf(city.createRun()).resolves.toEqualTypeOf<RunHandle<City>>();
    expectTypeOf(run.runId).toEqualTypeOf<string>();
    expectTypeOf(run.workflowId).toEqualTypeOf<string>();
    expectTypeOf(run.toJSON()).toEqualTypeOf<{ runId: string }>();
    // The seed's form still type-checks: the handle is a `{ runId }`.
    const seed: { runId: string } = run;
    void seed;
    expectTypeOf(run).toHaveProperty("start");
    expectTypeOf(run).toHaveProperty("stream");
    expectTypeOf(run).toHaveProperty("resume");
    expectTypeOf(run).toHaveProperty("cancel");
    expectTypeOf(run).toHaveProperty("watch");
  });

  it("each bound method's parameters omit runId", () => {
    expectTypeOf<keyof Params["start"]>().not.toEqualTypeOf<"runId">();
    expectTypeOf<"runId" extends keyof Params["start"] ? true : false>().toEqualTypeOf<false>();
    expectTypeOf<"runId" extends keyof Params["startAsync"] ? 1 : 0>().toEqualTypeOf<0>();
    expectTypeOf<"runId" extends keyof Params["stream"] ? 1 : 0>().toEqualTypeOf<0>();
    expectTypeOf<"runId" extends keyof Params["resume"] ? 1 : 0>().toEqualTypeOf<0>();
    expectTypeOf<"runId" extends keyof Params["resumeAsync"] ? 1 : 0>().toEqualTypeOf<0>();
    expectTypeOf<"runId" extends keyof Params["resumeStream"] ? 1 : 0>().toEqualTypeOf<0>();
    expectTypeOf<"runId" extends keyof Params["resumeNoWait"] ? 1 : 0>().toEqualTypeOf<0>();
    expectTypeOf<"runId" extends keyof Params["observeStream"] ? 1 : 0>().toEqualTypeOf<0>();
    expectTypeOf<"runId" extends keyof Params["restart"] ? 1 : 0>().toEqualTypeOf<0>();
    expectTypeOf<"runId" extends keyof Params["restartAsync"] ? 1 : 0>().toEqualTypeOf<0>();
    expectTypeOf<"runId" extends keyof Params["timeTravel"] ? 1 : 0>().toEqualTypeOf<0>();
    expectTypeOf<"runId" extends keyof Params["timeTravelAsync"] ? 1 : 0>().toEqualTypeOf<0>();
    expectTypeOf<"runId" extends keyof Params["timeTravelStream"] ? 1 : 0>().toEqualTypeOf<0>();
    expectTypeOf<"runId" extends keyof Params["watchRecords"] ? 1 : 0>().toEqualTypeOf<0>();
    // cancel, delete, details and executionResult take only the call options.
    type Options = NonNullable<Parameters<typeof city.cancelRun>[1]>;
    expectTypeOf(run.cancel).parameters.toEqualTypeOf<[options?: Options]>();
    expectTypeOf(run.delete).parameters.toEqualTypeOf<[options?: Options]>();
  });

  it("refuses a runId, unknown options and wrong data", () => {
    // @ts-expect-error the handle supplies the runId
    void run.start({ runId: "other", inputData: { city: "Rome" } });
    // @ts-expect-error the handle supplies the runId
    void run.stream({ runId: "other", inputData: { city: "Rome" } });
    // @ts-expect-error the handle supplies the runId
    void run.resume({ runId: "other", step: "approval", resumeData: { approved: true } });
    // @ts-expect-error the handle supplies the runId
    void run.resumeNoWait({ runId: "other" });
    // @ts-expect-error the handle supplies the runId
    void run.observeStream({ runId: "other" });
    // @ts-expect-error the handle supplies the runId
    void run.timeTravel({ runId: "other", step: "validate-city" });
    // @ts-expect-error cancel takes no run
    void run.cancel("other");
    // @ts-expect-error delete takes no run
    void run.delete("other");
    // @ts-expect-error an option no call has
    void run.stream({ inputData: { city: "Rome" }, closeOnSuspnd: true });
    // @ts-expect-error an option no call has
    void run.startAsync({ inputData: { city: "Rome" }, perstep: true });
    // @ts-expect-error perStep is a boolean
    void run.startAsync({ inputData: { city: "Rome" }, perStep: "yes" });
    // @ts-expect-error the input is the workflow's
    void run.start({ inputData: { city: 42 } });
    // @ts-expect-error an unknown step
    void run.resume({ step: "nope", resumeData: {} });
    // @ts-expect-error the approval step's resume data
    void run.resume({ step: "approval", resumeData: { approved: "yes" } });
    // @ts-expect-error timeTravel needs the step
    void run.timeTravel({ inputData: 1 });
    // @ts-expect-error offset is a number
    void run.observeStream({ offset: "2" });
  });

  it("results are the workflow's, typed by the workflow", () => {
    expectTypeOf(
      run.start({ inputData: { city: "Rome" } }),
    ).resolves.toEqualTypeOf<Acknowledgement>();
    expectTypeOf(run.stream({ inputData: { city: "Rome" } })).resolves.toEqualTypeOf<
      WorkflowEventStream<City["result"]>
    >();
    expectTypeOf(run.resumeNoWait()).resolves.toEqualTypeOf<{ runId: string }>();
    expectTypeOf(run.startAsync({ inputData: { city: "Rome" } })).resolves.toMatchTypeOf<
      WorkflowResult<City["result"], City["input"]>
    >();
    expectTypeOf(run.details()).resolves.toEqualTypeOf<WorkflowRun>();
  });

  it("paused (1.x perStep) is a status of results, states and stored snapshots", () => {
    type Started = Awaited<ReturnType<RunHandle<City>["startAsync"]>>;
    expectTypeOf<"paused">().toMatchTypeOf<Started["status"]>();
    expectTypeOf<Extract<Started, { status: "paused" }>>().not.toHaveProperty("result");
    expectTypeOf<"paused">().toMatchTypeOf<ExecutionResult["status"]>();
    expectTypeOf<"paused">().toMatchTypeOf<Exclude<WorkflowRun["snapshot"], string>["status"]>();
    // @ts-expect-error not a status of either generation
    expectTypeOf<"pausd">().toMatchTypeOf<ExecutionResult["status"]>();
  });
});
