/**
 * The sample workflows' types as `WorkflowRegistry` entries: exactly what `wfkit typegen` writes for
 * the fake's sample workflows (and for the real harnesses, which serve the same ones), so a test
 * gets the types production code gets from typegen:
 *
 * @example
 * ```ts
 * await using server = await createFakeServer();
 * const client = new MastraClient<SampleWorkflowRegistry>({ baseUrl: server.url, fetch: server.fetch });
 * const city = client.getWorkflow("testWorkflow"); // typed, no generic
 * await city.resumeAsync({ runId, step: "approval", resumeData: { approved: true } });
 * ```
 */
export interface SampleWorkflowRegistry {
  failingWorkflow: {
    input: { [k: string]: unknown | undefined };
    result: {};
    steps: {
      boom: { input: { ready: boolean }; output: {} };
      prepare: { input: { [k: string]: unknown | undefined }; output: { ready: boolean } };
    };
  };
  pipelineWorkflow: {
    input: { value: number };
    result: { value: number };
    steps: {
      "add-one": { input: { value: number }; output: { value: number } };
      double: { input: { value: number }; output: { value: number } };
    };
  };
  testWorkflow: {
    input: { city: string };
    result: { approved: boolean; summary: string };
    steps: {
      approval: {
        input: { city: string; normalized: string };
        output: { approved: boolean; approver?: string; city: string };
        resume: { approved: boolean; approver?: string };
        suspend: { city: string; message: string };
      };
      finalize: {
        input: { approved: boolean; approver?: string; city: string };
        output: { approved: boolean; summary: string };
      };
      "validate-city": {
        input: { city: string };
        output: { city: string; normalized: string };
      };
    };
  };
}
