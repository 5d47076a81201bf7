/**
 * The typed event stream on the 1.x stream bodies captured from a real server (copied from
 * openapi/test/fixtures/1.x and harness/mastra-1.x/test/fixtures).
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isStreamConsumedError, type RecordParseError } from "@wfkit/watch";
import {
  StreamIncompleteError,
  createEventStream,
  type WorkflowEventStream,
} from "../src/event-stream.js";
import { createV0EventMapper, type WorkflowStreamEvent } from "../src/stream-events.js";

const dir = fileURLToPath(new URL("./fixtures/v1/", import.meta.url));
const files = readdirSync(dir).filter((name) => /^(stream|resume|observe|time-travel)/.test(name));
const encoder = new TextEncoder();

/** The records of a body, split independently of the code under test. */
function oracle(bytes: Uint8Array): Array<Record<string, any>> {
  return new TextDecoder()
    .decode(bytes)
    .split("\u001e")
    .filter((piece) => piece.trim() !== "")
    .map((piece) => JSON.parse(piece));
}

function body(chunks: Uint8Array[], onCancel?: () => void): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(chunks[index++]!);
      else controller.close();
    },
    cancel: () => onCancel?.(),
  });
}

async function collect(stream: WorkflowEventStream): Promise<WorkflowStreamEvent[]> {
  const events: WorkflowStreamEvent[] = [];
  for await (const event of stream) events.push(event);
  return events;
}

describe.each(files)("%s split at every byte offset", (file) => {
  const bytes = new Uint8Array(readFileSync(dir + file));
  const expected = oracle(bytes);
  const finish = expected.filter((r) => r.type === "workflow-finish").at(-1);
  const expectedTypes = expected.map((r) => r.type).join(",");
  const expectedRaw = JSON.stringify(expected);

  it("yields every record, in order, typed, with the raw record kept, and the final result", async () => {
    expect(expected.length).toBeGreaterThan(1);
    for (let offset = 0; offset <= bytes.length; offset++) {
      const stream = createEventStream({
        runId: "r",
        body: body([bytes.slice(0, offset), bytes.slice(offset)]),
      });
      const events = await collect(stream);
      // Compared as strings: thousands of offsets on a loaded machine.
      expect(events.map((e) => e.type).join(","), `split at ${offset}`).toBe(expectedTypes);
      expect(JSON.stringify(events.map((e) => e.raw)), `split at ${offset}`).toBe(expectedRaw);
      const result = await stream.result;
      expect(result.status).toBe(finish!.payload.workflowStatus);
      expect(JSON.stringify(result.result)).toBe(
        JSON.stringify(finish!.payload.finalWorkflowResult),
      );
    }
  }, 120_000);
});

describe("the result", () => {
  const read = (name: string) => new Uint8Array(readFileSync(dir + name));

  it("of a suspended run names the suspended step and keeps every step seen", async () => {
    const stream = createEventStream({
      runId: "r",
      body: body([read("stream-city-start-until-suspended.bin")]),
    });
    // Read without iterating: the result reads the body itself.
    const result = await stream.result;
    expect(result).toMatchObject({ status: "suspended", suspended: [["approval"]] });
    expect(Object.keys(result.steps)).toEqual(["validate-city", "approval"]);
    expect(result.steps["validate-city"]).toMatchObject({ status: "success" });
    // The events the result read are still there for the loop.
    expect((await collect(stream)).map((e) => e.type)).toEqual(
      oracle(read("stream-city-start-until-suspended.bin")).map((r) => r.type),
    );
  });

  it("of a failed run carries the failing step's error as a WorkflowError", async () => {
    const stream = createEventStream({ runId: "r", body: body([read("stream-failing-step.bin")]) });
    const result = await stream.result;
    expect(result.status).toBe("failed");
    expect(result.error?.message).toMatch(/./);
    expect(typeof result.error?.message).toBe("string");
  });

  it("rejects with StreamIncompleteError when the body ends before workflow-finish", async () => {
    const bytes = read("stream-city-start-until-suspended.bin");
    const cut =
      new TextDecoder().decode(bytes).split("\u001e").slice(0, 3).join("\u001e") + "\u001e";
    const stream = createEventStream({ runId: "r-cut", body: body([encoder.encode(cut)]) });
    expect((await collect(stream)).length).toBe(3);
    await expect(stream.result).rejects.toBeInstanceOf(StreamIncompleteError);
    await expect(stream.result).rejects.toThrow(/run r-cut ended before its workflow-finish/);
  });

  it("is created lazily: a failing body whose result nobody reads raises no unhandled rejection", async () => {
    const failing = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.error(new Error("connection reset")),
    });
    const stream = createEventStream({ runId: "r", body: failing });
    await expect(collect(stream)).rejects.toThrow("connection reset");
    // vitest fails the run on an unhandled rejection; reading `result` now still rejects.
    await expect(stream.result).rejects.toBeInstanceOf(StreamIncompleteError);
  });
});

