/**
 * What `perStep: true` does on Mastra 1.x, checked the same way against the real server
 * (real-mastra-1x-surface.test.ts) and the fake (fake-1x-surface.test.ts).
 */
import { expect } from "vitest";
import { isRunNotSuspendedError, type Workflow } from "@wfkit/client";
import type { City } from "./flow.js";

/** `stream` with perStep pauses after one step; returns the stream's event types. */
export async function expectStreamPausesAfterOneStep(workflow: Workflow<City>): Promise<string[]> {
  const stream = await workflow.stream({ inputData: { city: "Rome" }, perStep: true });
  const types: string[] = [];
  for await (const event of stream) types.push(event.type);
  const result = await stream.result;
  expect(result.status).toBe("paused");
  expect(Object.keys(result.steps)).toEqual(["validate-city"]);
  return types;
}

/** `startAsync` with perStep resolves to paused; the execution result and the snapshot agree. */
export async function expectStartAsyncPaused(workflow: Workflow<City>): Promise<void> {
  const run = await workflow.createRun();
  const result = await run.startAsync({ inputData: { city: "Rome" }, perStep: true });
  expect(result).toMatchObject({ runId: run.runId, status: "paused", input: { city: "Rome" } });
  expect(Object.keys(result.steps)).toEqual(["validate-city"]);
  expect((await run.executionResult()).status).toBe("paused");
  const stored = (await run.details()).snapshot;
  expect(typeof stored === "string" ? stored : stored.status).toBe("paused");
}

/** `resumeStream` and `resumeNoWait` of a paused run fail the preflight, and the run stays paused. */
export async function expectPausedRunRefusesResume(workflow: Workflow<City>): Promise<void> {
  const run = await workflow.createRun();
  await run.startAsync({ inputData: { city: "Rome" }, perStep: true });
  const streamed = await run
    .resumeStream({ resumeData: { approved: true } })
    .catch((e: unknown) => e);
  expect(isRunNotSuspendedError(streamed) && streamed.runStatus).toBe("paused");
  const noWait = await run.resumeNoWait({ step: "approval" }).catch((e: unknown) => e);
  expect(isRunNotSuspendedError(noWait)).toBe(true);
  expect((await run.executionResult()).status).toBe("paused");
}
