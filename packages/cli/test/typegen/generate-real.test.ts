/**
 * typegen against the real servers: Mastra 0.10.15 and Mastra 1.x (harness/mastra-0.10 and
 * harness/mastra-1.x) on free loopback ports, read over real HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMastra } from "@wfkit/harness-mastra-0.10";
import { startMastra1 } from "@wfkit/harness-mastra-1.x";
import { MastraClient } from "@wfkit/client";
import { generateWorkflowTypes, type TypegenWarning } from "@wfkit/cli";
import { compileWithUsage } from "./helpers.js";

type Harness = Awaited<ReturnType<typeof startMastra>>;
const servers: { "0.10.15"?: Harness; "1.x"?: Harness } = {};

beforeAll(async () => {
  [servers["0.10.15"], servers["1.x"]] = await Promise.all([startMastra(), startMastra1()]);
}, 180_000);
afterAll(async () => {
  await Promise.all([servers["0.10.15"]?.close(), servers["1.x"]?.close()]);
});

describe.each(["0.10.15", "1.x"] as const)("typegen against real Mastra %s", (version) => {
  it("writes a file that compiles with the usage file, the same twice, with no warning", async () => {
    const server = servers[version]!;
    const client = new MastraClient({ baseUrl: server.url });
    const warnings: TypegenWarning[] = [];
    const first = await generateWorkflowTypes({ client, onWarning: (w) => warnings.push(w) });
    const second = await generateWorkflowTypes({ client });
    expect(second).toBe(first);
    expect(warnings).toEqual([]);
    expect(first).toContain(`from the workflows of ${server.url}.`);
    expect(first).toMatch(
      /approval: \{[^]*resume: \{\n\s+approved: boolean;\n\s+approver\?: string;/,
    );
    expect(first).not.toContain("sleep_");
    expect(await compileWithUsage(first)).toEqual([]);
  }, 180_000);
});
