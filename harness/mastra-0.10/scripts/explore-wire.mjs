#!/usr/bin/env node
/**
 * Drives every workflow route of a real Mastra 0.10.15 harness server and prints what it answers
 * (status, content type, body). The source of WIRE-NOTES.md; rerun it to check the notes.
 *
 *   node harness/mastra-0.10/scripts/explore-wire.mjs [section...]
 */
import { createWireProbe, show, sleep } from "@wfkit/harness-shared";
import { startMastra } from "../src/index.js";

const mastra = await startMastra();
const { api, call, section } = createWireProbe({
  url: mastra.url,
  sections: process.argv.slice(2),
  // POST /resume of a run that is not suspended kills a 0.10 server: bring it back.
  beforeSection: async () => {
    if (!mastra.alive()) await mastra.restart();
  },
});
const createRun = async (key = "testWorkflow", query = "") =>
  (await call("POST", `/${key}/create-run${query}`)).json.runId;

await section("list", async () => {
  const { json } = await call("GET", "", { max: 300 });
  for (const [key, info] of Object.entries(json)) {
    console.log(
      `  key=${key} name=${info.name} fields=${Object.keys(info)} steps=${Object.keys(info.steps)} allSteps=${Object.keys(info.allSteps)}`,
    );
    console.log(`  stepGraph=${JSON.stringify(info.stepGraph)}`);
  }
});

await section("details", async () => {
  const { json } = await call("GET", "/testWorkflow", { max: 300 });
  console.log(`  fields=${Object.keys(json)} inputSchema=${JSON.stringify(json.inputSchema)}`);
  console.log(`  approval=${JSON.stringify(json.steps.approval)}`);
  await call("GET", "/city-workflow");
  await call("GET", "/nope");
});

await section("create-run", async () => {
  await call("POST", "/testWorkflow/create-run");
  await call("POST", "/testWorkflow/create-run?runId=my-run-1");
  await call("POST", "/testWorkflow/create-run?runId=my-run-1");
  await call("GET", "/testWorkflow/runs/my-run-1/execution-result");
  await call("GET", "/testWorkflow/runs/my-run-1");
  await call("POST", "/nope/create-run");
  await call("POST", "/testWorkflow/create-run", { body: { runId: "in-body" } });
});

await section("start", async () => {
  await call("POST", "/testWorkflow/start", { body: { inputData: { city: "AUTO" } } });
  await call("POST", "/testWorkflow/start?runId=never-created", {
    body: { inputData: { city: "AUTO" } },
  });
  const runId = await createRun();
  await call("POST", `/testWorkflow/start?runId=${runId}`, {
    body: { inputData: { city: "AUTO" } },
  });
  await sleep(200);
  await call("GET", `/testWorkflow/runs/${runId}/execution-result`);
  await call("POST", "/nope/start?runId=x", { body: { inputData: {} } });
  const again = await createRun();
  await call("POST", `/testWorkflow/start?runId=${again}`, { raw: "" });
  await call("POST", `/testWorkflow/start?runId=${again}`, {
    raw: "{not json",
    headers: { "content-type": "application/json" },
  });
});

await section("start-async", async () => {
  let runId = await createRun();
  await call("POST", `/testWorkflow/start-async?runId=${runId}`, {
    body: { inputData: { city: "Paris" } },
  });
  runId = await createRun();
  await call("POST", `/testWorkflow/start-async?runId=${runId}`, {
    body: { inputData: { city: "AUTO" } },
  });
  await call("POST", "/testWorkflow/start-async", { body: { inputData: { city: "AUTO" } } });
  await call("POST", "/testWorkflow/start-async?runId=never-created", {
    body: { inputData: { city: "AUTO" } },
  });
  await call("POST", "/testWorkflow/start-async", { body: { inputData: { city: "FAIL" } } });
  await call("POST", "/failingWorkflow/start-async", { body: { inputData: {} } });
  await call("POST", "/pipelineWorkflow/start-async", { body: { inputData: { value: 20 } } });
  await call("POST", "/pipelineWorkflow/start-async", {
    body: { inputData: { value: "notanumber" } },
  });
  await call("POST", "/testWorkflow/start-async", { body: {} });
  await call("POST", "/testWorkflow/start-async", { raw: "" });
  await call("POST", "/testWorkflow/start-async", {
    raw: "{oops",
    headers: { "content-type": "application/json" },
  });
  await call("POST", "/nope/start-async", { body: { inputData: {} } });
  // Starting the same run twice.
  runId = await createRun();
  await call("POST", `/testWorkflow/start-async?runId=${runId}`, {
    body: { inputData: { city: "AUTO" } },
  });
  await call("POST", `/testWorkflow/start-async?runId=${runId}`, {
    body: { inputData: { city: "Rome" } },
  });
});

