// TypeScript with `"module": "nodenext"` in a CommonJS project (package.json without
// "type": "module"): the import below compiles to require() of the ESM-only package, which Node
// >= 20.19 loads. pack-check.mjs type-checks it with tsc, emits it and runs the output.
import { MastraClient, type WorkflowResult } from "@wfkit/client";
import { cityWorkflow, createFakeServer } from "@wfkit/test-utils";

const main = async (): Promise<void> => {
  const server = await createFakeServer({ workflows: { testWorkflow: cityWorkflow } });
  try {
    const client = new MastraClient({ baseUrl: server.url, fetch: server.fetch });
    const workflow = client.getWorkflow("testWorkflow");
    const { runId } = await workflow.createRun();
    const result: WorkflowResult = await workflow.startAsync({
      runId,
      inputData: { city: "AUTO" },
    });
    if (result.status !== "success") throw new Error(`expected success, got ${result.status}`);
    console.log(`smoke (TypeScript, module nodenext, CommonJS): startAsync -> ${result.status}`);
  } finally {
    await server.close();
  }
};
// An unhandled rejection ends the process with a non-zero code.
void main();
