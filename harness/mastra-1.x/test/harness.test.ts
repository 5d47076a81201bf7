import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { RECORD_SEPARATOR, splitRecords } from "@wfkit/harness-shared";
import {
  createJsonCalls,
  registerLifecycleCases,
  registerSampleWorkflowCases,
} from "@wfkit/harness-shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMastra1, type MastraHarness } from "../src/index.js";

const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
const isNewNode = major > 22 || (major === 22 && minor >= 13);

let mastra: MastraHarness;
const { api, getJson, postJson } = createJsonCalls(() => mastra.url);

beforeAll(async () => {
  mastra = await startMastra1();
});

afterAll(async () => {
  await mastra?.close();
});

/** Mastra 1.x stream bodies: single-encoded JSON records, each followed by U+001E. */
const decodeStream = (text: string) => {
  expect(text === "" || text.endsWith(RECORD_SEPARATOR)).toBe(true);
  return splitRecords(text).map((piece) => JSON.parse(piece) as Record<string, any>);
};

const describeRecord = (record: Record<string, any>) =>
  [record.type, record.payload.id, record.payload.status, record.payload.workflowStatus]
    .filter((part) => part !== undefined)
    .join(":");

describe("real Mastra 1.x server", () => {
  registerSampleWorkflowCases({
    server: () => mastra,
    runPath: (runId) => `/testWorkflow/runs/${runId}`,
    // Errors are `{ message, name }` objects, without a stack.
    expectError: (error, message) => expect(error).toEqual({ message, name: "Error" }),
  });

  it("runs on Node 22", () => {
    const node = readFileSync(`/proc/${mastra.pid}/cmdline`, "utf8").split("\0")[0]!;
    expect(execFileSync(node, ["--version"], { encoding: "utf8" })).toMatch(/^v22\./);
  });

  it("answers the generation probes: run-counts exists, watch and execution-result are gone", async () => {
    const counts = await getJson("/run-counts");
    expect(counts.status).toBe(200);
    expect(counts.body.testWorkflow).toEqual({
      running: expect.any(Number),
      suspended: expect.any(Number),
    });
    for (const path of ["/testWorkflow/watch?runId=x", "/testWorkflow/runs/x/execution-result"]) {
      const response = await fetch(`${api()}${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe("404 Not Found");
    }
  });

  it("answers start-async with the input, the step path and suspend payloads by step", async () => {
    const auto = await postJson("/testWorkflow/start-async", { inputData: { city: "AUTO" } });
    expect(auto.body.input).toEqual({ city: "AUTO" });
    expect(auto.body.stepExecutionPath).toEqual(["validate-city", "approval", "finalize"]);
    const runId = (await postJson("/testWorkflow/create-run")).body.runId as string;
    const started = await postJson(`/testWorkflow/start-async?runId=${runId}`, {
      inputData: { city: "New York" },
    });
    expect(started.body).toMatchObject({
      runId,
      suspendPayload: { approval: { message: "Approve trip to New York?", city: "New York" } },
    });
    const state = await getJson(`/testWorkflow/runs/${runId}?fields=result`);
    expect(state.body).toMatchObject({ runId, status: "suspended" });
    expect(state.body.steps).toBeUndefined();
  });

  it("rejects invalid input with 400", async () => {
    const invalid = await postJson("/pipelineWorkflow/start-async", { inputData: { value: "x" } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error).toMatch(/^Invalid input data: /);
  });

  it("streams single-encoded records from start to suspension and closes", async () => {
    const runId = (await postJson("/testWorkflow/create-run")).body.runId as string;
    const response = await fetch(`${api()}/testWorkflow/stream?runId=${runId}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ inputData: { city: "Tokyo" } }),
      signal: AbortSignal.timeout(5_000),
    });
    expect(response.status).toBe(200);
    const records = decodeStream(await response.text());
    expect(records.map(describeRecord)).toEqual([
      "workflow-start",
      "workflow-step-start:validate-city:running",
      "workflow-step-result:validate-city:success",
      "workflow-step-start:approval:running",
      "workflow-step-suspended:approval:suspended",
      "workflow-finish:suspended",
    ]);
    for (const record of records) {
      expect(record).toMatchObject({ runId, from: "WORKFLOW" });
    }
    expect(records[4]!.payload.suspendPayload).toEqual({
      message: "Approve trip to Tokyo?",
      city: "Tokyo",
    });
  });
});

describe("startMastra1 lifecycle", () => {
  registerLifecycleCases({
    start: startMastra1,
    entry: {
      modulePath: fileURLToPath(new URL("../src/index.js", import.meta.url)),
      exportName: "startMastra1",
    },
  });

  it.skipIf(isNewNode)("rejects a WFKIT_NODE22 that is older than 22.13", () => {
    const harness = fileURLToPath(new URL("../src/index.js", import.meta.url));
    const script = `
        import { findNode22 } from ${JSON.stringify(harness)};
        await findNode22().then(() => console.log("resolved"), (error) => console.log(error.message));
      `;
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
      env: { ...process.env, WFKIT_NODE22: process.execPath },
    });
    expect(output).toContain(`WFKIT_NODE22=${process.execPath} is not a Node >= 22.13 binary`);
  });
});

describe("captured fixtures", () => {
  const fixture = async (name: string) =>
    decodeStream(await readFile(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));

  it("hold the city's stream, resume-stream and observe replay", async () => {
    const start = await fixture("stream-city-start-until-suspended.bin");
    const resume = await fixture("resume-stream-city-until-success.bin");
    const observed = await fixture("observe-city-after-success.bin");
    expect(start.at(-1)?.payload.workflowStatus).toBe("suspended");
    expect(resume.map(describeRecord)).toEqual([
      "workflow-start",
      "workflow-step-start:approval:running",
      "workflow-step-result:approval:success",
      "workflow-step-start:finalize:running",
      "workflow-step-result:finalize:success",
      "workflow-finish:success",
    ]);
    expect(resume[1]?.payload.resumePayload).toEqual({ approved: true, approver: "ana" });
    expect(resume.at(-1)?.payload.finalWorkflowResult).toEqual({
      summary: "Tokyo: approved by ana",
      approved: true,
    });
    // /observe of a finished run replays every cached record: both streams, in order.
    expect(observed.map(describeRecord)).toEqual([...start, ...resume].map(describeRecord));
    for (const record of [...start, ...resume, ...observed]) {
      expect(record.runId).toBe("fixture-city-1");
    }
  });

  it("hold a failure and a sleep", async () => {
    const failure = await fixture("stream-failing-step.bin");
    expect(failure.at(-2)?.payload).toMatchObject({
      id: "boom",
      status: "failed",
      error: { message: "kaboom", name: "Error" },
    });
    expect(failure.at(-1)?.payload.workflowStatus).toBe("failed");
    const pipeline = (await fixture("stream-pipeline-sleep.bin")).map(describeRecord);
    expect(pipeline.map((line) => line.replace(/sleep_[0-9a-f-]+/, "sleep_<uuid>"))).toEqual([
      "workflow-start",
      "workflow-step-start:double:running",
      "workflow-step-result:double:success",
      "workflow-step-waiting:sleep_<uuid>:waiting",
      "workflow-step-result:sleep_<uuid>:success",
      "workflow-step-start:add-one:running",
      "workflow-step-result:add-one:success",
      "workflow-finish:success",
    ]);
  });
});
