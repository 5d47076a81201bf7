/**
 * The 1.x surface on a real Mastra 0.10.15 server: `stream` uses 0.x's own `/stream` (events
 * renamed to the 1.x names); every 1.x-only call throws before sending anything.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMastra } from "@wfkit/harness-mastra-0.10";
import { MastraClient, UnsupportedByServerError, type WorkflowStreamEvent } from "@wfkit/client";

let mastra: Awaited<ReturnType<typeof startMastra>>;
let client: MastraClient;
const sent: string[] = [];
/** The real fetch, recording what it sends. */
const fetch = (request: Request): Promise<Response> => {
  sent.push(`${request.method} ${new URL(request.url).pathname}`);
  return globalThis.fetch(request);
};

beforeAll(async () => {
  mastra = await startMastra();
  client = new MastraClient({ baseUrl: mastra.url, fetch });
}, 60_000);
afterAll(() => mastra?.close());

describe("the 1.x surface against real Mastra 0.10.15", () => {
  it("stream: 0.x's /stream, its events renamed to the 1.x names with the raw event kept", async () => {
    const workflow = client.getWorkflow("failingWorkflow");
    const stream = await workflow.stream({ inputData: { value: 1 } });
    const events: WorkflowStreamEvent[] = [];
    for await (const event of stream) {
      events.push(event);
      if (event.type === "workflow-finish") break;
    }
    expect(events[0]).toMatchObject({ type: "workflow-start", raw: { type: "start" } });
    const types = events.map((e) => (e.type === "other" ? `other:${e.eventType}` : e.type));
    expect(types).toContain("workflow-step-start");
    expect(types).toContain("workflow-step-result");
    expect(types).toContain("other:step-finish");
    expect(types.at(-1)).toBe("workflow-finish");
    const result = await stream.result;
    expect(result.status).toBe("failed");
    expect(result.steps.boom?.status).toBe("failed");
  });

  it("a 1.x-only call throws UnsupportedByServerError and sends nothing", async () => {
    await client.serverProtocol(); // detected once, up front
    sent.length = 0;
    const workflow = client.getWorkflow("testWorkflow");
    const calls = [
      () => workflow.resumeStream({ runId: "r" }),
      () => workflow.observeStream({ runId: "r" }),
      () => workflow.resumeNoWait({ runId: "r" }),
      () => workflow.restart({ runId: "r" }),
      () => workflow.timeTravel({ runId: "r", step: "approval" }),
      () => workflow.deleteRun("r"),
      () => workflow.runCounts(),
      () => workflow.runs({ status: "suspended" }),
      () => workflow.startAsync({ inputData: { city: "Oslo" }, perStep: true }),
    ];
    for (const call of calls) {
      await expect(call()).rejects.toBeInstanceOf(UnsupportedByServerError);
    }
    expect(sent).toEqual([]);
  });
});
