import { describe, expectTypeOf, it } from "vitest";
import { MastraClient } from "@wfkit/client";
import type { SampleWorkflowRegistry } from "../src/index.js";

describe("SampleWorkflowRegistry", () => {
  const client = new MastraClient<SampleWorkflowRegistry>();
  const city = client.getWorkflow("testWorkflow");
  it("types a client for the fake's sample workflows", () => {
    expectTypeOf(city.startAsync)
      .parameter(0)
      .toHaveProperty("inputData")
      .toEqualTypeOf<{ city: string }>();
    void city.resumeAsync({ runId: "r", step: "approval", resumeData: { approved: true } });
    // @ts-expect-error missing required resume data
    void city.resumeAsync({ runId: "r", step: "approval" });
    // @ts-expect-error an unknown key
    client.getWorkflow("testWorkflw");
  });
});
