/**
 * Issue 10's client items on all four targets (fake 0.x, fake 1.x, real 0.10.15, real 1.x),
 * through wfkit's public API over HTTP. Each test waits on events, never on time.
 */
import { describe, expect, inject, it } from "vitest";
import { MastraClient, isNotFoundError, isWfkitError, type WatchRecord } from "@wfkit/client";

const targets = inject("targets");

describe.each(Object.keys(targets) as (keyof typeof targets)[])("on %s", (target) => {
  const client = () => new MastraClient({ baseUrl: targets[target] });

  it("startAsync without a runId returns the runId, and the run can be resumed by it (step found by the preflight)", async () => {
    const workflow = client().getWorkflow("testWorkflow");
    const started = await workflow.startAsync({ inputData: { city: "New York" } });
    expect(started.status).toBe("suspended");
    const done = await workflow.resumeAsync({
      runId: started.runId,
      resumeData: { approved: true },
    });
    expect(done.status).toBe("success");
    expect(done.runId).toBe(started.runId);
  });

  it("resume of a finished run is run_not_suspended before the POST, and the server lives on", async () => {
    const workflow = client().getWorkflow("testWorkflow");
    const started = await workflow.startAsync({ inputData: { city: "New York" } });
    await workflow.resumeAsync({
      runId: started.runId,
      step: "approval",
      resumeData: { approved: true },
    });
    const error = await workflow
      .resume({ runId: started.runId, step: "approval", resumeData: { approved: true } })
      .catch((e: unknown) => e);
    expect(isWfkitError(error) && error.code).toBe("run_not_suspended");
    expect(String((error as Error).message)).toContain("success");
    expect((await workflow.details()).name).toBe("city-workflow");
  });

  it("resume of a step that is not suspended is step_not_suspended, naming the suspended one", async () => {
    const workflow = client().getWorkflow("testWorkflow");
    const started = await workflow.startAsync({ inputData: { city: "New York" } });
    const error = await workflow
      .resume({ runId: started.runId, step: "finalize", resumeData: { approved: true } })
      .catch((e: unknown) => e);
    expect(isWfkitError(error) && error.code).toBe("step_not_suspended");
    expect(String((error as Error).message)).toContain('"approval"');
  });

  it("runs({ limit: 2 }) returns at most 2 runs", async () => {
    const workflow = client().getWorkflow("testWorkflow");
    for (let i = 0; i < 3; i++) await workflow.startAsync({ inputData: { city: "New York" } });
    const page = await workflow.runs({ limit: 2 });
    expect(page.runs).toHaveLength(2);
  });

  it("watch of an unknown run is a not-found error", async () => {
    const workflow = client().getWorkflow("testWorkflow");
    const error = await workflow
      .watch({ runId: "no-such-run" }, () => {})
      .then((handle) => handle.done)
      .catch((e: unknown) => e);
    expect(isNotFoundError(error)).toBe(true);
  });

  it("a failed run's watch record carries a WorkflowError, as results do", async () => {
    const workflow = client().getWorkflow("failingWorkflow");
    const { runId } = await workflow.createRun();
    const records: WatchRecord[] = [];
    const handle = await workflow.watch({ runId }, (record) => {
      records.push(record);
    });
    await workflow.start({ runId, inputData: {} });
    await handle.done;
    const last = records.at(-1)!.payload.workflowState;
    expect(last.status).toBe("failed");
    const result = await workflow.runExecutionResult(runId);
    expect(last.error).toMatchObject({ message: result.error?.message });
    expect(typeof (last.error as { message: unknown }).message).toBe("string");
  });
});
