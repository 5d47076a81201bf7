// CommonJS in a scratch project: `require()` of the ESM-only packages (Node >= 20.19), as the
// README shows, then createRun + startAsync against the in-process fake server.
const { MastraClient } = require("@wfkit/client");
const { cityWorkflow, createFakeServer } = require("@wfkit/test-utils");

const main = async () => {
  const server = await createFakeServer({ workflows: { testWorkflow: cityWorkflow } });
  try {
    const client = new MastraClient({ baseUrl: server.url, fetch: server.fetch });
    const workflow = client.getWorkflow("testWorkflow");
    const { runId } = await workflow.createRun();
    const result = await workflow.startAsync({ runId, inputData: { city: "AUTO" } });
    if (result.status !== "success") throw new Error(`expected success, got ${result.status}`);
    console.log(`smoke (require): createRun + startAsync -> ${result.status}`);
  } finally {
    await server.close();
  }
};
main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
