/**
 * `resumeStream` and `resumeNoWait` wait, as `resume` does, for a watch opening on the same run to
 * be accepted before they send anything: the resume cannot outrun the watch's connection.
 */
import { describe, expect, it } from "vitest";
import { MastraClient } from "@wfkit/client";
import { createWireFetch, json, type WireCall } from "./helpers/wire.js";

const finish = {
  type: "workflow-finish",
  runId: "r",
  from: "WORKFLOW",
  payload: { workflowStatus: "success", metadata: {} },
};

/** Answers the watch's connection only once `release()` was called. */
function createGatedServer() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const wire = createWireFetch(async (call: WireCall) => {
    if (call.path.endsWith("resume-stream")) return new Response(`${JSON.stringify(finish)}\x1e`);
    if (call.path.endsWith("resume-no-wait")) return json({ message: "Workflow run resumed" });
    if (call.path.endsWith("/runs/r")) return json({ error: "Workflow run not found" }, 404);
    await gate; // the watch's connection (`/observe`)
    return new Response(new ReadableStream(), { headers: { "content-type": "text/plain" } });
  });
  return { wire, release };
}

const flush = async (rounds = 20) => {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe.each(["resumeStream", "resumeNoWait"] as const)("%s after watchRecords", (method) => {
  it("sends its POST only after the watch's connection on the same run was accepted", async () => {
    const { wire, release } = createGatedServer();
    const asked: string[] = [];
    const client = new MastraClient({
      baseUrl: "http://127.0.0.1:4111",
      fetch: (request: Request) => {
        asked.push(`${request.method} ${new URL(request.url).pathname}`);
        return wire.fetch(request);
      },
      protocol: "v1",
      retry: { retries: 0 },
    });
    const workflow = client.getWorkflow("testWorkflow");
    const records = workflow.watchRecords({ runId: "r" });
    const resume = workflow[method]({ runId: "r", step: "a", resumeData: {}, preflight: false });
    // Wait for the watch's connection to be asked for, then give the resume every chance to run.
    while (asked.length === 0) await new Promise((resolve) => setImmediate(resolve));
    await flush();
    expect(asked).toEqual(["POST /api/workflows/testWorkflow/observe"]);
    release();
    const answer = await resume;
    const posts = wire.calls.filter((c) => c.path.endsWith(`/${kebab(method)}`));
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      method: "POST",
      path: `/api/workflows/testWorkflow/${kebab(method)}`,
      query: { runId: "r" },
      body: { step: "a", resumeData: {} },
    });
    expect(wire.calls.indexOf(posts[0]!)).toBeGreaterThan(0);
    if (method === "resumeStream" && typeof answer === "object" && "cancel" in answer) {
      await answer.cancel();
    }
    await records.return?.();
  });
});

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
