import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MastraClient, RunHandle } from "@wfkit/client";
import { createObserveDeduper } from "../src/observe-dedupe.js";
import { createWireFetch, json, text } from "./helpers/wire.js";

function setup() {
  const wire = createWireFetch((call) => {
    if (call.path.endsWith("/create-run")) return json({ runId: call.query.runId });
    if (call.path.endsWith("/stream")) return text("");
    if (call.path.endsWith("-async")) return json({ status: "success", steps: {}, result: 1 });
    return json({ message: "ok" });
  });
  const workflow = new MastraClient({ fetch: wire.fetch, protocol: "v1" }).getWorkflow("w");
  return { wire, workflow };
}

describe("run handles", () => {
  it("createRun still gives { runId } to JSON, spread and Object.keys", async () => {
    const { workflow } = setup();
    const run = await workflow.createRun({ runId: "r-1" });
    expect(run).toBeInstanceOf(RunHandle);
    expect(JSON.stringify(run)).toBe('{"runId":"r-1"}');
    expect({ ...run }).toStrictEqual({ runId: "r-1" });
    expect(Object.keys(run)).toEqual(["runId"]);
    expect(run.workflowId).toBe("w");
  });

  it("each method is the workflow's call with the run's id filled in", async () => {
    const { wire, workflow } = setup();
    const run = await workflow.createRun({ runId: "r-1" });
    await run.start({ inputData: { a: 1 } });
    await run.startAsync({ inputData: { a: 1 }, perStep: true });
    await run.stream({ inputData: { a: 2 } });
    await run.resume({ step: "s", resumeData: { ok: true }, preflight: false });
    await run.resumeAsync({ step: "s", preflight: false });
    await run.resumeNoWait({ preflight: false });
    await run.cancel();
    await run.delete();
    await run.restart();
    await run.timeTravel({ step: "s", inputData: 1 });
    const sent = wire.calls
      .slice(1)
      .map((c) => `${c.method} ${c.path.slice("/api/workflows/".length)} ${c.query.runId ?? ""}`);
    expect(sent).toEqual([
      "POST w/start r-1",
      "POST w/start-async r-1",
      "POST w/stream r-1",
      "POST w/resume r-1",
      "POST w/resume-async r-1",
      "POST w/resume-no-wait r-1",
      "POST w/runs/r-1/cancel ",
      "DELETE w/runs/r-1 ",
      "POST w/restart r-1",
      "POST w/time-travel r-1",
    ]);
    expect(wire.calls[2]!.body).toEqual({ inputData: { a: 1 }, perStep: true });
  });

  it("a runId in the parameters cannot point the handle at another run", async () => {
    const { wire, workflow } = setup();
    const run = await workflow.createRun({ runId: "r-1" });
    await run.start({ inputData: {}, runId: "other" } as never);
    expect(wire.calls[1]!.query).toEqual({ runId: "r-1" });
  });
});

describe("observe repeats", () => {
  const dir = fileURLToPath(new URL("./fixtures/v1/", import.meta.url));
  const records = (name: string) =>
    new TextDecoder()
      .decode(readFileSync(dir + name))
      .split("\u001e")
      .filter((p) => p.trim())
      .map((p) => JSON.parse(p) as { type: string });
  const run = (input: unknown[]) => {
    const dedupe = createObserveDeduper();
    return input.flatMap((r) => {
      const out = dedupe(r);
      return out === undefined ? [] : Array.isArray(out) ? out : [out];
    });
  };

  it("a replay of two streams (stream + resume-stream) keeps all 12 records, both starts included", () => {
    const all = records("observe-city-after-success.bin");
    expect(all).toHaveLength(12);
    expect(run(all).map((e) => e.raw)).toEqual(all);
  });

  it("the suspended part replayed again after the finish is dropped, its workflow-start too", () => {
    const cached = records("stream-city-start-until-suspended.bin");
    const body = [...cached, ...cached.slice(0, 5)];
    expect(run(body).map((e) => e.raw)).toEqual(cached);
  });

  it("live records repeating the cached beginning are dropped", () => {
    const cached = records("stream-city-start-until-suspended.bin");
    const body = [...cached.slice(0, 2), ...cached];
    expect(run(body).map((e) => e.raw)).toEqual(cached);
  });
});
