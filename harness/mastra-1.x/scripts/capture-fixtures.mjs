#!/usr/bin/env node
/**
 * Rewrites the byte-exact stream bodies in `test/fixtures/` from a real Mastra 1.x harness server:
 *
 *   node harness/mastra-1.x/scripts/capture-fixtures.mjs
 *
 * Bodies are stored exactly as received (single-encoded JSON records, each followed by U+001E).
 * Timestamps, `stepCallId`s and the sleep step's `sleep_<uuid>` id change on every capture.
 */
import { createFixtureWriter, headersFixture } from "@wfkit/harness-shared";
import { startMastra1 } from "../src/index.js";

const save = createFixtureWriter(new URL("../test/fixtures/", import.meta.url));

const mastra = await startMastra1();
try {
  const api = `${mastra.url}/api/workflows`;
  const post = async (path, body) => {
    const response = await fetch(`${api}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(10_000),
    });
    return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
  };

  await post("/testWorkflow/create-run?runId=fixture-city-1");
  const start = await post("/testWorkflow/stream?runId=fixture-city-1", {
    inputData: { city: "Tokyo" },
  });
  await save("stream-city-start-until-suspended.bin", start.bytes);
  const resume = await post("/testWorkflow/resume-stream?runId=fixture-city-1", {
    step: "approval",
    resumeData: { approved: true, approver: "ana" },
  });
  await save("resume-stream-city-until-success.bin", resume.bytes);
  const observed = await post("/testWorkflow/observe?runId=fixture-city-1");
  await save("observe-city-after-success.bin", observed.bytes);

  await post("/testWorkflow/create-run?runId=fixture-city-fail-1");
  const cityFail = await post("/testWorkflow/stream?runId=fixture-city-fail-1", {
    inputData: { city: "FAIL" },
  });
  await save("stream-city-fail.bin", cityFail.bytes);

  await post("/failingWorkflow/create-run?runId=fixture-fail-1");
  const failure = await post("/failingWorkflow/stream?runId=fixture-fail-1", { inputData: {} });
  await save("stream-failing-step.bin", failure.bytes);

  await post("/pipelineWorkflow/create-run?runId=fixture-pipe-1");
  const pipeline = await post("/pipelineWorkflow/stream?runId=fixture-pipe-1", {
    inputData: { value: 3 },
  });
  await save("stream-pipeline-sleep.bin", pipeline.bytes);

  await save("stream-response-headers.txt", headersFixture(start.response));
} finally {
  await mastra.close();
}