await section("resume-async", async () => {
  const runId = await createRun();
  await call("POST", `/testWorkflow/start-async?runId=${runId}`, {
    body: { inputData: { city: "Lisbon" } },
  });
  await call("POST", `/testWorkflow/resume-async?runId=${runId}`, {
    body: { step: "finalize", resumeData: { approved: true } },
  });
  await call("POST", `/testWorkflow/resume-async?runId=${runId}`, {
    body: { resumeData: { approved: true } },
  });
  await call("POST", `/testWorkflow/resume-async`, {
    body: { step: "approval", resumeData: { approved: true } },
  });
  await call("POST", `/testWorkflow/resume-async?runId=never-created`, {
    body: { step: "approval", resumeData: { approved: true } },
  });
  await call("GET", `/testWorkflow/runs/${runId}/execution-result`);
  await call("POST", `/testWorkflow/resume-async?runId=${runId}`, {
    body: { step: ["approval"], resumeData: { approved: true, approver: "ana" } },
  });
  await call("GET", `/testWorkflow/runs/${runId}/execution-result`);
  console.log("  (resume-async of the finished run:)");
  await call("POST", `/testWorkflow/resume-async?runId=${runId}`, {
    body: { step: "approval", resumeData: { approved: true } },
  });
  console.log(`  alive after resume-async of finished run: ${mastra.alive()}`);
  const created = await createRun();
  console.log("  (resume-async of a created, never started run:)");
  await call("POST", `/testWorkflow/resume-async?runId=${created}`, {
    body: { step: "approval", resumeData: { approved: true } },
  });
  console.log(`  alive: ${mastra.alive()}`);
  const rejected = await createRun();
  await call("POST", `/testWorkflow/start-async?runId=${rejected}`, {
    body: { inputData: { city: "Oslo" } },
    max: 200,
  });
  await call("POST", `/testWorkflow/resume-async?runId=${rejected}`, {
    body: { step: "approval", resumeData: { approved: false } },
  });
  const noData = await createRun();
  await call("POST", `/testWorkflow/start-async?runId=${noData}`, {
    body: { inputData: { city: "Bern" } },
    max: 200,
  });
  console.log("  (resume-async without resumeData:)");
  await call("POST", `/testWorkflow/resume-async?runId=${noData}`, { body: { step: "approval" } });
});

