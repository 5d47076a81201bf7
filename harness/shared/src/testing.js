/**
 * The test cases and helpers the harnesses' own tests share: what every generation of the real
 * server does with the sample workflows, and how every launcher looks after its child process.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { expect, it } from "vitest";

/**
 * Creates `getJson(path)` and `postJson(path, body?)` against `<url()>/api/workflows<path>`,
 * resolving with `{ status, body }`; `url` is read on every call.
 */
export const createJsonCalls = (url) => {
  const api = () => `${url()}/api/workflows`;
  const getJson = async (path) => {
    const response = await fetch(`${api()}${path}`);
    return { status: response.status, body: await response.json() };
  };
  const postJson = async (path, body) => {
    const response = await fetch(`${api()}${path}`, {
      method: "POST",
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
    });
    return { status: response.status, body: await response.json() };
  };
  return { api, getJson, postJson };
};

/** Whether a process exists and is not a zombie waiting to be reaped. */
export const isProcessAlive = (pid) => {
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

/** Polls `predicate` every 25 ms until it holds; rejects after `timeoutMs`. */
export const waitUntil = async (predicate, timeoutMs) => {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

/**
 * Registers the cases every generation of the real server passes with the sample workflows.
 * `server()` is the harness the file started; `runPath(runId)` is where the generation shows a
 * `testWorkflow` run's state; `expectError(error, message)` checks a failed run's `error` field.
 */
export const registerSampleWorkflowCases = ({ server, runPath, expectError }) => {
  const { getJson, postJson } = createJsonCalls(() => server().url);

  it("serves on 127.0.0.1 and lists the three workflows by registration key with their ids as names", async () => {
    expect(new URL(server().url).hostname).toBe("127.0.0.1");
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
    const runId = (await postJson("/testWorkflow/create-run")).body.runId;
    const pending = await getJson(runPath(runId));
    expect(pending.body).toMatchObject({ status: "pending", steps: {} });

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
    expect((await getJson(runPath(runId))).body.status).toBe("suspended");

    const resumed = await postJson(`/testWorkflow/resume-async?runId=${runId}`, {
      step: "approval",
      resumeData: { approved: true, approver: "ana" },
    });
    expect(resumed.status).toBe(200);
    expect(resumed.body.status).toBe("success");
    expect(resumed.body.result).toEqual({ summary: "New York: approved by ana", approved: true });
    const done = await getJson(runPath(runId));
    expect(done.body).toMatchObject({ status: "success", result: resumed.body.result });
  });

  it("reports a rejected trip without an approver", async () => {
    const runId = (await postJson("/testWorkflow/create-run?runId=oslo-1")).body.runId;
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

  it("fails FAIL and Atlantis in validate-city", async () => {
    for (const city of ["FAIL", "Atlantis"]) {
      const { status, body } = await postJson("/testWorkflow/start-async", { inputData: { city } });
      expect(status).toBe(200);
      expect(body.status).toBe("failed");
      expectError(body.error, `City not found: ${city}`);
      expect(body.steps["validate-city"].status).toBe("failed");
    }
  });

  it("fails failingWorkflow with kaboom", async () => {
    const { body } = await postJson("/failingWorkflow/start-async", { inputData: {} });
    expect(body.status).toBe("failed");
    expectError(body.error, "kaboom");
    expect(body.steps.prepare.output).toEqual({ ready: true });
  });

  it("runs the pipeline through a real sleep step", async () => {
    const { body } = await postJson("/pipelineWorkflow/start-async", { inputData: { value: 20 } });
    expect(body.status).toBe("success");
    expect(body.result).toEqual({ value: 41 });
    const sleepId = Object.keys(body.steps).find((id) => id.startsWith("sleep_"));
    expect(sleepId).toBeDefined();
    const sleep = body.steps[sleepId];
    expect(sleep.output).toEqual({ value: 40 });
    expect(sleep.endedAt - sleep.startedAt).toBeGreaterThanOrEqual(45);
  });
};

/**
 * Registers the cases every launcher passes: `start(options)` starts a server; `entry` names the
 * harness module and the export that starts one, for a parent process that ends without
 * closing it.
 */
export const registerLifecycleCases = ({ start, entry }) => {
  it("close() kills the server process", async () => {
    const other = await start();
    const pid = other.pid;
    expect(isProcessAlive(pid)).toBe(true);
    await other.close();
    expect(other.alive()).toBe(false);
    expect(isProcessAlive(pid)).toBe(false);
    await other.close();
  });

  it("rejects with the server's output when the port is taken", async () => {
    const blocker = createServer();
    await new Promise((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const { port } = blocker.address();
    try {
      await expect(start({ port, timeoutMs: 5_000 })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      blocker.close();
    }
  });

  it.each(["exit", "SIGKILL"])("does not outlive a parent that ends with %s", async (how) => {
    const script = `
        import { ${entry.exportName} as start } from ${JSON.stringify(entry.modulePath)};
        const m = await start();
        console.log(m.pid);
        ${how === "exit" ? "process.exit(0);" : "process.kill(process.pid, 'SIGKILL');"}
      `;
    const parent = spawn(process.execPath, ["--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    parent.stdout.setEncoding("utf8");
    parent.stdout.on("data", (text) => (stdout += text));
    await new Promise((resolve) => parent.once("exit", resolve));
    const pid = Number(stdout.trim());
    expect(pid).toBeGreaterThan(0);
    await waitUntil(() => !isProcessAlive(pid), 3_000);
  });
};
