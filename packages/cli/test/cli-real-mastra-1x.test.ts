/**
 * The CLI flows against a real Mastra 1.x server (core 1.71.0, server 1.69.0) on a free loopback
 * port (started once for this file).
 */
import { afterAll, beforeAll, describe } from "vitest";
import { startMastra1 } from "@wfkit/harness-mastra-1.x";
import { cliScenarios } from "./helpers/scenarios.js";

let mastra: Awaited<ReturnType<typeof startMastra1>>;

beforeAll(async () => {
  mastra = await startMastra1();
}, 120_000);
afterAll(() => mastra?.close());

describe("wfkit against real Mastra 1.x", () => {
  cliScenarios(() => mastra.url);
});