describe("the stream's guarantees", () => {
  const record = (value: object) => encoder.encode(JSON.stringify(value) + "\u001e");
  const start = {
    type: "workflow-start",
    runId: "r",
    from: "WORKFLOW",
    payload: { workflowId: "w" },
  };

  it("passes unknown event types through as `other`, never dropped", async () => {
    const output = { type: "workflow-step-output", runId: "r", from: "USER", payload: { n: 1 } };
    const events = await collect(
      createEventStream({ runId: "r", body: body([record(start), record(output)]) }),
    );
    expect(events).toEqual([
      { ...start, raw: start },
      {
        type: "other",
        eventType: "workflow-step-output",
        runId: "r",
        from: "USER",
        payload: { n: 1 },
        raw: output,
      },
    ]);
  });

  it("reports a bad record and goes on", async () => {
    const errors: RecordParseError[] = [];
    const events = await collect(
      createEventStream({
        runId: "r",
        body: body([encoder.encode("{not json\u001e42\u001e"), record(start)]),
        onInvalidRecord: (error) => errors.push(error),
      }),
    );
    expect(events.map((e) => e.type)).toEqual(["workflow-start"]);
    expect(errors.map((e) => e.text)).toEqual(["{not json", "42"]);
  });

  it("can be iterated once", async () => {
    const stream = createEventStream({ runId: "r", body: body([record(start)]) });
    await collect(stream);
    let error: unknown;
    try {
      await collect(stream);
    } catch (caught) {
      error = caught;
    }
    expect(isStreamConsumedError(error)).toBe(true);
  });

  it("`break` cancels the body (releases the connection) and the result then rejects", async () => {
    let cancelled = 0;
    const stream = createEventStream({
      runId: "r",
      body: body([record(start), record(start), record(start)], () => cancelled++),
    });
    for await (const event of stream) {
      expect(event.type).toBe("workflow-start");
      break;
    }
    expect(cancelled).toBe(1);
    await expect(stream.result).rejects.toThrow(/was closed before/);
  });

  it("aborting the signal ends the loop with the abort and cancels the body", async () => {
    let cancelled = 0;
    const controller = new AbortController();
    let pulls = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulls++;
        if (pulls === 1) c.enqueue(record(start));
        // later pulls never answer: a live run with nothing new
      },
      cancel: () => void cancelled++,
    });
    const stream = createEventStream({ runId: "r", body: endless, signal: controller.signal });
    const iterator = stream[Symbol.asyncIterator]();
    expect((await iterator.next()).value?.type).toBe("workflow-start");
    const pending = iterator.next();
    controller.abort(new Error("user stop"));
    await expect(pending).rejects.toMatchObject({ name: "WatchAbortError" });
    expect(cancelled).toBe(1);
  });
});

