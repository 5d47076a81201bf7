#!/usr/bin/env node
/**
 * Drives `restart`, `restart-async`, `time-travel`, `time-travel-async` and `time-travel-stream`
 * of a real Mastra 1.x harness server and prints what it answers. The source of the restart and
 * time-travel section of WIRE-NOTES.md.
 *
 *   node harness/mastra-1.x/scripts/explore-restart-time-travel.mjs [section...]
 */
import { createWireProbe, sleep, splitRecords } from "@wfkit/harness-shared";
import { startMastra1 } from "../src/index.js";

const mastra = await startMastra1();
const { call, section } = createWireProbe({ url: mastra.url, sections: process.argv.slice(2) });

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
const suspended = async (city = "Oslo") => {
  const runId = await newRun("testWorkflow");
  await call("POST", `/testWorkflow/start-async?runId=${runId}`, {
    body: { inputData: { city } },
    max: 200,
  });
  return runId;
};
const state = (key, runId) => call("GET", `/${key}/runs/${runId}`, { max: 4000 });

try {
  await section("restart", async () => {
    const s = await suspended();
    await call("POST", `/testWorkflow/restart?runId=${s}`, { body: {} });
    await sleep(200);
    await state("testWorkflow", s);
    await call("POST", `/testWorkflow/restart-async?runId=${s}`, { body: {} });
    const pending = await newRun("testWorkflow");
    await call("POST", `/testWorkflow/restart-async?runId=${pending}`, { body: {} });
    await call("POST", `/testWorkflow/restart?runId=${pending}`, { body: {} });
    const done = await newRun("failingWorkflow");
    await call("POST", `/failingWorkflow/start-async?runId=${done}`, { body: { inputData: {} } });
    await call("POST", `/failingWorkflow/restart-async?runId=${done}`, { body: {} });
    await call("POST", `/testWorkflow/restart-async`, { body: {} });
    await call("POST", `/testWorkflow/restart-async?runId=`, { body: {} });
    await call("POST", `/testWorkflow/restart-async?runId=never-created`, { body: {} });
    await call("POST", `/testWorkflow/restart?runId=never-created`, { body: {} });
    await call("POST", `/nope/restart-async?runId=x`, { body: {} });
    await call("POST", `/testWorkflow/restart-async?runId=${s}`);
    await call("POST", `/testWorkflow/restart-async?runId=${s}`, {
      raw: "{bad",
      headers: { "content-type": "application/json" },
    });
    // A run that is running (SLOW takes 1 s in validate-city).
    const slow = await newRun("testWorkflow", "slow-r1");
    await call("POST", `/testWorkflow/start?runId=${slow}`, {
      body: { inputData: { city: "SLOW" } },
    });
    await sleep(200);
    await call("POST", `/testWorkflow/restart-async?runId=${slow}`, {
      body: {},
      max: 4000,
      timeoutMs: 8000,
    });
    await sleep(1500);
    await state("testWorkflow", slow);
    const slow2 = await newRun("testWorkflow", "slow-r2");
    await call("POST", `/testWorkflow/start?runId=${slow2}`, {
      body: { inputData: { city: "SLOW" } },
    });
    await sleep(200);
    await call("POST", `/testWorkflow/restart?runId=${slow2}`, { body: {} });
    await sleep(2500);
    await state("testWorkflow", slow2);
  });

  await section("time-travel-async", async () => {
    const s = await suspended();
    await call("POST", `/testWorkflow/time-travel-async?runId=${s}`, {
      body: { step: "validate-city", inputData: { city: "Rome" } },
      max: 4000,
    });
    await state("testWorkflow", s);
    await call("POST", `/testWorkflow/time-travel-async?runId=${s}`, {
      body: {
        step: "approval",
        inputData: { city: "Rome", normalized: "ROME" },
        resumeData: { approved: true, approver: "bo" },
      },
      max: 4000,
    });
    await call("POST", `/testWorkflow/time-travel-async?runId=${s}`, {
      body: { step: "approval", inputData: { city: "Rome", normalized: "ROME" } },
      max: 4000,
    });
    await call("POST", `/testWorkflow/time-travel-async?runId=${s}`, {
      body: { step: ["finalize"], inputData: { city: "Rome", approved: true, approver: "cy" } },
      max: 4000,
    });
    await call("POST", `/testWorkflow/time-travel-async?runId=${s}`, {
      body: { step: "finalize" },
      max: 4000,
    });
    await call("POST", `/testWorkflow/time-travel-async?runId=${s}`, {
      body: { step: "validate-city", inputData: { city: 5 } },
      max: 1500,
    });
    await call("POST", `/testWorkflow/time-travel-async?runId=${s}`, {
      body: { step: "validate-city", inputData: { city: "FAIL" } },
      max: 1500,
    });
    await call("POST", `/testWorkflow/time-travel-async?runId=${s}`, { body: { step: "nope" } });
    await call("POST", `/testWorkflow/time-travel-async?runId=${s}`, { body: { inputData: {} } });
    await call("POST", `/testWorkflow/time-travel-async?runId=${s}`, { body: { step: [] } });
    await call("POST", `/testWorkflow/time-travel-async?runId=${s}`);
    await call("POST", `/testWorkflow/time-travel-async`, { body: { step: "approval" } });
    await call("POST", `/testWorkflow/time-travel-async?runId=never-created`, {
      body: { step: "approval" },
    });
    const pending = await newRun("testWorkflow");
    await call("POST", `/testWorkflow/time-travel-async?runId=${pending}`, {
      body: { step: "validate-city", inputData: { city: "Lima" } },
      max: 4000,
    });
    await call("POST", `/testWorkflow/time-travel-async?runId=${pending}`, {
      body: {
        step: "approval",
        inputData: { city: "Lima", normalized: "LIMA" },
        context: {
          "validate-city": {
            status: "success",
            payload: { city: "Lima" },
            output: { city: "Lima", normalized: "LIMA" },
          },
        },
      },
      max: 4000,
    });
    const f = await newRun("failingWorkflow");
    await call("POST", `/failingWorkflow/start-async?runId=${f}`, {
      body: { inputData: {} },
      max: 300,
    });
    await call("POST", `/failingWorkflow/time-travel-async?runId=${f}`, {
      body: { step: "boom", inputData: {} },
      max: 4000,
    });
    const p = await newRun("pipelineWorkflow");
    await call("POST", `/pipelineWorkflow/start-async?runId=${p}`, {
      body: { inputData: { value: 2 } },
      max: 300,
    });
    await call("POST", `/pipelineWorkflow/time-travel-async?runId=${p}`, {
      body: { step: "add-one", inputData: { value: 10 } },
      max: 4000,
    });
    await call("GET", `/pipelineWorkflow`, { max: 3000 });
  });

  await section("time-travel", async () => {
    const s = await suspended();
    await call("POST", `/testWorkflow/time-travel?runId=${s}`, {
      body: { step: "validate-city", inputData: { city: "Rome" } },
    });
    await sleep(300);
    await state("testWorkflow", s);
    await call("POST", `/testWorkflow/time-travel?runId=${s}`, { body: { step: "nope" } });
    await sleep(300);
    await call("POST", `/testWorkflow/time-travel?runId=${s}`, { body: {} });
    await call("POST", `/testWorkflow/time-travel?runId=never-created`, {
      body: { step: "approval" },
    });
    await call("POST", `/testWorkflow/time-travel`, { body: { step: "approval" } });
  });

  await section("time-travel-stream", async () => {
    const s = await suspended();
    const r = await call("POST", `/testWorkflow/time-travel-stream?runId=${s}`, {
      body: { step: "validate-city", inputData: { city: "Lima" } },
      max: 300,
    });
    console.log("  records:", summarise(r.text));
    const r2 = await call("POST", `/testWorkflow/time-travel-stream?runId=${s}`, {
      body: {
        step: "approval",
        inputData: { city: "Lima", normalized: "LIMA" },
        resumeData: { approved: true, approver: "di" },
      },
      max: 300,
    });
    console.log("  records:", summarise(r2.text));
    const r3 = await call("POST", `/testWorkflow/time-travel-stream?runId=${s}`, {
      body: { step: "nope" },
      max: 1500,
    });
    console.log("  records:", r3.text && summarise(r3.text));
    const r4 = await call("POST", `/testWorkflow/time-travel-stream?runId=${s}`, {
      body: { step: "validate-city", inputData: { city: 5 } },
      max: 1500,
    });
    console.log("  records:", r4.text && summarise(r4.text));
    await call("POST", `/testWorkflow/time-travel-stream?runId=${s}`, { body: {} });
    await call("POST", `/testWorkflow/time-travel-stream?runId=never-created`, {
      body: { step: "approval" },
    });
    const o = await call("POST", `/testWorkflow/observe?runId=${s}`, { max: 300, timeoutMs: 1500 });
    console.log("  observe after:", summarise(o.text), "hung:", o.hung);
  });
} finally {
  console.log("\nserver alive at the end:", mastra.alive());
  await mastra.close();
}
