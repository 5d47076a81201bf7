#!/usr/bin/env node
/**
 * Captures byte-exact watch bodies from a real Mastra 0.10.15 harness server into test/fixtures/:
 * - watch-city-start-until-suspended.bin  (city `Tokyo`, run id `fixture-city-1`)
 * - watch-city-resume-until-success.bin   (same run, resumed `{ approved: true, approver: "ana" }`)
 * - watch-failing-step.bin                (failing-workflow, run id `fixture-fail-1`; stack paths
 *                                          rewritten to `/app/node_modules/...`)
 * - watch-pipeline-until-waiting.bin     (pipeline-workflow `{ value: 3 }`, run id `fixture-pipe-1`:
 *                                          the watch ends at the sleep's `waiting` record)
 * - watch-pipeline-after-sleep.bin        (a second watch opened right after the first closed)
 * - watch-response-headers.txt            (status line and headers of the first watch)
 *
 *   node harness/mastra-0.10/scripts/capture-fixtures.mjs
 */
import { createFixtureWriter, headersFixture, sleep } from "@wfkit/harness-shared";
import { startMastra } from "../src/index.js";

const save = createFixtureWriter(new URL("../test/fixtures/", import.meta.url));

const mastra = await startMastra();
try {
  const api = `${mastra.url}/api/workflows`;

  const post = async (path, body) => {
    const response = await fetch(`${api}${path}`, {
      method: "POST",
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };

  /** Opens a watch, runs `trigger`, and returns the raw body bytes once the server closes it. */
  const capture = async (key, runId, trigger) => {
    const response = await fetch(`${api}/${key}/watch?runId=${runId}`, {
      signal: AbortSignal.timeout(10_000),
    });
    const body = response.arrayBuffer();
    await sleep(50);
    await trigger();
    return { response, bytes: Buffer.from(await body) };
  };

  // Stack traces name this machine's install path; make them stable.
  const scrubStacks = (bytes) =>
    Buffer.from(
      bytes
        .toString("utf8")
        .replace(
          /file:\/\/\/[^\s"\\]*?\/node_modules\/\.pnpm\/[^/]+\/node_modules\//g,
          "file:///app/node_modules/",
        )
        .replace(/file:\/\/\/[^\s"\\]*?\/harness\/(?:mastra-0\.10|shared)\//g, "file:///app/"),
      "utf8",
    );

  await post("/testWorkflow/create-run?runId=fixture-city-1");
  const start = await capture("testWorkflow", "fixture-city-1", () =>
    post("/testWorkflow/start?runId=fixture-city-1", { inputData: { city: "Tokyo" } }),
  );
  const resume = await capture("testWorkflow", "fixture-city-1", () =>
    post("/testWorkflow/resume-async?runId=fixture-city-1", {
      step: "approval",
      resumeData: { approved: true, approver: "ana" },
    }),
  );
  await post("/failingWorkflow/create-run?runId=fixture-fail-1");
  const failure = await capture("failingWorkflow", "fixture-fail-1", () =>
    post("/failingWorkflow/start?runId=fixture-fail-1", { inputData: {} }),
  );

  await post("/pipelineWorkflow/create-run?runId=fixture-pipe-1");
  const beforeSleep = await capture("pipelineWorkflow", "fixture-pipe-1", () =>
    post("/pipelineWorkflow/start?runId=fixture-pipe-1", { inputData: { value: 3 } }),
  );
  // The sleep lasts 50 ms: reconnect at once to see the rest.
  const afterSleep = await capture("pipelineWorkflow", "fixture-pipe-1", async () => {});

  await save("watch-city-start-until-suspended.bin", start.bytes);
  await save("watch-city-resume-until-success.bin", resume.bytes);
  await save("watch-failing-step.bin", scrubStacks(failure.bytes));
  await save("watch-pipeline-until-waiting.bin", beforeSleep.bytes);
  await save("watch-pipeline-after-sleep.bin", afterSleep.bytes);
  await save(
    "watch-response-headers.txt",
    headersFixture(start.response, ["date", "connection", "keep-alive"]),
  );
} finally {
  await mastra.close();
}
