import { MastraClient } from "@wfkit/client";
import { describe, expect, it } from "vitest";
import { startServer } from "./helpers.js";

describe("through @wfkit/client", () => {
  it("runs the documented surface against the in-process fake", async () => {
    const server = await startServer();
    const client = new MastraClient({ baseUrl: server.url, fetch: server.fetch });
    const workflows = await client.getWorkflows();
    expect(Object.keys(workflows)).toContain("testWorkflow");
    const workflow = client.getWorkflow("testWorkflow");
    expect((await workflow.details()).name).toBe("city-workflow");
    const run = await workflow.createRun();
    const result = await workflow.startAsync({ runId: run.runId, inputData: { city: "New York" } });
    expect(result.status).toBe("suspended");
    const resumed = await workflow.resumeAsync({
      runId: run.runId,
      step: "approval",
      resumeData: { approved: true },
    });
    expect(resumed.status).toBe("success");
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /api/workflows",
      "GET /api/workflows/testWorkflow",
      "POST /api/workflows/testWorkflow/create-run",
      "POST /api/workflows/testWorkflow/start-async",
      // The client's resume preflight reads the run's state first.
      `GET /api/workflows/testWorkflow/runs/${run.runId}/execution-result`,
      "POST /api/workflows/testWorkflow/resume-async",
    ]);
  });

  it("watches a run over real HTTP until it suspends", async () => {
    const server = await startServer({ listen: true });
    const client = new MastraClient({ baseUrl: server.url });
    const workflow = client.getWorkflow("testWorkflow");
    const run = await workflow.createRun();
    const records: { payload: { workflowState: { status: string } } }[] = [];
    const handle = await workflow.watch({ runId: run.runId }, (record) => {
      records.push(record as never);
    });
    await workflow.start({ runId: run.runId, inputData: { city: "Paris" } });
    await handle.done;
    expect(records.at(-1)?.payload.workflowState.status).toBe("suspended");
  });
});
