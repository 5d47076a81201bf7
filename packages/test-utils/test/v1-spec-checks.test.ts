import { describe, expect, it } from "vitest";
import { createStep, createWorkflow } from "../src/index.js";
import { call, decodeStream, startV1 } from "./v1-helpers.js";

describe("strict 1.x fake: requests checked against openapi/workflows-1.x.yaml", () => {
  it("rejects bodies and queries that violate the 1.x document with 400 { error }", async () => {
    const server = await startV1({ strict: true });
    const cases: [string, unknown, RegExp][] = [
      ["/testWorkflow/time-travel-async?runId=r", { step: 5 }, /body\/step must be string/],
      [
        "/testWorkflow/time-travel-async?runId=r",
        { inputData: {} },
        /body must have required property 'step'/,
      ],
      [
        "/testWorkflow/resume-async",
        { step: "approval" },
        /query must have required property 'runId'/,
      ],
      ["/testWorkflow/start-async", { requestContext: 5 }, /body\/requestContext must be object/],
    ];
    for (const [path, body, message] of cases) {
      const answer = await call(server, "POST", path, body);
      expect(answer.status, path).toBe(400);
      expect(answer.body.error, path).toMatch(message);
    }
  });

  it("lets valid requests through to the 1.x routes", async () => {
    const server = await startV1({ strict: true, validateResponses: true });
    const { body } = await call(server, "POST", "/testWorkflow/create-run");
    const started = await call(server, "POST", `/testWorkflow/start-async?runId=${body.runId}`, {
      inputData: { city: "Oslo" },
    });
    expect(started.body.status).toBe("suspended");
    const travelled = await call(
      server,
      "POST",
      `/testWorkflow/time-travel-stream?runId=${body.runId}`,
      { step: "validate-city", inputData: { city: "Rome" } },
    );
    expect(decodeStream(travelled.text).at(-1).payload.workflowStatus).toBe("suspended");
    expect((await call(server, "GET", `/testWorkflow/runs/${body.runId}`)).status).toBe(200);
    const listed = await call(server, "GET", "/testWorkflow/runs?perPage=5");
    expect(listed.status, listed.text).toBe(200);
    expect(server.violations).toEqual([]);
  });

  it("is off by default: the same body reaches Mastra 1.x's own checks", async () => {
    const server = await startV1();
    const { body } = await call(server, "POST", "/testWorkflow/create-run");
    const answer = await call(
      server,
      "POST",
      `/testWorkflow/time-travel-async?runId=${body.runId}`,
      {
        step: 5,
      },
    );
    expect(answer.body).toEqual({
      error: "Invalid request body",
      issues: [{ field: "step", message: "Invalid input" }],
    });
  });
});

describe("1.x response validation", () => {
  it("turns an answer that violates openapi/workflows-1.x.yaml into a 500 and records it", async () => {
    const broken = createWorkflow({ id: "broken", description: 42 as unknown as string })
      .then(createStep({ id: "s", execute: () => ({}) }))
      .commit();
    const server = await startV1({ workflows: { broken }, validateResponses: true });
    const answer = await call(server, "GET", "/broken");
    expect(answer.status).toBe(500);
    expect(answer.body.error).toMatch(
      /violates openapi\/workflows-1\.x\.yaml: getWorkflow: status 200 body \/description must be string/,
    );
    expect(server.violations).toEqual([
      expect.objectContaining({
        operationId: "getWorkflow",
        status: 200,
        path: "/api/workflows/broken",
      }),
    ]);
    (server.violations as unknown[]).length = 0;
  });

  it("does not check answers when validateResponses is off", async () => {
    const broken = createWorkflow({ id: "broken", description: 42 as unknown as string })
      .then(createStep({ id: "s", execute: () => ({}) }))
      .commit();
    const server = await startV1({ workflows: { broken } });
    expect((await call(server, "GET", "/broken")).body.description).toBe(42);
    expect(server.violations).toEqual([]);
  });
});
