/** `runDemo` called in process, as a script or another tool would. */
import { describe, expect, it } from "vitest";
import { cityWorkflow, createFakeServer, pipelineWorkflow } from "@wfkit/test-utils";
import { DemoError, runDemo } from "../src/demo.js";

const collect = () => {
  let text = "";
  return { out: { write: (chunk: string) => (text += chunk) }, text: () => text };
};

describe("runDemo", () => {
  it("runs the six flows against a listening fake server and resolves with a summary", async () => {
    await using server = await createFakeServer({
      workflows: { testWorkflow: cityWorkflow },
      listen: true,
      clock: "real",
    });
    const { out, text } = collect();
    const summary = await runDemo({ baseUrl: server.url, out, color: true, serverLabel: "fake" });
    expect(summary.sections).toBe(6);
    expect(text()).toContain("\u001b["); // colour was asked for
    expect(text()).toContain("City not found: Atlantis");
    // The flows hit the documented routes, watch included.
    const routes = new Set(server.requests.map((request) => `${request.method} ${request.path}`));
    expect(routes).toEqual(
      new Set([
        "GET /api/workflows",
        "GET /api/workflows/testWorkflow",
        "POST /api/workflows/testWorkflow/create-run",
        "GET /api/workflows/testWorkflow/watch",
        "POST /api/workflows/testWorkflow/start",
        "POST /api/workflows/testWorkflow/start-async",
        "POST /api/workflows/testWorkflow/resume-async",
        "POST /api/workflows/testWorkflow/resume",
        "GET /api/workflows/noSuchWorkflow",
        // The watcher may also read the run's state to reconcile; nothing else is allowed.
        ...[...routes].filter((route) => route.endsWith("/execution-result")),
      ]),
    );
  }, 20_000);

  it("rejects with a DemoError naming the flow when the workflow is missing", async () => {
    await using server = await createFakeServer({
      workflows: { pipelineWorkflow },
      listen: true,
      clock: "real",
    });
    const { out, text } = collect();
    const failure = runDemo({ baseUrl: server.url, out, color: false });
    await expect(failure).rejects.toBeInstanceOf(DemoError);
    await expect(failure).rejects.toThrow(
      `"List workflows and read one's details" failed: the server has no workflow registered as "testWorkflow" (it has: pipelineWorkflow).`,
    );
    expect(text()).not.toContain("\u001b");
    expect(text()).not.toContain("2. ");
  });
});
