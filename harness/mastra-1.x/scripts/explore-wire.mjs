#!/usr/bin/env node
/**
 * Drives every workflow route of a real Mastra 1.x harness server and prints what it answers
 * (status, content type, body). The source of WIRE-NOTES.md; rerun it to check the notes.
 *
 *   node harness/mastra-1.x/scripts/explore-wire.mjs [section...]
 */
import { createWireProbe, short, sleep, splitRecords } from "@wfkit/harness-shared";
import { startMastra1 } from "../src/index.js";

const mastra = await startMastra1();
const { api, call, section } = createWireProbe({
  url: mastra.url,
  sections: process.argv.slice(2),
});

/** One line a stream record: type, step id, status and workflow status. */
const summarise = (text) =>
  splitRecords(text).map((piece) => {
    const record = JSON.parse(piece);
    const p = record.payload ?? {};
    const bits = [record.type];
    if (p.id) bits.push(p.id);
    if (p.status) bits.push(p.status);
    if (p.workflowStatus) bits.push(`workflowStatus=${p.workflowStatus}`);
    return bits.join(":");
  });
const newRun = async (key, runId) =>
  (await call("POST", `/${key}/create-run${runId ? `?runId=${runId}` : ""}`)).json.runId;

try {
  await section("list", async () => {
    const list = await call("GET", "", { max: 600 });
    console.log(
      "  keys:",
      Object.keys(list.json),
      "value keys:",
      Object.keys(list.json.testWorkflow),
    );
    const details = await call("GET", "/testWorkflow", { max: 4000 });
    console.log("  details keys:", Object.keys(details.json));
    console.log("  stepGraph:", JSON.stringify(details.json.stepGraph));
    console.log("  allSteps keys:", Object.keys(details.json.allSteps));
    console.log("  inputSchema typeof:", typeof details.json.inputSchema, details.json.inputSchema);
    const pipe = await call("GET", "/pipelineWorkflow", { max: 300 });
    console.log("  pipeline stepGraph:", JSON.stringify(pipe.json.stepGraph));
    console.log("  pipeline steps:", Object.keys(pipe.json.steps), Object.keys(pipe.json.allSteps));
    await call("GET", "/city-workflow", { max: 200 });
    await call("GET", "/nope");
    await call("GET", "?partial=true", { max: 600 });
  });

  await section("detect", async () => {
    await call("GET", "/run-counts");
    await call("GET", "/testWorkflow/watch?runId=x");
    await call("GET", "/testWorkflow/runs/x/execution-result");
    await call("POST", "/testWorkflow/observe?runId=x");
    await call("GET", "/api", { abs: true });
    await call("GET", "/api/", { abs: true });
    await call("GET", "/", { abs: true, max: 300 });
    await call("GET", "/api/openapi.json", { abs: true, max: 300 });
    await call("GET", "/api/system/packages", { abs: true, max: 600 });
    const cors = await fetch(`${api}/testWorkflow/start-async`, {
      method: "OPTIONS",
      headers: {
        origin: "http://example.test",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    console.log("OPTIONS preflight ->", cors.status, Object.fromEntries(cors.headers));
  });

  await section("create-run", async () => {
    await call("POST", "/testWorkflow/create-run");
    await call("POST", "/testWorkflow/create-run?runId=");
    await call("POST", "/testWorkflow/create-run?runId=my-run-1");
    await call("POST", "/testWorkflow/create-run?runId=my-run-1");
    await call("POST", "/testWorkflow/create-run", { body: { runId: "in-body" } });
    await call("POST", "/testWorkflow/create-run", {
      raw: "{nope",
      headers: { "content-type": "application/json" },
    });
    await call("POST", "/testWorkflow/create-run", { raw: "{nope" });
    await call("POST", "/nope/create-run");
    await call("GET", "/testWorkflow/runs/my-run-1", { max: 3000 });
    await call("GET", "/testWorkflow/runs/my-run-1?fields=result", { max: 3000 });
    const done = await newRun("testWorkflow", "done-1");
    await call("POST", `/testWorkflow/start-async?runId=${done}`, {
      body: { inputData: { city: "AUTO" } },
      max: 200,
    });
    await call("POST", "/testWorkflow/create-run?runId=done-1");
    await call("GET", "/testWorkflow/runs/done-1?fields=status", { max: 400 });
  });

  await section("start", async () => {
    const runId = await newRun("testWorkflow");
    await call("POST", `/testWorkflow/start?runId=${runId}`, {
      body: { inputData: { city: "SLOW" } },
    });
    await sleep(100);
    await call("GET", `/testWorkflow/runs/${runId}`, { max: 3000 });
    await sleep(1100);
    await call("GET", `/testWorkflow/runs/${runId}`, { max: 3000 });
    await call("POST", "/testWorkflow/start", { body: { inputData: { city: "Paris" } } });
    await call("POST", "/testWorkflow/start?runId=", { body: { inputData: { city: "Paris" } } });
    await call("POST", "/testWorkflow/start?runId=never-created", {
      body: { inputData: { city: "Paris" } },
    });
    const other = await newRun("failingWorkflow");
    await call("POST", `/testWorkflow/start?runId=${other}`, {
      body: { inputData: { city: "Paris" } },
    });
    await call("POST", "/nope/start?runId=x", { body: { inputData: {} } });
    const r2 = await newRun("testWorkflow");
    await call("POST", `/testWorkflow/start?runId=${r2}`);
    await call("POST", `/testWorkflow/start?runId=${r2}`, {
      raw: "{bad",
      headers: { "content-type": "application/json" },
    });
    await call("POST", `/testWorkflow/start?runId=${r2}`, { body: { inputData: { city: 42 } } });
    await call("POST", `/testWorkflow/start?runId=${r2}`, { body: {} });
    await sleep(100);
    await call("GET", `/testWorkflow/runs/${r2}?fields=error`, { max: 800 });
    await call("POST", `/testWorkflow/start?runId=${r2}`, {
      body: { inputData: { city: "AUTO" } },
    });
    await sleep(100);
    await call("POST", `/testWorkflow/start?runId=${r2}`, {
      body: { inputData: { city: "Oslo" } },
    });
    await sleep(100);
    await call("GET", `/testWorkflow/runs/${r2}?fields=result`, { max: 800 });
  });

  await section("start-async", async () => {
    await call("POST", "/testWorkflow/start-async", {
      body: { inputData: { city: "Paris" } },
      max: 4000,
    });
    await call("POST", "/testWorkflow/start-async", {
      body: { inputData: { city: "AUTO" } },
      max: 4000,
    });
    await call("POST", "/testWorkflow/start-async", {
      body: { inputData: { city: "FAIL" } },
      max: 4000,
    });
    await call("POST", "/failingWorkflow/start-async", { body: { inputData: {} }, max: 4000 });
    await call("POST", "/pipelineWorkflow/start-async", {
      body: { inputData: { value: 20 } },
      max: 4000,
    });
    await call("POST", "/pipelineWorkflow/start-async", {
      body: { inputData: { value: "x" } },
      max: 4000,
    });
    await call("POST", "/pipelineWorkflow/start-async", { body: {}, max: 2000 });
    await call("POST", "/pipelineWorkflow/start-async", { max: 2000 });
    await call("POST", "/pipelineWorkflow/start-async", {
      raw: "{bad",
      headers: { "content-type": "application/json" },
    });
    await call("POST", "/pipelineWorkflow/start-async?runId=never-made", {
      body: { inputData: { value: 1 } },
      max: 300,
    });
    await call("POST", "/pipelineWorkflow/start-async?runId=never-made", {
      body: { inputData: { value: 2 } },
      max: 300,
    });
    await call("POST", "/testWorkflow/start-async", {
      body: { inputData: { city: "AUTO" }, requestContext: { a: 1 } },
      max: 300,
    });
    await call("POST", "/testWorkflow/start-async", {
      body: { inputData: { city: "AUTO" }, runtimeContext: { a: 1 } },
      max: 300,
    });
    await call("POST", "/testWorkflow/start-async", {
      raw: "x".repeat(5 * 1024 * 1024),
      headers: { "content-type": "application/json" },
    });
  });

  await section("resume-async", async () => {
    const suspend = async () => {
      const runId = await newRun("testWorkflow");
      await call("POST", `/testWorkflow/start-async?runId=${runId}`, {
        body: { inputData: { city: "Oslo" } },
        max: 200,
      });
      return runId;
    };
    let runId = await suspend();
    await call("POST", `/testWorkflow/resume-async?runId=${runId}`, {
      body: { step: "approval", resumeData: { approved: true, approver: "ana" } },
      max: 4000,
    });
    await call("POST", `/testWorkflow/resume-async?runId=${runId}`, {
      body: { step: "approval", resumeData: { approved: true } },
    });
    runId = await suspend();
    await call("POST", `/testWorkflow/resume-async?runId=${runId}`, {
      body: { resumeData: { approved: false } },
      max: 600,
    });
    runId = await suspend();
    await call("POST", `/testWorkflow/resume-async?runId=${runId}`, {
      body: { step: ["approval"], resumeData: { approved: false } },
      max: 300,
    });
    runId = await suspend();
    await call("POST", `/testWorkflow/resume-async?runId=${runId}`, {
      body: { step: "finalize", resumeData: { approved: true } },
    });
    await call("POST", `/testWorkflow/resume-async?runId=${runId}`, {
      body: { step: "approval", resumeData: { approved: "yes" } },
    });
    await call("POST", `/testWorkflow/resume-async?runId=${runId}`, {
      body: { step: "approval" },
      max: 800,
    });
    await call("POST", `/testWorkflow/resume-async?runId=${runId}`, { body: {}, max: 800 });
    await call("POST", `/testWorkflow/resume-async?runId=${runId}`, {
      raw: "{bad",
      headers: { "content-type": "application/json" },
    });
    await call("POST", `/testWorkflow/resume-async`, {
      body: { step: "approval", resumeData: { approved: true } },
    });
    await call("POST", `/testWorkflow/resume-async?runId=never-created`, {
      body: { step: "approval", resumeData: { approved: true } },
    });
    const pending = await newRun("testWorkflow");
    await call("POST", `/testWorkflow/resume-async?runId=${pending}`, {
      body: { step: "approval", resumeData: { approved: true } },
    });
  });

  await section("resume", async () => {
    const runId = await newRun("testWorkflow");
    await call("POST", `/testWorkflow/start-async?runId=${runId}`, {
      body: { inputData: { city: "AUTO" } },
      max: 200,
    });
    await call("POST", `/testWorkflow/resume?runId=${runId}`, {
      body: { step: "approval", resumeData: { approved: true } },
    });
    await sleep(200);
    console.log("  alive after resume of finished run:", mastra.alive());
    const s = await newRun("testWorkflow");
    await call("POST", `/testWorkflow/start-async?runId=${s}`, {
      body: { inputData: { city: "Rome" } },
      max: 200,
    });
    await call("POST", `/testWorkflow/resume?runId=${s}`, {
      body: { step: "finalize", resumeData: { approved: true } },
    });
    await sleep(200);
    console.log("  alive after wrong step:", mastra.alive());
    await call("POST", `/testWorkflow/resume?runId=${s}`, {
      body: { step: "approval", resumeData: { approved: 1 } },
    });
    await call("POST", `/testWorkflow/resume?runId=${s}`, {
      body: { step: "approval", resumeData: { approved: true } },
    });
    await sleep(100);
    await call("GET", `/testWorkflow/runs/${s}?fields=result`, { max: 600 });
    await call("POST", `/testWorkflow/resume?runId=never-created`, {
      body: { step: "approval", resumeData: { approved: true } },
    });
    await call("POST", `/testWorkflow/resume-no-wait?runId=${s}`, {
      body: { step: "approval", resumeData: { approved: true } },
    });
  });

  await section("runs", async () => {
    const runs = await call("GET", "/testWorkflow/runs", { max: 600 });
    console.log(
      "  total",
      runs.json.total,
      "count",
      runs.json.runs.length,
      "row keys",
      Object.keys(runs.json.runs[0] ?? {}),
      "snapshot keys",
      Object.keys(runs.json.runs[0]?.snapshot ?? {}),
    );
    console.log("  first row:", short(JSON.stringify(runs.json.runs[0]), 1500));
    for (const q of [
      "perPage=2",
      "page=1&perPage=2",
      "limit=1",
      "limit=1&offset=1",
      "perPage=0",
      "page=-1",
      "perPage=abc",
      "status=suspended",
      "status=bogus",
      "fromDate=garbage",
      "resourceId=res-1",
    ]) {
      const r = await call("GET", `/testWorkflow/runs?${q}`, { max: 200 });
      if (r.json?.runs)
        console.log(
          "   ",
          q,
          "-> runs",
          r.json.runs.length,
          "total",
          r.json.total,
          "statuses",
          r.json.runs.map((x) => x.snapshot?.status ?? x.status).join(","),
        );
    }
    await call("GET", "/nope/runs");
    await call("GET", "/testWorkflow/runs/nope");
    const f = await newRun("failingWorkflow", "shared-id");
    await call("GET", `/testWorkflow/runs/${f}`);
  });

  await section("stages", async () => {
    const runId = await newRun("testWorkflow", "stage-1");
    await call("GET", `/testWorkflow/runs/${runId}`, { max: 3000 });
    await call("POST", `/testWorkflow/start?runId=${runId}`, {
      body: { inputData: { city: "SLOW" } },
    });
    await sleep(300);
    await call("GET", `/testWorkflow/runs/${runId}`, { max: 3000 });
    await sleep(1000);
    await call("GET", `/testWorkflow/runs/${runId}`, { max: 3000 });
    await call("POST", `/testWorkflow/resume-async?runId=${runId}`, {
      body: { step: "approval", resumeData: { approved: true, approver: "ana" } },
      max: 300,
    });
    await call("GET", `/testWorkflow/runs/${runId}`, { max: 4000 });
    const failed = await newRun("testWorkflow", "stage-fail");
    await call("POST", `/testWorkflow/start-async?runId=${failed}`, {
      body: { inputData: { city: "Atlantis" } },
      max: 300,
    });
    await call("GET", `/testWorkflow/runs/${failed}`, { max: 3000 });
    const pipe = await newRun("pipelineWorkflow", "stage-pipe");
    await call("POST", `/pipelineWorkflow/start?runId=${pipe}`, {
      body: { inputData: { value: 1 } },
    });
    await sleep(20);
    await call("GET", `/pipelineWorkflow/runs/${pipe}`, { max: 3000 });
  });

  await section("cancel", async () => {
    const s = await newRun("testWorkflow");
    await call("POST", `/testWorkflow/start-async?runId=${s}`, {
      body: { inputData: { city: "Rome" } },
      max: 100,
    });
    await call("POST", `/testWorkflow/runs/${s}/cancel`);
    await call("GET", `/testWorkflow/runs/${s}?fields=result`, { max: 600 });
    await call("POST", `/testWorkflow/resume-async?runId=${s}`, {
      body: { step: "approval", resumeData: { approved: true } },
      max: 600,
    });
    const slow = await newRun("testWorkflow");
    await call("POST", `/testWorkflow/start?runId=${slow}`, {
      body: { inputData: { city: "SLOW" } },
    });
    await sleep(200);
    await call("POST", `/testWorkflow/runs/${slow}/cancel`);
    await call("GET", `/testWorkflow/runs/${slow}`, { max: 2000 });
    await sleep(1500);
    await call("GET", `/testWorkflow/runs/${slow}`, { max: 2000 });
    const done = await newRun("testWorkflow");
    await call("POST", `/testWorkflow/start-async?runId=${done}`, {
      body: { inputData: { city: "AUTO" } },
      max: 100,
    });
    await call("POST", `/testWorkflow/runs/${done}/cancel`);
    await call("GET", `/testWorkflow/runs/${done}?fields=result`, { max: 300 });
    const pending = await newRun("testWorkflow");
    await call("POST", `/testWorkflow/runs/${pending}/cancel`);
    await call("GET", `/testWorkflow/runs/${pending}?fields=result`, { max: 300 });
    await call("POST", `/testWorkflow/runs/unknown-run/cancel`);
    await call("POST", `/testWorkflow/runs/${done}/send-event`, { body: { event: "x" } });
    await call("DELETE", `/testWorkflow/runs/${done}`);
    await call("GET", `/testWorkflow/runs/${done}`);
  });

  await section("stream", async () => {
    const runId = await newRun("testWorkflow");
    const first = await call("POST", `/testWorkflow/stream?runId=${runId}`, {
      body: { inputData: { city: "Tokyo" } },
      max: 6000,
    });
    console.log("  records:", summarise(first.text), "headers:", Object.fromEntries(first.headers));
    await call("GET", `/testWorkflow/runs/${runId}?fields=result`, { max: 300 });
    const resumed = await call("POST", `/testWorkflow/resume-stream?runId=${runId}`, {
      body: { step: "approval", resumeData: { approved: true, approver: "ana" } },
      max: 6000,
    });
    console.log("  records:", summarise(resumed.text));
    await call("POST", `/testWorkflow/stream?runId=${runId}`, {
      body: { inputData: { city: "Tokyo" } },
    });
    await call("POST", `/testWorkflow/resume-stream?runId=${runId}`, {
      body: { step: "approval", resumeData: { approved: true } },
    });
    const fail = await call("POST", `/testWorkflow/stream?runId=stream-fail-1`, {
      body: { inputData: { city: "FAIL" } },
      max: 3000,
    });
    console.log("  records:", summarise(fail.text));
    const boom = await call("POST", `/failingWorkflow/stream?runId=stream-boom-1`, {
      body: { inputData: {} },
      max: 3000,
    });
    console.log("  records:", summarise(boom.text));
    const pipe = await call("POST", `/pipelineWorkflow/stream?runId=stream-pipe-1`, {
      body: { inputData: { value: 3 } },
      max: 4000,
    });
    console.log("  records:", summarise(pipe.text));
    await call("POST", `/testWorkflow/stream`, { body: { inputData: { city: "Tokyo" } } });
    await call("POST", `/testWorkflow/stream?runId=bad-input-1`, {
      body: { inputData: { city: 1 } },
      max: 2000,
    });
    await call("POST", `/nope/stream?runId=x`, { body: { inputData: {} } });
    await call("POST", `/testWorkflow/resume-stream?runId=unknown`, {
      body: { step: "approval", resumeData: { approved: true } },
    });
    const s2 = await newRun("testWorkflow");
    await call("POST", `/testWorkflow/start-async?runId=${s2}`, {
      body: { inputData: { city: "Lima" } },
      max: 100,
    });
    await call("POST", `/testWorkflow/resume-stream?runId=${s2}`, {
      body: { step: "finalize", resumeData: { approved: true } },
      max: 2000,
    });
    await call("POST", `/testWorkflow/resume-stream?runId=${s2}`, {
      body: { step: "approval", resumeData: { approved: "no" } },
      max: 2000,
    });
    await call("POST", `/testWorkflow/stream?runId=${s2}`, {
      body: { inputData: { city: "Lima" } },
      max: 2000,
    });
    await call("POST", `/testWorkflow/stream?runId=never-created-stream`, {
      body: { inputData: { city: "AUTO" } },
      max: 300,
    });
    await call("POST", `/testWorkflow/stream?runId=no-close-1`, {
      body: { inputData: { city: "Kyiv" }, closeOnSuspend: false },
      max: 300,
      timeoutMs: 1500,
    });
  });

  await section("observe", async () => {
    // A run streamed to its suspension, observed after the fact.
    const s = await newRun("testWorkflow", "obs-1");
    await call("POST", `/testWorkflow/stream?runId=${s}`, {
      body: { inputData: { city: "Quito" } },
      max: 200,
    });
    const o1 = await call("POST", `/testWorkflow/observe?runId=${s}`, {
      max: 300,
      timeoutMs: 1500,
    });
    console.log("  observe after stream-to-suspend:", summarise(o1.text), "hung:", o1.hung);
    const o2 = await call("POST", `/testWorkflow/observe?runId=${s}&offset=2`, {
      max: 300,
      timeoutMs: 1500,
    });
    console.log("  offset=2:", summarise(o2.text), "hung:", o2.hung);
    await call("POST", `/testWorkflow/resume-stream?runId=${s}`, {
      body: { step: "approval", resumeData: { approved: true } },
      max: 200,
    });
    const o3 = await call("POST", `/testWorkflow/observe?runId=${s}`, {
      max: 300,
      timeoutMs: 1500,
    });
    console.log("  observe after resume-stream to success:", summarise(o3.text), "hung:", o3.hung);
    // A run started with /start.
    const p = await newRun("testWorkflow", "obs-2");
    await call("POST", `/testWorkflow/start-async?runId=${p}`, {
      body: { inputData: { city: "AUTO" } },
      max: 100,
    });
    const o4 = await call("POST", `/testWorkflow/observe?runId=${p}`, {
      max: 300,
      timeoutMs: 1500,
    });
    console.log("  observe of start-async run:", summarise(o4.text), "hung:", o4.hung);
    // Live: observe while a SLOW run streams.
    const live = await newRun("testWorkflow", "obs-3");
    const streaming = call("POST", `/testWorkflow/stream?runId=${live}`, {
      body: { inputData: { city: "SLOW" } },
      max: 100,
      timeoutMs: 5000,
    });
    await sleep(300);
    const o5 = await call("POST", `/testWorkflow/observe?runId=${live}`, {
      max: 300,
      timeoutMs: 5000,
    });
    console.log("  observe during a streamed SLOW run:", summarise(o5.text), "hung:", o5.hung);
    await streaming;
    // Live: observe a run started with plain /start (nothing cached).
    const ps = await newRun("testWorkflow", "obs-4");
    await call("POST", `/testWorkflow/start?runId=${ps}`, {
      body: { inputData: { city: "SLOW" } },
    });
    await sleep(300);
    const o6 = await call("POST", `/testWorkflow/observe?runId=${ps}`, {
      max: 300,
      timeoutMs: 5000,
    });
    console.log("  observe during a /start SLOW run:", summarise(o6.text), "hung:", o6.hung);
    const pend = await newRun("testWorkflow", "obs-5");
    const o7 = await call("POST", `/testWorkflow/observe?runId=${pend}`, {
      max: 300,
      timeoutMs: 1500,
    });
    console.log("  observe a pending run:", summarise(o7.text), "hung:", o7.hung);
    await call("POST", `/testWorkflow/observe`);
    await call("POST", `/testWorkflow/observe?runId=unknown`);
    await call("GET", `/testWorkflow/observe?runId=${s}`);
  });
} finally {
  console.log("\nserver alive at the end:", mastra.alive());
  await mastra.close();
}
