import { describe, expect, it } from "vitest";
import {
  cityWorkflow,
  createFakeServer,
  createStep,
  createWorkflow,
  typedSchema,
} from "../src/index.js";

const echo = createWorkflow({ id: "echo" })
  .then(
    createStep({
      id: "echo",
      inputSchema: typedSchema<{ text: string }>({ type: "object" }),
      execute: ({ inputData }) => ({ echoed: inputData.text }),
    }),
  )
  .commit();

describe("server.client()", () => {
  it.each(["0.x", "1.x"] as const)(
    "reaches a %s fake at its URL and API prefix, speaking its generation without detection",
    async (generation) => {
      await using server = await createFakeServer({
        generation,
        workflows: { echo },
        apiPrefix: "/mastra",
      });
      const result = await server
        .client()
        .getWorkflow("echo")
        .startAsync({ inputData: { text: "hi" } });
      expect(result.status).toBe("success");
      expect(result.status === "success" && result.result).toEqual({ echoed: "hi" });
      // No detection request: the run's start is the only request.
      expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        "POST /mastra/workflows/echo/start-async",
      ]);
    },
  );

  it("lets options override the server's generation", async () => {
    await using server = await createFakeServer({
      generation: "1.x",
      workflows: { testWorkflow: cityWorkflow },
    });
    const client = server.client({ generation: "auto" });
    await client.getWorkflow("testWorkflow").startAsync({ inputData: { city: "AUTO" } });
    // With "auto" the client detects the generation first.
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /api/workflows",
      "POST /api/workflows/testWorkflow/start-async",
    ]);
  });
});
