import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMastra, type MastraHarness } from "../src/index.js";

const RECORD_SEPARATOR = "\u001e";

let mastra: MastraHarness;
const api = () => `${mastra.url}/api/workflows`;

beforeAll(async () => {
  mastra = await startMastra();
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

const decodeWatchBody = (text: string) =>
  text
    .split(RECORD_SEPARATOR)
    .filter((piece) => piece !== "")
    .map((piece) => JSON.parse(JSON.parse(piece) as string) as Record<string, any>);

describe("real Mastra 0.10.15 server", () => {
  it("serves on 127.0.0.1 and lists the three workflows by registration key with their ids as names", async () => {
    expect(new URL(mastra.url).hostname).toBe("127.0.0.1");
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

  it("runs AUTO straight to success without suspending", async () => {
    const { status, body } = await postJson("/testWorkflow/start-async", {
      inputData: { city: "AUTO" },
    });
    expect(status).toBe(200);
    expect(body.status).toBe("success");
    expect(body.result).toEqual({ summary: "AUTO: approved", approved: true });
    expect(body.steps.approval.output).toEqual({ city: "AUTO", approved: true });
  });

  it("suspends at approval, then resume-async finishes with the city as given", async () => {
    const { body: created } = await postJson("/testWorkflow/create-run");
    const runId = created.runId as string;
    const pending = await getJson(`/testWorkflow/runs/${runId}/execution-result`);
    expect(pending.body).toEqual({ status: "pending", steps: {} });

    const started = await postJson(`/testWorkflow/start-async?runId=${runId}`, {
      inputData: { city: "New York" },
    });
    expect(started.body.status).toBe("suspended");
    expect(started.body.suspended).toEqual([["approval"]]);
    expect(started.body.steps["validate-city"].output).toEqual({
      city: "New York",
      normalized: "NEW YORK",
    });
    expect(started.body.steps.approval.suspendPayload).toEqual({
      message: "Approve trip to New York?",
      city: "New York",
    });

    const resumed = await postJson(`/testWorkflow/resume-async?runId=${runId}`, {
      step: "approval",
      resumeData: { approved: true, approver: "ana" },
    });
    expect(resumed.status).toBe(200);
    expect(resumed.body.status).toBe("success");
    expect(resumed.body.result).toEqual({ summary: "New York: approved by ana", approved: true });
  });

  it("reports a rejected trip without an approver", async () => {
    const runId = (await postJson("/testWorkflow/create-run?runId=oslo-1")).body.runId as string;
    const started = await postJson(`/testWorkflow/start-async?runId=${runId}`, {
      inputData: { city: "Oslo" },
    });
    expect(started.body.status).toBe("suspended");
    const resumed = await postJson(`/testWorkflow/resume-async?runId=${runId}`, {
      step: "approval",
      resumeData: { approved: false },
    });
    expect(resumed.body.result).toEqual({ summary: "Oslo: rejected", approved: false });
  });

  it("fails FAIL and Atlantis in validate-city with a string error", async () => {
    for (const city of ["FAIL", "Atlantis"]) {
      const { status, body } = await postJson("/testWorkflow/start-async", { inputData: { city } });
      expect(status).toBe(200);
      expect(body.status).toBe("failed");
      expect(typeof body.error).toBe("string");
      expect(body.error).toContain(`City not found: ${city}`);
      expect(body.steps["validate-city"].status).toBe("failed");
    }
  });

  it("fails failingWorkflow with kaboom", async () => {
    const { body } = await postJson("/failingWorkflow/start-async", { inputData: {} });
    expect(body.status).toBe("failed");
    expect(body.error).toMatch(/^Error: kaboom/);
    expect(body.steps.prepare.output).toEqual({ ready: true });
  });

  it("runs the pipeline through a real sleep step", async () => {
    const { body } = await postJson("/pipelineWorkflow/start-async", { inputData: { value: 20 } });
    expect(body.status).toBe("success");
    expect(body.result).toEqual({ value: 41 });
    const sleepId = Object.keys(body.steps).find((id) => id.startsWith("sleep_"));
    expect(sleepId).toBeDefined();
    const sleep = body.steps[sleepId!];
    expect(sleep.output).toEqual({ value: 40 });
    expect(sleep.endedAt - sleep.startedAt).toBeGreaterThanOrEqual(45);
  });

  it("streams double-encoded watch records from start to suspension", async () => {
    const { body: created } = await postJson("/testWorkflow/create-run");
    const runId = created.runId as string;
    const watch = fetch(`${api()}/testWorkflow/watch?runId=${runId}`).then((r) => r.text());
    await new Promise((resolve) => setTimeout(resolve, 50));
    await postJson(`/testWorkflow/start?runId=${runId}`, { inputData: { city: "Tokyo" } });
    const text = await watch;
    expect(text.endsWith(`"${RECORD_SEPARATOR}`)).toBe(true);
    const states = decodeWatchBody(text).map(
      (record) =>
        `${record.payload.workflowState.status}/${record.payload.currentStep?.id ?? "-"}:${record.payload.currentStep?.status ?? "-"}`,
    );
    expect(states).toEqual([
      "running/validate-city:running",
      "running/validate-city:success",
      "running/approval:running",
      "running/approval:suspended",
      "suspended/-:-",
    ]);
  });

  it("closes the watch at a sleep's waiting record; a new watch sees the rest", async () => {
    const { body: created } = await postJson("/pipelineWorkflow/create-run");
    const runId = created.runId as string;
    const watchUrl = `${api()}/pipelineWorkflow/watch?runId=${runId}`;
    const first = fetch(watchUrl).then((r) => r.text());
    await new Promise((resolve) => setTimeout(resolve, 50));
    await postJson(`/pipelineWorkflow/start?runId=${runId}`, { inputData: { value: 3 } });
    const beforeSleep = decodeWatchBody(await first);
    // The sleep lasts 50 ms; a loaded machine can reconnect too late, and a watch of a finished run
    // never closes, hence the timeout.
    const second = await fetch(watchUrl, { signal: AbortSignal.timeout(2_000) })
      .then((r) => r.text())
      .catch(() => "");
    const last = beforeSleep.at(-1)?.payload;
    expect(last?.workflowState.status).toBe("waiting");
    expect(last?.currentStep).toMatchObject({ status: "waiting", payload: { value: 6 } });
    expect(last?.currentStep.id).toMatch(/^sleep_/);
    const afterSleep = decodeWatchBody(second);
    if (afterSleep.length > 0) {
      expect(afterSleep.at(-1)?.payload.workflowState).toMatchObject({
        status: "success",
        result: { value: 7 },
      });
    }
    const { body: final } = await getJson(`/pipelineWorkflow/runs/${runId}/execution-result`);
    expect(final).toMatchObject({ status: "success", result: { value: 7 } });
  });

  it("restarts on the same port after POST /resume of a finished run kills the server", async () => {
    const runId = (await postJson("/testWorkflow/create-run")).body.runId as string;
    const { body } = await postJson(`/testWorkflow/start-async?runId=${runId}`, {
      inputData: { city: "AUTO" },
    });
    expect(body.status).toBe("success");
    const oldPid = mastra.pid!;

    const resumed = await postJson(`/testWorkflow/resume?runId=${runId}`, {
      step: "approval",
      resumeData: { approved: true },
    });
    expect(resumed).toEqual({ status: 200, body: { message: "Workflow run resumed" } });
    await waitUntil(() => !mastra.alive(), 5_000);
    expect(isProcessAlive(oldPid)).toBe(false);
    expect(mastra.output()).toContain("This workflow run was not suspended");

    const url = mastra.url;
    await mastra.restart();
    expect(mastra.alive()).toBe(true);
    expect(mastra.url).toBe(url);
    expect(mastra.pid).not.toBe(oldPid);
    expect((await getJson("")).status).toBe(200);
    // Runs do not survive a restart.
    expect((await getJson(`/testWorkflow/runs/${runId}`)).status).toBe(404);
  });
});

describe("startMastra lifecycle", () => {
  it("close() kills the server process", async () => {
    const other = await startMastra();
    const pid = other.pid!;
    expect(isProcessAlive(pid)).toBe(true);
    await other.close();
    expect(other.alive()).toBe(false);
    expect(isProcessAlive(pid)).toBe(false);
    await other.close();
  });

  it("rejects with the server's output when the port is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const { port } = blocker.address() as { port: number };
    try {
      await expect(startMastra({ port, timeoutMs: 5_000 })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      blocker.close();
    }
  });

  it.each(["exit", "SIGKILL"])("does not outlive a parent that ends with %s", async (how) => {
    const harness = fileURLToPath(new URL("../src/index.js", import.meta.url));
    const script = `
        import { startMastra } from ${JSON.stringify(harness)};
        const m = await startMastra();
        console.log(m.pid);
        ${how === "exit" ? "process.exit(0);" : "process.kill(process.pid, 'SIGKILL');"}
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
});

describe("captured fixtures", () => {
  const fixture = (name: string) =>
    readFile(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

  it("hold complete double-encoded records for suspend and resume", async () => {
    const start = decodeWatchBody(await fixture("watch-city-start-until-suspended.bin"));
    const resume = decodeWatchBody(await fixture("watch-city-resume-until-success.bin"));
    expect(start.at(-1)?.payload.workflowState.status).toBe("suspended");
    expect(resume[0]?.payload.currentStep).toMatchObject({
      id: "approval",
      status: "suspended",
      resumePayload: { approved: true, approver: "ana" },
    });
    expect(resume.at(-1)?.payload.workflowState.result).toEqual({
      summary: "Tokyo: approved by ana",
      approved: true,
    });
    for (const record of [...start, ...resume]) {
      expect(record.type).toBe("watch");
      expect(record.runId).toBe("fixture-city-1");
      expect(typeof record.eventTimestamp).toBe("number");
    }
  });
});
