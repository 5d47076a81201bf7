import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { RECORD_SEPARATOR, splitRecords } from "@wfkit/harness-shared";
import {
  createJsonCalls,
  isProcessAlive,
  registerLifecycleCases,
  registerSampleWorkflowCases,
  waitUntil,
} from "@wfkit/harness-shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMastra, type MastraHarness } from "../src/index.js";

let mastra: MastraHarness;
const { api, getJson, postJson } = createJsonCalls(() => mastra.url);

beforeAll(async () => {
  mastra = await startMastra();
});

afterAll(async () => {
  await mastra?.close();
});

/** 0.10 watch bodies: each record is JSON of a JSON string. */
const decodeWatchBody = (text: string) =>
  splitRecords(text).map((piece) => JSON.parse(JSON.parse(piece) as string) as Record<string, any>);

describe("real Mastra 0.10.15 server", () => {
  registerSampleWorkflowCases({
    server: () => mastra,
    runPath: (runId) => `/testWorkflow/runs/${runId}/execution-result`,
    // Errors are strings: the thrown error's stack.
    expectError: (error, message) => {
      expect(typeof error).toBe("string");
      expect((error as string).split("\n")[0]).toBe(`Error: ${message}`);
    },
  });

  it("answers execution-result of a created run with exactly pending and no steps", async () => {
    const runId = (await postJson("/testWorkflow/create-run")).body.runId as string;
    const { body } = await getJson(`/testWorkflow/runs/${runId}/execution-result`);
    expect(body).toEqual({ status: "pending", steps: {} });
  });

  it("streams double-encoded watch records from start to suspension", async () => {
    const { body: created } = await postJson("/testWorkflow/create-run");
    const runId = created.runId as string;
    // Mastra subscribes the watch before it answers, so once the headers are in, the watch is on.
    const watch = (await fetch(`${api()}/testWorkflow/watch?runId=${runId}`)).text();
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
    const first = (await fetch(watchUrl)).text();
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
    // The second watch may close before any record arrives; the last record it has is the success.
    const lastAfterSleep = decodeWatchBody(second)
      .slice(-1)
      .map((record) => record.payload.workflowState);
    expect(lastAfterSleep).toMatchObject(
      lastAfterSleep.map(() => ({ status: "success", result: { value: 7 } })),
    );
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
  registerLifecycleCases({
    start: startMastra,
    entry: {
      modulePath: fileURLToPath(new URL("../src/index.js", import.meta.url)),
      exportName: "startMastra",
    },
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
