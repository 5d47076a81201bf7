import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canonical, decodeStream, postText, startV1 } from "./v1-helpers.js";

/**
 * Byte-exact stream captures from the real Mastra 1.x harness (core 1.71.0, server 1.69.0)
 * serving the same sample workflows, with the same run ids.
 */
const fixture = (name: string) =>
  readFileSync(
    new URL(`../../../harness/mastra-1.x/test/fixtures/${name}`, import.meta.url),
    "utf8",
  );

/** Same records, same field order, same framing; times, call ids and sleep ids normalised. */
const expectSameStream = (actual: string, name: string) => {
  const expected = fixture(name);
  expect(actual.split("\u001e").length).toBe(expected.split("\u001e").length);
  expect(canonical(decodeStream(actual))).toBe(canonical(decodeStream(expected)));
};

describe("conformance with real Mastra 1.x stream captures", () => {
  it("city workflow: stream until suspended, resume-stream until success, observe afterwards", async () => {
    const server = await startV1();
    const runId = "fixture-city-1";
    expectSameStream(
      await postText(server, `/testWorkflow/stream?runId=${runId}`, {
        inputData: { city: "Tokyo" },
      }),
      "stream-city-start-until-suspended.bin",
    );
    expectSameStream(
      await postText(server, `/testWorkflow/resume-stream?runId=${runId}`, {
        step: "approval",
        resumeData: { approved: true, approver: "ana" },
      }),
      "resume-stream-city-until-success.bin",
    );
    expectSameStream(
      await postText(server, `/testWorkflow/observe?runId=${runId}`),
      "observe-city-after-success.bin",
    );
  });

  it("city workflow failing in its first step", async () => {
    const server = await startV1();
    expectSameStream(
      await postText(server, "/testWorkflow/stream?runId=fixture-city-fail-1", {
        inputData: { city: "FAIL" },
      }),
      "stream-city-fail.bin",
    );
  });

  it("failing workflow", async () => {
    const server = await startV1();
    expectSameStream(
      await postText(server, "/failingWorkflow/stream?runId=fixture-fail-1", { inputData: {} }),
      "stream-failing-step.bin",
    );
  });

  it("pipeline workflow with its .sleep()", async () => {
    const server = await startV1();
    const body = postText(server, "/pipelineWorkflow/stream?runId=fixture-pipe-1", {
      inputData: { value: 3 },
    });
    await new Promise((resolve) => setImmediate(resolve));
    await server.clock.advance(50);
    expectSameStream(await body, "stream-pipeline-sleep.bin");
  });

  it("answers streams with the captured headers (text/plain, no charset, CORS)", async () => {
    const server = await startV1({ listen: true });
    const res = await fetch(`${server.url}/api/workflows/testWorkflow/stream?runId=h`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ inputData: { city: "AUTO" } }),
    });
    await res.text();
    const captured = Object.fromEntries(
      fixture("stream-response-headers.txt")
        .split("\n")
        .slice(1)
        .filter((line) => line.includes(":"))
        .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 2)]),
    );
    for (const name of [
      "access-control-allow-origin",
      "access-control-expose-headers",
      "content-type",
      "transfer-encoding",
    ])
      expect([name, res.headers.get(name)]).toEqual([name, captured[name]]);
  });
});
