/**
 * The resume preflight of `resumeStream` and `resumeNoWait` on the 1.x wire: one GET of the run's
 * state before the POST, the run's only suspended step filled in, a running run waited for up to
 * its next stop, the typed errors with nothing POSTed, and `preflight: false`.
 */
import { describe, expect, it } from "vitest";
import {
  MastraClient,
  UnsupportedByServerError,
  isWfkitError,
  type Workflow,
  type WorkflowEventStream,
} from "@wfkit/client";
import { createWireFetch, json, text, type Responder, type WireCall } from "./helpers/wire.js";

const base = "/api/workflows/testWorkflow";
const stateQuery = { fields: "result,error,payload,steps" };
const RS = "\u001e";

function setup(responder: Responder, protocol: "v0" | "v1" = "v1") {
  const wire = createWireFetch(responder);
  const client = new MastraClient({
    baseUrl: "http://mastra.test",
    fetch: wire.fetch,
    protocol,
    retry: { retries: 0 },
  });
  return { wire, workflow: client.getWorkflow("testWorkflow") };
}

const state = (status: string, steps: Record<string, unknown> = {}) => ({
  runId: "r-1",
  status,
  payload: { city: "Lima" },
  steps,
});
const suspendedOn = (...ids: string[]) =>
  state("suspended", Object.fromEntries(ids.map((id) => [id, { status: "suspended" }])));

const finish = [
  { type: "workflow-start", runId: "r-1", from: "WORKFLOW", payload: { workflowId: "w" } },
  {
    type: "workflow-finish",
    runId: "r-1",
    from: "WORKFLOW",
    payload: { workflowStatus: "success", metadata: {}, finalWorkflowResult: { ok: true } },
  },
]
  .map((r) => JSON.stringify(r) + RS)
  .join("");

/** The POST's answer for either call. */
const posted = (call: WireCall): Response =>
  call.path.endsWith("/resume-stream") ? text(finish) : json({ runId: call.query.runId });

const calls = {
  resumeStream: async (w: Workflow, params: Parameters<Workflow["resumeStream"]>[0]) => {
    const stream: WorkflowEventStream = await w.resumeStream(params);
    return (await stream.result).status;
  },
  resumeNoWait: async (w: Workflow, params: Parameters<Workflow["resumeNoWait"]>[0]) =>
    (await w.resumeNoWait(params)).runId,
};
const route = { resumeStream: "resume-stream", resumeNoWait: "resume-no-wait" } as const;
const answerOf = { resumeStream: "success", resumeNoWait: "r-1" } as const;

describe.each(["resumeStream", "resumeNoWait"] as const)("%s preflight", (name) => {
  const call = calls[name];

  it("GETs the run's state, then POSTs with the only suspended step filled in", async () => {
    const { wire, workflow } = setup((c) =>
      c.method === "GET" ? json(suspendedOn("approval")) : posted(c),
    );
    expect(await call(workflow, { runId: "r-1", resumeData: { approved: true } })).toBe(
      answerOf[name],
    );
    expect(
      wire.calls.map(({ method, path, query, body }) => ({ method, path, query, body })),
    ).toEqual([
      { method: "GET", path: `${base}/runs/r-1`, query: stateQuery, body: undefined },
      {
        method: "POST",
        path: `${base}/${route[name]}`,
        query: { runId: "r-1" },
        body: { step: "approval", resumeData: { approved: true } },
      },
    ]);
  });

  it("a named step that is suspended is sent as named (a path stays a path)", async () => {
    const nested = state("suspended", {
      outer: { status: "suspended", suspendPayload: { __workflow_meta: { path: ["inner"] } } },
    });
    const { wire, workflow } = setup((c) => (c.method === "GET" ? json(nested) : posted(c)));
    await call(workflow, { runId: "r-1", step: ["outer", "inner"] });
    expect(wire.calls.map((c) => c.method)).toEqual(["GET", "POST"]);
    expect(wire.calls[1]!.body).toEqual({ step: ["outer", "inner"] });
  });

  it.each([
    ["a finished run", state("success"), {}, "run_not_suspended"],
    ["a paused run", state("paused"), {}, "run_not_suspended"],
    [
      "a step that is not suspended",
      suspendedOn("approval"),
      { step: "other" },
      "step_not_suspended",
    ],
    ["no step with two suspended", suspendedOn("a", "b"), {}, "step_ambiguous"],
  ] as const)("of %s fails with %s; nothing is POSTed", async (_, runState, params, code) => {
    const { wire, workflow } = setup((c) => (c.method === "GET" ? json(runState) : posted(c)));
    const error = await call(workflow, { runId: "r-1", ...params }).catch((e: unknown) => e);
    expect(isWfkitError(error) && error.code).toBe(code);
    expect(String((error as Error).message)).toContain(`${name}`);
    expect(wire.calls.map((c) => `${c.method} ${c.path}`)).toEqual([`GET ${base}/runs/r-1`]);
  });

  it("a running run is waited for up to its next stop, then resumed", async () => {
    let gets = 0;
    const { wire, workflow } = setup((c) => {
      if (c.method === "GET")
        return json(++gets === 1 ? state("running") : suspendedOn("approval"));
      if (c.path.endsWith("/observe")) return openBody(c.signal);
      return posted(c);
    });
    expect(await call(workflow, { runId: "r-1" })).toBe(answerOf[name]);
    const sent = wire.calls.map((c) => `${c.method} ${c.path.slice(base.length)}`);
    expect(sent[0]).toBe("GET /runs/r-1");
    expect(sent.at(-1)).toBe(`POST /${route[name]}`);
    expect(sent.slice(1, -1)).toContain("POST /observe");
    expect(wire.calls.at(-1)!.body).toEqual({ step: "approval" });
  });

  it("preflight: false sends the POST alone, with no step when none was named", async () => {
    const { wire, workflow } = setup(posted);
    await call(workflow, { runId: "r-1", resumeData: 1, preflight: false });
    expect(wire.calls.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      { method: "POST", path: `${base}/${route[name]}`, body: { resumeData: 1 } },
    ]);
  });

  it("on 0.x: UnsupportedByServerError before the preflight, nothing sent", async () => {
    const { wire, workflow } = setup(() => json(suspendedOn("approval")), "v0");
    const error = await call(workflow, { runId: "r-1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedByServerError);
    expect(wire.calls).toHaveLength(0);
  });

  it("preflight must be a boolean: InvalidArgumentError, nothing sent", async () => {
    const { wire, workflow } = setup(posted);
    const error = await call(workflow, { runId: "r-1", preflight: "no" as never }).catch(
      (e: unknown) => e,
    );
    expect(isWfkitError(error) && error.code).toBe("invalid_argument");
    expect(wire.calls).toHaveLength(0);
  });
});

/** An `/observe` body that stays open until its request is aborted. */
function openBody(signal: AbortSignal): Response {
  return new Response(
    new ReadableStream({
      start(controller) {
        signal.addEventListener("abort", () => controller.error(signal.reason), { once: true });
      },
    }),
  );
}
