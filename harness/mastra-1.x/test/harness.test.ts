import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMastra1, type MastraHarness } from "../src/index.js";

const RECORD_SEPARATOR = "\u001e";
const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
const isNewNode = major > 22 || (major === 22 && minor >= 13);

let mastra: MastraHarness;
const api = () => `${mastra.url}/api/workflows`;

beforeAll(async () => {
  mastra = await startMastra1();
});

afterAll(async () => {
  await mastra?.close();
});

const getJson = async (path: string) => {
  const response = await fetch(`${api()}${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, any> };
};

const postJson = async (path: string, body?: unknown) => {
  const response = await fetch(`${api()}${path}`, {
    method: "POST",
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
};

/** A process counts as alive while it exists and is not a zombie waiting to be reaped. */
const isProcessAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true;
  }
};

const waitUntil = async (predicate: () => boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

/** Mastra 1.x stream bodies: single-encoded JSON records, each followed by U+001E. */
const decodeStream = (text: string) => {
  expect(text === "" || text.endsWith(RECORD_SEPARATOR)).toBe(true);
  return text
    .split(RECORD_SEPARATOR)
    .filter((piece) => piece !== "")
    .map((piece) => JSON.parse(piece) as Record<string, any>);
};

const describeRecord = (record: Record<string, any>) =>
  [record.type, record.payload.id, record.payload.status, record.payload.workflowStatus]
    .filter((part) => part !== undefined)
    .join(":");

describe("real Mastra 1.x server", () => {
  it("runs on Node 22 on 127.0.0.1 and lists the three workflows by key with their ids as names", async () => {
    expect(new URL(mastra.url).hostname).toBe("127.0.0.1");
    const version = readFileSync(`/proc/${mastra.pid}/cmdline`, "utf8").split("\0")[0]!;
    expect(execFileSync(version, ["--version"], { encoding: "utf8" })).toMatch(/^v22\./);

    const { status, body } = await getJson("");
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual([
      "failingWorkflow",
      "pipelineWorkflow",
      "testWorkflow",
    ]);
    expect(body.testWorkflow.name).toBe("city-workflow");
    expect(body.failingWorkflow.name).toBe("failing-workflow");
    expect(body.pipelineWorkflow.name).toBe("pipeline-workflow");
    expect(Object.keys(body.testWorkflow.steps)).toEqual(["validate-city", "approval", "finalize"]);
    expect(JSON.parse(body.testWorkflow.inputSchema)).toMatchObject({
      json: { type: "object", properties: { city: { type: "string" } } },
    });
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

  it("runs AUTO straight to success with start-async", async () => {
    const { status, body } = await postJson("/testWorkflow/start-async", {
      inputData: { city: "AUTO" },
    });
    expect(status).toBe(200);
    expect(body.status).toBe("success");
    expect(body.result).toEqual({ summary: "AUTO: approved", approved: true });
    expect(body.input).toEqual({ city: "AUTO" });
    expect(body.stepExecutionPath).toEqual(["validate-city", "approval", "finalize"]);
    expect(body.steps.approval.output).toEqual({ city: "AUTO", approved: true });
  });

  it("suspends at approval, then resume-async finishes with the city as given", async () => {
    const runId = (await postJson("/testWorkflow/create-run")).body.runId as string;
    const pending = await getJson(`/testWorkflow/runs/${runId}`);
    expect(pending.body).toMatchObject({ runId, status: "pending", steps: {} });

    const started = await postJson(`/testWorkflow/start-async?runId=${runId}`, {
      inputData: { city: "New York" },
    });
    expect(started.body).toMatchObject({
      status: "suspended",
      runId,
      suspended: [["approval"]],
      suspendPayload: { approval: { message: "Approve trip to New York?", city: "New York" } },
    });
    expect(started.body.steps["validate-city"].output).toEqual({
      city: "New York",
      normalized: "NEW YORK",
    });
    const suspended = await getJson(`/testWorkflow/runs/${runId}`);
    expect(suspended.body.status).toBe("suspended");

    const resumed = await postJson(`/testWorkflow/resume-async?runId=${runId}`, {
      step: "approval",
      resumeData: { approved: true, approver: "ana" },
    });
    expect(resumed.status).toBe(200);
    expect(resumed.body.status).toBe("success");
    expect(resumed.body.result).toEqual({ summary: "New York: approved by ana", approved: true });
    const done = await getJson(`/testWorkflow/runs/${runId}?fields=result`);
    expect(done.body).toMatchObject({ status: "success", result: resumed.body.result });
    expect(done.body.steps).toBeUndefined();
  });

  it("fails FAIL in validate-city with an error object, and rejects invalid input with 400", async () => {
    const { status, body } = await postJson("/testWorkflow/start-async", {
      inputData: { city: "FAIL" },
    });
    expect(status).toBe(200);
    expect(body.status).toBe("failed");
    expect(body.error).toEqual({ message: "City not found: FAIL", name: "Error" });
    expect(body.steps["validate-city"]).toMatchObject({ status: "failed", error: body.error });

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
  it("close() kills the server process", async () => {
    const other = await startMastra1();
    const pid = other.pid!;
    expect(isProcessAlive(pid)).toBe(true);
    await other.close();
    expect(other.alive()).toBe(false);
    expect(isProcessAlive(pid)).toBe(false);
    await other.close();
  });

  it("does not outlive a parent that is killed", async () => {
    const harness = fileURLToPath(new URL("../src/index.js", import.meta.url));
    const script = `
        import { startMastra1 } from ${JSON.stringify(harness)};
        const m = await startMastra1();
        console.log(m.pid);
        process.kill(process.pid, "SIGKILL");
      `;
    const parent = spawn(process.execPath, ["--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    parent.stdout.setEncoding("utf8");
    parent.stdout.on("data", (text: string) => (stdout += text));
    await new Promise((resolve) => parent.once("exit", resolve));
    const pid = Number(stdout.trim());
    expect(pid).toBeGreaterThan(0);
    await waitUntil(() => !isProcessAlive(pid), 3_000);
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