await section("resume", async () => {
  const runId = await createRun();
  await call("POST", `/testWorkflow/start-async?runId=${runId}`, {
    body: { inputData: { city: "Madrid" } },
    max: 200,
  });
  await call("POST", `/testWorkflow/resume?runId=${runId}`, {
    body: { step: "approval", resumeData: { approved: true, approver: "bo" } },
  });
  await call("GET", `/testWorkflow/runs/${runId}/execution-result`);
  await sleep(200);
  await call("GET", `/testWorkflow/runs/${runId}/execution-result`);
  await call("POST", `/testWorkflow/resume`, { body: { step: "approval" } });
  await call("POST", `/testWorkflow/resume?runId=${runId}`, { body: {} });
  await call("POST", `/testWorkflow/resume?runId=never-created`, { body: { step: "approval" } });
  console.log("  (resume of the finished run:)");
  const pid = mastra.pid;
  await call("POST", `/testWorkflow/resume?runId=${runId}`, {
    body: { step: "approval", resumeData: { approved: true } },
  });
  await sleep(500);
  console.log(`  pid ${pid} alive after /resume of finished run: ${mastra.alive()}`);
  if (!mastra.alive()) {
    console.log(
      mastra
        .output()
        .split("\n")
        .filter((l) => !/#tools|importNotDefined|    at |ERR_PACKAGE/.test(l))
        .slice(-12)
        .join("\n"),
    );
    await mastra.restart();
  }
  console.log("  (resume with a wrong step on a suspended run:)");
  const other = await createRun();
  await call("POST", `/testWorkflow/start-async?runId=${other}`, {
    body: { inputData: { city: "Riga" } },
    max: 200,
  });
  await call("POST", `/testWorkflow/resume?runId=${other}`, {
    body: { step: "finalize", resumeData: { approved: true } },
  });
  await sleep(500);
  console.log(`  alive after /resume wrong step: ${mastra.alive()}`);
  if (!mastra.alive()) {
    console.log(
      mastra
        .output()
        .split("\n")
        .filter((l) => !/#tools|importNotDefined|at |ERR_PACKAGE/.test(l))
        .slice(-12)
        .join("\n"),
    );
    await mastra.restart();
  }
  console.log("  (resume of a created, never started run:)");
  const created = await createRun();
  await call("POST", `/testWorkflow/resume?runId=${created}`, {
    body: { step: "approval", resumeData: { approved: true } },
  });
  await sleep(500);
  console.log(`  alive after /resume of pending run: ${mastra.alive()}`);
  if (!mastra.alive()) await mastra.restart();
});

await section("execution-result", async () => {
  const runId = await createRun();
  await call("GET", `/testWorkflow/runs/${runId}/execution-result`);
  await call("POST", `/testWorkflow/start?runId=${runId}`, {
    body: { inputData: { city: "SLOW" } },
  });
  await sleep(300);
  await call("GET", `/testWorkflow/runs/${runId}/execution-result`);
  await sleep(1000);
  await call("GET", `/testWorkflow/runs/${runId}/execution-result`);
  await call("POST", `/testWorkflow/resume-async?runId=${runId}`, {
    body: { step: "approval", resumeData: { approved: true } },
  });
  await call("GET", `/testWorkflow/runs/${runId}/execution-result`);
  const failed = await createRun();
  await call("POST", `/testWorkflow/start-async?runId=${failed}`, {
    body: { inputData: { city: "Atlantis" } },
    max: 200,
  });
  await call("GET", `/testWorkflow/runs/${failed}/execution-result`);
  await call("GET", `/testWorkflow/runs/never-created/execution-result`);
  await call("GET", `/nope/runs/${runId}/execution-result`);
});

await section("runs", async () => {
  const first = await createRun("pipelineWorkflow");
  await call("POST", `/pipelineWorkflow/start-async?runId=${first}`, {
    body: { inputData: { value: 1 } },
    max: 200,
  });
  await sleep(20);
  const mark = new Date().toISOString();
  await sleep(20);
  await call("POST", `/pipelineWorkflow/create-run?runId=second`);
  await call("POST", `/pipelineWorkflow/start-async?runId=second`, {
    body: { inputData: { value: 2 }, resourceId: "res-1" },
  });
  await call("GET", `/pipelineWorkflow/runs`, { max: 3000 });
  await call("GET", `/pipelineWorkflow/runs?limit=1`, { max: 300 });
  await call("GET", `/pipelineWorkflow/runs?limit=1&offset=0`, { max: 300 });
  await call("GET", `/pipelineWorkflow/runs?limit=1&offset=1`, { max: 300 });
  await call("GET", `/pipelineWorkflow/runs?fromDate=${encodeURIComponent(mark)}`, { max: 300 });
  await call("GET", `/pipelineWorkflow/runs?toDate=${encodeURIComponent(mark)}`, { max: 300 });
  await call("GET", `/pipelineWorkflow/runs?resourceId=res-1`, { max: 300 });
  await call("GET", `/pipelineWorkflow/runs?fromDate=garbage`, { max: 300 });
  await call("GET", `/pipelineWorkflow/runs?limit=abc&offset=0`, { max: 300 });
  await call("GET", `/nope/runs`);
  await call("GET", `/pipelineWorkflow/runs/${first}`, { max: 3000 });
  await call("GET", `/pipelineWorkflow/runs/never-created`);
  await call("GET", `/testWorkflow/runs/${first}`);
});

await section("cancel-send-event", async () => {
  const runId = await createRun();
  await call("POST", `/testWorkflow/start-async?runId=${runId}`, {
    body: { inputData: { city: "Kyiv" } },
    max: 200,
  });
  await call("POST", `/testWorkflow/runs/${runId}/send-event`, {
    body: { event: "ping", data: { a: 1 } },
  });
  await call("POST", `/testWorkflow/runs/${runId}/send-event`, { body: {} });
  await call("POST", `/testWorkflow/runs/${runId}/cancel`);
  await call("GET", `/testWorkflow/runs/${runId}/execution-result`);
  await call("POST", `/testWorkflow/runs/never-created/cancel`);
  await call("POST", `/testWorkflow/runs/never-created/send-event`, {
    body: { event: "ping", data: {} },
  });
  const slow = await createRun();
  await call("POST", `/testWorkflow/start?runId=${slow}`, {
    body: { inputData: { city: "SLOW" } },
  });
  await sleep(200);
  await call("POST", `/testWorkflow/runs/${slow}/cancel`);
  await sleep(1200);
  await call("GET", `/testWorkflow/runs/${slow}/execution-result`);
  console.log(`  alive: ${mastra.alive()}`);
});

await section("watch", async () => {
  await call("GET", `/testWorkflow/watch`);
  await call("GET", `/testWorkflow/watch?runId=never-created`);
  await call("GET", `/nope/watch?runId=x`);
  const runId = await createRun();
  const watching = call("GET", `/testWorkflow/watch?runId=${runId}`, { max: 100_000 });
  await sleep(50);
  await call("POST", `/testWorkflow/start?runId=${runId}`, {
    body: { inputData: { city: "Tokyo" } },
  });
  await watching;
  console.log("  (watch of the suspended run:)");
  await call("GET", `/testWorkflow/watch?runId=${runId}`);
  const resumed = call("GET", `/testWorkflow/watch?runId=${runId}`, { max: 100_000 });
  await sleep(50);
  await call("POST", `/testWorkflow/resume-async?runId=${runId}`, {
    body: { step: "approval", resumeData: { approved: true, approver: "ana" } },
    max: 200,
  });
  await resumed;
  console.log("  (watch of the finished run:)");
  await call("GET", `/testWorkflow/watch?runId=${runId}`);
  const failing = await createRun("failingWorkflow");
  const failWatch = call("GET", `/failingWorkflow/watch?runId=${failing}`, { max: 100_000 });
  await sleep(50);
  await call("POST", `/failingWorkflow/start-async?runId=${failing}`, {
    body: { inputData: {} },
    max: 200,
  });
  await failWatch;
  const pipe = await createRun("pipelineWorkflow");
  const pipeWatch = call("GET", `/pipelineWorkflow/watch?runId=${pipe}`, { max: 100_000 });
  await sleep(50);
  await call("POST", `/pipelineWorkflow/start-async?runId=${pipe}`, {
    body: { inputData: { value: 3 } },
    max: 200,
  });
  await pipeWatch;
});

await section("misc", async () => {
  await call("GET", `/testWorkflow/nope`);
  await call("GET", `/../nope`);
  const response = await fetch(`${mastra.url}/api`);
  console.log(`GET /api -> ${response.status} ${show(await response.text())}`);
  const options = await fetch(`${api}/testWorkflow/start-async`, {
    method: "OPTIONS",
    headers: { origin: "http://x", "access-control-request-method": "POST" },
  });
  console.log(`OPTIONS start-async -> ${options.status} ${JSON.stringify([...options.headers])}`);
  await call("POST", `/testWorkflow/streamVNext?runId=x`, {
    body: { inputData: { city: "AUTO" } },
  });
  const runId = await createRun();
  await call("POST", `/testWorkflow/stream?runId=${runId}`, {
    body: { inputData: { city: "Quito" } },
    timeoutMs: 1500,
    max: 5000,
  });
});

await mastra.close();