describe("0.x /stream events", () => {
  it("are renamed to the 1.x names, keep the raw event, and finish with a derived status", () => {
    const map = createV0EventMapper("testWorkflow", "r-0");
    const raw = [
      { type: "start", payload: { runId: "r-0" } },
      { type: "step-start", payload: { id: "a", payload: {}, startedAt: 1, status: "running" } },
      {
        type: "step-result",
        payload: { id: "a", status: "success", output: { x: 1 }, endedAt: 2 },
      },
      { type: "step-finish", payload: { id: "a", metadata: {} } },
      { type: "step-suspended", payload: { id: "b", status: "suspended", suspendPayload: {} } },
      { type: "finish", payload: { runId: "r-0" } },
    ];
    const events = raw.flatMap((r) => map(r)!);
    expect(events.map((e) => e.type)).toEqual([
      "workflow-start",
      "workflow-step-start",
      "workflow-step-result",
      "other",
      "workflow-step-suspended",
      "workflow-finish",
    ]);
    // The finish is made at the suspension (0.10.15 sends none); a later `finish` is dropped.
    expect(events.map((e) => e.raw)).toEqual(raw.slice(0, 5).concat(raw[4]!));
    expect(events[0]).toMatchObject({ runId: "r-0", payload: { workflowId: "testWorkflow" } });
    expect(events[2]).toMatchObject({ payload: { id: "a", stepName: "a", output: { x: 1 } } });
    expect(events[3]).toMatchObject({ eventType: "step-finish" });
    expect(events[5]).toMatchObject({ payload: { workflowStatus: "suspended" } });
  });

  it("map a failed run's finish to failed, and a finish after steps that all succeeded to success", () => {
    const failed = createV0EventMapper("w", "r");
    failed({ type: "step-result", payload: { id: "a", status: "failed", error: "x" } });
    expect(failed({ type: "finish", payload: {} })).toMatchObject({
      type: "workflow-finish",
      payload: { workflowStatus: "failed" },
    });
    const ok = createV0EventMapper("w", "r");
    ok({ type: "step-result", payload: { id: "a", status: "success" } });
    expect(ok({ type: "finish", payload: {} })).toMatchObject({
      payload: { workflowStatus: "success" },
    });
  });

  it("end at a suspension although the body stays open, closing the connection, with a suspended result", async () => {
    const records = [
      { type: "start", payload: { runId: "r-0" } },
      { type: "step-start", payload: { id: "b", payload: {}, startedAt: 1, status: "running" } },
      { type: "step-suspended", payload: { id: "b", status: "suspended", suspendPayload: {} } },
    ];
    let cancelled = 0;
    let pulls = 0;
    // Like 0.10.15: the records, then an open body that never sends another byte.
    const open = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulls++ === 0) {
          controller.enqueue(
            encoder.encode(records.map((r) => JSON.stringify(r) + "\u001e").join("")),
          );
        }
        return pulls > 1 ? new Promise<void>(() => {}) : undefined;
      },
      cancel: () => void cancelled++,
    });
    const stream = createEventStream({
      runId: "r-0",
      body: open,
      toEvent: createV0EventMapper("testWorkflow", "r-0"),
      endAtFinish: true,
    });
    const events = await collect(stream);
    expect(events.map((e) => e.type)).toEqual([
      "workflow-start",
      "workflow-step-start",
      "workflow-step-suspended",
      "workflow-finish",
    ]);
    await expect(stream.result).resolves.toMatchObject({
      status: "suspended",
      suspended: [["b"]],
    });
    expect(cancelled).toBe(1);
  });

  it("do not end at a suspension while another step still runs", () => {
    const map = createV0EventMapper("w", "r");
    map({ type: "step-start", payload: { id: "a", status: "running" } });
    expect(
      map({ type: "step-suspended", payload: { id: "b", status: "suspended" } }),
    ).toMatchObject({ type: "workflow-step-suspended" });
    map({ type: "step-result", payload: { id: "a", status: "success" } });
    expect(map({ type: "finish", payload: {} })).toMatchObject({
      payload: { workflowStatus: "suspended" },
    });
  });
});
