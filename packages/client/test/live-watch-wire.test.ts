/**
 * Issue 13, "Live watching on 1.x", on the wire (injected fetch): while a watch of the client
 * listens to a run, `start` and `resume` of that run are sent once, as `POST /stream` and
 * `POST /resume-stream` (never also as `/start` or `/resume`), answer with the plain call's
 * acknowledgement, and the watch delivers the stream's events as live records. Without a watch the
 * plain routes are used. A stream that drops leaves the rest to the watch's polling, each step
 * outcome once, in order.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MastraClient, type WatchRecord } from "@wfkit/client";
import { createWireFetch, json, type Responder, type WireCall } from "./helpers/wire.js";

const fixtures = fileURLToPath(new URL("./fixtures/v1/", import.meta.url));
const START_BYTES = new Uint8Array(
  readFileSync(fixtures + "stream-city-start-until-suspended.bin"),
);
const RESUME_BYTES = new Uint8Array(
  readFileSync(fixtures + "resume-stream-city-until-success.bin"),
);
const RUN = "fixture-city-1";
const BASE = "/api/workflows/testWorkflow";

function setup(responder: Responder) {
  const wire = createWireFetch(responder);
  const client = new MastraClient({
    baseUrl: "http://mastra.test:4111",
    fetch: wire.fetch,
    protocol: "v1",
    retry: { retries: 0 },
  });
  return { wire, workflow: client.getWorkflow("testWorkflow") };
}

/** A text/plain body of `bytes`; with `dropAt`, the connection fails after that many bytes. */
function body(bytes: Uint8Array, dropAt?: number): Response {
  let sent = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(bytes.slice(0, dropAt ?? bytes.length));
      } else if (dropAt === undefined) controller.close();
      else controller.error(new TypeError("terminated"));
    },
  });
  return new Response(stream, { headers: { "content-type": "text/plain" } });
}

const describeRecord = (r: WatchRecord) =>
  `${r.payload.workflowState.status}/${r.payload.currentStep?.id ?? "-"}:${r.payload.currentStep?.status ?? "-"}${r.synthetic ? "*" : ""}`;

const routes = (calls: WireCall[]) =>
  calls.filter((c) => c.method === "POST").map((c) => c.path.slice(BASE.length + 1));

const PENDING = { runId: RUN, status: "pending", steps: {} };
/** The run's state once suspended, as `GET runs/:runId` answers it (times from the fixture). */
const SUSPENDED = {
  runId: RUN,
  status: "suspended",
  payload: { city: "Tokyo" },
  steps: {
    "validate-city": {
      payload: { city: "Tokyo" },
      startedAt: 1795871338701,
      status: "success",
      output: { city: "Tokyo", normalized: "TOKYO" },
      endedAt: 1795871338705,
    },
    approval: {
      payload: { city: "Tokyo", normalized: "TOKYO" },
      startedAt: 1795871338706,
      status: "suspended",
      suspendPayload: { message: "Approve trip to Tokyo?", city: "Tokyo" },
      suspendedAt: 1795871338707,
    },
  },
};

