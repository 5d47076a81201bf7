/**
 * Golden tests: every byte-exact watch body captured from a real server, served through an
 * injected fetch and decoded by the client's own watch, chunk boundaries and all.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MastraClient, type WatchRecord } from "@wfkit/client";
import { createWireFetch, json } from "./helpers/wire.js";

const dir = fileURLToPath(new URL("../../../openapi/test/fixtures/", import.meta.url));
const fixtures = readdirSync(dir).filter((f) => f.endsWith(".bin"));

/** An independent decoding of a body: split on U+001E, parse twice. */
function expected(bytes: Uint8Array) {
  return new TextDecoder()
    .decode(bytes)
    .split("\u001e")
    .filter((piece) => piece !== "")
    .map((piece) => JSON.parse(JSON.parse(piece) as string) as Record<string, any>);
}

/** A wire step's stack-string error as the client hands it out: `{ name, message, stack }`. */
function withError<T extends Record<string, any> | undefined>(step: T): T {
  if (typeof step?.error !== "string") return step;
  const [, name, message] = /^(\w+): (.*)$/.exec(step.error.split("\n", 1)[0]!)!;
  return { ...step, error: { name, message, stack: step.error } };
}

function chunked(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

describe.each(fixtures)("%s", (name) => {
  const bytes = new Uint8Array(readFileSync(dir + name));
  const wire = expected(bytes);
  const runId = wire[0]!.runId as string;

  it.each([1, 7, 64, bytes.length])("decodes every record in chunks of %i bytes", async (size) => {
    const { fetch, calls } = createWireFetch((call) =>
      call.path.endsWith("/watch")
        ? new Response(chunked(bytes, size), { headers: { "content-type": "text/plain" } })
        : json({ status: "running", steps: {} }),
    );
    const workflow = new MastraClient({ fetch, protocol: "v0" }).getWorkflow("testWorkflow");
    const records: WatchRecord[] = [];
    const handle = await workflow.watch({ runId }, (r) => {
      records.push(r);
    });
    await handle.done;

    expect(calls[0]).toMatchObject({
      method: "GET",
      path: "/api/workflows/testWorkflow/watch",
      query: { runId },
      body: undefined,
    });
    expect(records).toHaveLength(wire.length);
    records.forEach((record, i) => {
      const raw = wire[i]!;
      const { input, ...wireSteps } = raw.payload.workflowState.steps;
      const steps = Object.fromEntries(
        Object.entries(wireSteps).map(([id, step]) => [id, withError(step as Record<string, any>)]),
      );
      expect(record.runId).toBe(raw.runId);
      expect(record.eventTimestamp).toEqual(new Date(raw.eventTimestamp));
      expect(record.payload.currentStep).toEqual(withError(raw.payload.currentStep));
      expect(record.payload.workflowState.status).toBe(raw.payload.workflowState.status);
      expect(record.payload.workflowState.steps).toEqual(steps);
      expect(record.payload.workflowState.input).toEqual(input);
      expect(record.synthetic).toBeUndefined();
    });
  });
});

it("finds every fixture", () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(3);
});
