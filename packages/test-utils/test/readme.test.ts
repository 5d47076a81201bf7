import { MastraClient } from "@wfkit/client";
import { expect, it } from "vitest";
import { cityWorkflow, createFakeServer } from "../src/index.js";

it("the README example works as written", async () => {
  await using server = await createFakeServer({
    workflows: { testWorkflow: cityWorkflow },
    validateResponses: true,
  });
  const workflow = new MastraClient({ baseUrl: server.url, fetch: server.fetch }).getWorkflow(
    "testWorkflow",
  );
  const { runId } = await workflow.createRun();
  const result = await workflow.startAsync({ runId, inputData: { city: "Paris" } });
  expect(result.status).toBe("suspended");
  expect(server.violations).toEqual([]);
});

it("the Server generations example works as written", async () => {
  await using server = await createFakeServer({ generation: "1.x" });
  const client = new MastraClient({ baseUrl: server.url, fetch: server.fetch, protocol: "v1" });
  const workflow = client.getWorkflow("testWorkflow");
  const { runId } = await workflow.createRun();
  const result = await workflow.startAsync({ runId, inputData: { city: "Paris" } });
  expect(result.status).toBe("suspended");
  expect(server.requests.map((r) => r.path)).toContain("/api/workflows/testWorkflow/start-async");
});