describe("live watching on 1.x, on the wire", () => {
  it("without a watch, start is a plain POST /start", async () => {
    const { wire, workflow } = setup(() => json({ message: "Workflow run started" }));
    const ack = await workflow.start({ runId: RUN, inputData: { city: "Tokyo" } });
    expect(ack).toEqual({ message: "Workflow run started" });
    expect(wire.calls).toMatchObject([
      {
        method: "POST",
        path: `${BASE}/start`,
        query: { runId: RUN },
        body: { inputData: { city: "Tokyo" } },
      },
    ]);
  });

  it("watch (not awaited), then start: one POST /stream, and the watch's records are its events, live", async () => {
    const { wire, workflow } = setup((call) => {
      if (call.path.endsWith("/observe")) return new Response("");
      if (call.path.endsWith("/stream")) return body(START_BYTES);
      return json(PENDING);
    });
    const records: WatchRecord[] = [];
    const watching = workflow.watch({ runId: RUN, stallTimeoutMs: 600_000 }, (r) => {
      records.push(r);
    });
    const ack = await workflow.start({
      runId: RUN,
      inputData: { city: "Tokyo" },
      runtimeContext: { tenant: "t-1" },
    });
    await (
      await watching
    ).done;

    expect(ack).toEqual({ message: "Workflow run started" });
    const streams = wire.calls.filter((c) => c.path.endsWith("/stream"));
    expect(streams).toEqual([
      expect.objectContaining({
        method: "POST",
        path: `${BASE}/stream`,
        query: { runId: RUN },
        body: { inputData: { city: "Tokyo" }, requestContext: { tenant: "t-1" } },
      }),
    ]);
    expect(routes(wire.calls)).toEqual(["observe", "stream"]);
    expect(records.map(describeRecord)).toEqual([
      "running/validate-city:running",
      "running/validate-city:success",
      "running/approval:running",
      "running/approval:suspended",
      "suspended/-:-",
    ]);
  });

  it("watch, then resume: one POST /resume-stream after the preflight, and the resume's records, live", async () => {
    const { wire, workflow } = setup((call) => {
      if (call.path.endsWith("/observe")) return new Response("");
      if (call.path.endsWith("/resume-stream")) return body(RESUME_BYTES);
      return json(SUSPENDED);
    });
    const records: WatchRecord[] = [];
    const watching = workflow.watch({ runId: RUN, stallTimeoutMs: 600_000 }, (r) => {
      records.push(r);
    });
    const ack = await workflow.resume({
      runId: RUN,
      step: "approval",
      resumeData: { approved: true, approver: "ana" },
    });
    await (
      await watching
    ).done;

    expect(ack).toEqual({ message: "Workflow run resumed" });
    expect(wire.calls.filter((c) => c.path.endsWith("/resume-stream"))).toEqual([
      expect.objectContaining({
        method: "POST",
        query: { runId: RUN },
        body: { step: "approval", resumeData: { approved: true, approver: "ana" } },
      }),
    ]);
    expect(routes(wire.calls)).toEqual(["observe", "resume-stream"]);
    expect(records.map(describeRecord)).toEqual([
      "running/approval:running",
      "running/approval:success",
      "running/finalize:running",
      "running/finalize:success",
      "success/-:-",
    ]);
  });

  it("a watch that ended before start leaves start on POST /start", async () => {
    const { wire, workflow } = setup((call) => {
      if (call.path.endsWith("/observe")) return new Response("");
      if (call.path.endsWith("/start")) return json({ message: "Workflow run started" });
      return json(PENDING);
    });
    const handle = await workflow.watch({ runId: RUN, stallTimeoutMs: 600_000 }, () => {});
    await handle.close();
    await workflow.start({ runId: RUN, inputData: { city: "Tokyo" } });
    expect(routes(wire.calls)).toEqual(["observe", "start"]);
  });

  it("start of a watched run that was not pending (here suspended) stays a plain POST /start", async () => {
    const { wire, workflow } = setup((call) => {
      if (call.path.endsWith("/observe")) return new Response("");
      if (call.path.endsWith("/start")) return json({ message: "Workflow run started" });
      return json(SUSPENDED);
    });
    const handle = await workflow.watch(
      { runId: RUN, follow: true, stallTimeoutMs: 600_000 },
      () => {},
    );
    await workflow.start({ runId: RUN, inputData: { city: "Tokyo" } });
    await handle.close();
    expect(routes(wire.calls)).toEqual(["observe", "start"]);
  });

  it("a stream that drops mid-run: the rest comes from polling, each step outcome once, in order", async () => {
    // Cut the body right after the third event (validate-city's result and approval's start).
    const cut = nthSeparator(START_BYTES, 4) + 1;
    const records: WatchRecord[] = [];
    // The run state moves on once the watch has seen what the stream carried before it dropped.
    const { wire, workflow } = setup((call) => {
      if (call.path.endsWith("/observe")) return new Response("");
      if (call.path.endsWith("/stream")) return body(START_BYTES, cut);
      return json(records.length < 3 ? PENDING : SUSPENDED);
    });
    const watching = workflow.watch({ runId: RUN, stallTimeoutMs: 20 }, (r) => {
      records.push(r);
    });
    await workflow.start({ runId: RUN, inputData: { city: "Tokyo" } });
    await (
      await watching
    ).done;

    expect(routes(wire.calls).filter((r) => r !== "observe")).toEqual(["stream"]);
    expect(records.map(describeRecord)).toEqual([
      "running/validate-city:running",
      "running/validate-city:success",
      "running/approval:running",
      "running/approval:suspended*",
      "suspended/-:-*",
    ]);
  });
});

function nthSeparator(bytes: Uint8Array, n: number): number {
  let seen = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x1e && ++seen === n) return i;
  throw new Error(`fewer than ${n} records`);
}
