/**
 * The CLI flows against a real Mastra 0.10.15 server on a free loopback port (started once for
 * this file).
 */
import { afterAll, beforeAll, describe } from "vitest";
import { startMastra } from "@wfkit/harness-mastra-0.10";
import { cliScenarios } from "./helpers/scenarios.js";

let mastra: Awaited<ReturnType<typeof startMastra>>;

beforeAll(async () => {
  mastra = await startMastra();
}, 60_000);
afterAll(() => mastra?.close());

describe("wfkit against real Mastra 0.10.15", () => {
  cliScenarios(() => mastra.url);
});
