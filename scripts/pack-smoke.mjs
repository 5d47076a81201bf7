// Run inside a scratch project where only the packed tarballs are installed (see pack-check.mjs):
// proves the published files work outside the workspace.
import { MastraClient } from "@wfkit/client";
import { cityWorkflow, createFakeServer } from "@wfkit/test-utils";

const server = await createFakeServer({ workflows: { testWorkflow: cityWorkflow } });
try {
  // In process: the fake server's own fetch, no socket.
  const client = new MastraClient({ baseUrl: server.url, fetch: server.fetch });
  const workflow = client.getWorkflow("testWorkflow");
  const { runId } = await workflow.createRun();
  const result = await workflow.startAsync({ runId, inputData: { city: "AUTO" } });
  if (result.status !== "success") {
    throw new Error(`expected a successful AUTO run, got ${JSON.stringify(result)}`);
  }
  console.log(`smoke: createRun + startAsync -> ${result.status} (run ${runId})`);
} finally {
  await server.close();
}
