/**
 * `wfkit describe` draws parallel branches, conditional branches, sleeps and nested workflows from
 * a Mastra step graph (the fake's DSL has none of these, so a small HTTP server answers a details
 * document in Mastra 0.10's shape).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.js";

const schema = (json: unknown) => JSON.stringify({ json });

const details = {
  name: "trip-workflow",
  description: "Plans a trip",
  inputSchema: schema({
    type: "object",
    properties: { city: { type: "string" } },
    required: ["city"],
  }),
  outputSchema: schema({
    type: "object",
    properties: { ok: { type: "boolean" } },
    required: ["ok"],
  }),
  steps: {
    fetch: { id: "fetch", description: "Fetches the city" },
    approve: {
      id: "approve",
      resumeSchema: schema({ type: "object", properties: { level: { enum: ["low", "high"] } } }),
    },
  },
  allSteps: {
    "book.pay": {
      id: "pay",
      suspendSchema: schema({ type: "object", properties: { amount: { type: "number" } } }),
    },
  },
  stepGraph: [
    { type: "step", step: { id: "fetch", description: "Fetches the city" } },
    {
      type: "parallel",
      steps: [
        { type: "step", step: { id: "weather" } },
        { type: "step", step: { id: "hotels" } },
      ],
    },
    {
      type: "conditional",
      steps: [{ type: "step", step: { id: "approve" } }],
      serializedConditions: [],
    },
    { type: "sleep", id: "sleep_1", duration: 50 },
    {
      type: "step",
      step: {
        id: "book",
        component: "WORKFLOW",
        serializedStepFlow: [{ type: "step", step: { id: "pay" } }],
      },
    },
  ],
};

let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    response.setHeader("content-type", "application/json");
    if (request.url === "/api/workflows") response.end(JSON.stringify({ tripWorkflow: details }));
    else if (request.url === "/api/workflows/tripWorkflow") response.end(JSON.stringify(details));
    else response.writeHead(404).end(JSON.stringify({ error: "Workflow not found" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it("describe draws parallel and conditional branches, sleeps and nested workflows, with their schemas", async () => {
  const result = await runCli(["describe", "tripWorkflow", "--url", url]);
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout).toBe(
    [
      "tripWorkflow (id trip-workflow)",
      "  Plans a trip",
      "",
      "input   { city: string }",
      "output  { ok: boolean }",
      "",
      "steps",
      "  ├─ fetch  Fetches the city",
      "  ├─ parallel",
      "  │  ├─ weather",
      "  │  └─ hotels",
      "  ├─ branch",
      "  │  └─ approve",
      '  │        resume:  { level?: "low" | "high" }',
      "  ├─ ⏳ sleep 50ms",
      "  └─ book",
      "     └─ pay",
      "           suspend: { amount?: number }",
      "",
    ].join("\n"),
  );
});
