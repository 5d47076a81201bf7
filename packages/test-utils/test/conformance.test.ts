import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  createRun,
  decodeWatch,
  openWatch,
  resumeAsync,
  startAsync,
  startServer,
} from "./helpers.js";

/** Byte-exact watch captures from the real Mastra 0.10.15 harness serving the same sample workflows. */
const fixture = (name: string) =>
  readFileSync(
    new URL(`../../../harness/mastra-0.10/test/fixtures/${name}`, import.meta.url),
    "utf8",
  );

/** Canonical text of a watch body: times blanked, sleep ids and stacks reduced, field order kept. */
const canonical = (body: string): string =>
  JSON.stringify(
    decodeWatch(body).map((record) =>
      JSON.parse(
        JSON.stringify(record, (key, value) => {
          if (["startedAt", "endedAt", "suspendedAt", "resumedAt", "eventTimestamp"].includes(key))
            return typeof value;
          if (key === "runId") return "run";
          if (key === "error" && typeof value === "string") return value.split("\n")[0];
          return value;
        }),
      ),
    ),
  ).replace(/sleep_[0-9a-f-]{36}/g, "sleep_X");

describe("conformance with real Mastra 0.10.15 watch captures", () => {
  it("city workflow: start until suspended, then resume until success", async () => {
    const server = await startServer();
    const runId = await createRun(server, "testWorkflow");
    let body = openWatch(server, "testWorkflow", runId).then((r) => r.text());
    await startAsync(server, "testWorkflow", runId, { city: "Tokyo" });
    expect(canonical(await body)).toBe(canonical(fixture("watch-city-start-until-suspended.bin")));
    body = openWatch(server, "testWorkflow", runId).then((r) => r.text());
    await resumeAsync(server, "testWorkflow", runId, "approval", {
      approved: true,
      approver: "ana",
    });
    expect(canonical(await body)).toBe(canonical(fixture("watch-city-resume-until-success.bin")));
  });

  it("failing workflow", async () => {
    const server = await startServer();
    const runId = await createRun(server, "failingWorkflow");
    const body = openWatch(server, "failingWorkflow", runId).then((r) => r.text());
    await startAsync(server, "failingWorkflow", runId, {});
    expect(canonical(await body)).toBe(canonical(fixture("watch-failing-step.bin")));
  });

  it("pipeline workflow: the watch ends at the sleep; a second watch sees the rest", async () => {
    const server = await startServer();
    const runId = await createRun(server, "pipelineWorkflow");
    const first = openWatch(server, "pipelineWorkflow", runId).then((r) => r.text());
    const done = startAsync(server, "pipelineWorkflow", runId, { value: 3 });
    expect(canonical(await first)).toBe(canonical(fixture("watch-pipeline-until-waiting.bin")));
    const second = openWatch(server, "pipelineWorkflow", runId).then((r) => r.text());
    await server.clock.advance(50);
    await done;
    expect(canonical(await second)).toBe(canonical(fixture("watch-pipeline-after-sleep.bin")));
  });
});
