import { describe, expect, it } from "vitest";
import { InvalidArgumentError, MastraClient, type Workflow } from "@wfkit/client";
import { createWireFetch, json } from "./helpers/wire.js";

function setup() {
  const wire = createWireFetch(() => json({ message: "ok" }));
  const client = new MastraClient({ fetch: wire.fetch, protocol: "v0" }); // no detection request
  return { wire, workflow: client.getWorkflow("w") };
}

const circular: Record<string, unknown> = { a: 1 };
circular.self = circular;

describe("bad input fails before any request is sent", () => {
  const cases: [string, (w: Workflow) => Promise<unknown>][] = [
    ["start without runId", (w) => w.start({ inputData: {} } as never)],
    ["start with empty runId", (w) => w.start({ runId: "", inputData: {} })],
    [
      "resume without step and without preflight (0.x)",
      (w) => w.resume({ runId: "r", preflight: false }),
    ],
    ["resumeAsync with empty step path", (w) => w.resumeAsync({ runId: "r", step: [] as never })],
    ["resumeAsync without runId", (w) => w.resumeAsync({ step: "s" } as never)],
    ["startAsync with a BigInt", (w) => w.startAsync({ inputData: { n: 1n } })],
    ["startAsync with a cycle", (w) => w.startAsync({ inputData: circular })],
    ["start with a function", (w) => w.start({ runId: "r", inputData: { f: () => 1 } })],
    ["start with NaN", (w) => w.start({ runId: "r", inputData: { n: Number.NaN } })],
    ["runById with empty id", (w) => w.runById("")],
    ["createRun with empty runId", (w) => w.createRun({ runId: "" })],
    ["sendRunEvent without event", (w) => w.sendRunEvent({ runId: "r" } as never)],
  ];
  it.each(cases)("%s", async (_, act) => {
    const { wire, workflow } = setup();
    const error = await (async () => act(workflow))().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).code).toBe("invalid_argument");
    expect(wire.calls).toHaveLength(0);
  });

  it("names the offending path in the message", async () => {
    const { workflow } = setup();
    await expect(workflow.startAsync({ inputData: { deep: { n: 1n } } })).rejects.toThrow(
      "`inputData.deep.n` is a bigint",
    );
  });

  it("an empty workflow id is rejected by getWorkflow", () => {
    expect(() => new MastraClient().getWorkflow("")).toThrow(InvalidArgumentError);
  });

  it("a baseUrl that is not an absolute http(s) URL is rejected", () => {
    expect(() => new MastraClient({ baseUrl: "localhost:4111" })).toThrow(InvalidArgumentError);
    expect(() => new MastraClient({ baseUrl: "ftp://x" })).toThrow(InvalidArgumentError);
  });

  it("Dates and other toJSON values are allowed", async () => {
    const { wire, workflow } = setup();
    await workflow.start({ runId: "r", inputData: { at: new Date(0) } });
    expect(wire.calls[0]!.body).toEqual({ inputData: { at: "1970-01-01T00:00:00.000Z" } });
  });
});
