/**
 * Output for scripts and logs against the fake server: `--jsonl` records, plain lines for a run
 * that waits on a sleep, and the `--json` documents of `workflows` and `describe`.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeServer, PIPELINE_SLEEP_MS, type FakeServer } from "@wfkit/test-utils";
import { jsonOf, runCli } from "./helpers/run-cli.js";

let server: FakeServer;
beforeAll(async () => {
  server = await createFakeServer({ listen: true });
});
afterAll(() => server?.close());

describe("machine-readable and plain output", () => {
  it("--jsonl prints every watch record of the run as one JSON line", async () => {
    const result = await runCli([
      "run",
      "testWorkflow",
      "--input",
      '{"city":"Oslo"}',
      "--jsonl",
      "--url",
      server.url,
    ]);
    expect(result.code).toBe(2);
    const records = result.stdout
      .trim()
      .split("\n")
      .map(
        (line) =>
          JSON.parse(line) as {
            type: string;
            runId: string;
            eventTimestamp: string;
            payload: { workflowState: { status: string } };
          },
      );
    expect(records.length).toBeGreaterThan(1);
    expect(new Set(records.map((record) => record.runId)).size).toBe(1);
    expect(
      records.every(
        (record) => record.type === "watch" && !Number.isNaN(Date.parse(record.eventTimestamp)),
      ),
    ).toBe(true);
    expect(records.at(-1)?.payload.workflowState.status).toBe("suspended");
  }, 30_000);

  it("a step waiting on a sleep shows as waiting, then the run goes on", async () => {
    const stdout = new PassThrough();
    let text = "";
    const waiting = new Promise<void>((resolve) =>
      stdout.on("data", (chunk: Buffer) => {
        text += chunk.toString("utf8");
        if (/^sleep \d+ms: waiting$/m.test(text)) resolve();
      }),
    );
    const run = runCli(["run", "pipelineWorkflow", "--input", '{"value":2}', "--url", server.url], {
      stdout,
    });
    await waiting;
    // The sleep runs on the server's virtual clock: advance it once the run is waiting.
    await server.clock.advance(PIPELINE_SLEEP_MS);
    const result = await run;
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^double: success/m);
    expect(result.stdout).toMatch(/^add-one: success/m);
    expect(result.stdout).toContain('"value": 5');
  }, 30_000);

  it("--json of workflows and describe are single documents with parsed schemas", async () => {
    const workflows = jsonOf<Record<string, { name: string }>>(
      await runCli(["workflows", "--json", "--url", server.url]),
    );
    expect(workflows["testWorkflow"]?.name).toBe("city-workflow");
    const described = jsonOf<{
      key: string;
      inputSchema: unknown;
      steps: Record<string, { resumeSchema?: unknown }>;
    }>(await runCli(["describe", "testWorkflow", "--json", "--url", server.url]));
    expect(described.key).toBe("testWorkflow");
    expect(described.inputSchema).toMatchObject({ type: "object", required: ["city"] });
    expect(described.steps["approval"]?.resumeSchema).toMatchObject({ required: ["approved"] });
  });

  it("--input-file reads the input from a file; a missing file or both flags is exit 3", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wfkit-cli-"));
    const file = join(dir, "input.json");
    writeFileSync(file, '{ "city": "Nairobi" }\n');
    const result = await runCli([
      "run",
      "testWorkflow",
      "--input-file",
      file,
      "--json",
      "--url",
      server.url,
    ]);
    expect(result.code, result.stderr).toBe(2);
    const { runId } = jsonOf<{ runId: string }>(result);
    expect(server.runs.get("testWorkflow", runId)?.snapshot.context["input"]).toEqual({
      city: "Nairobi",
    });

    const missing = await runCli([
      "run",
      "testWorkflow",
      "--input-file",
      join(dir, "nope.json"),
      "--url",
      server.url,
    ]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toBe(
      `error: Cannot read --input-file ${join(dir, "nope.json")}: ENOENT\n`,
    );
    const both = await runCli([
      "run",
      "testWorkflow",
      "--input",
      "{}",
      "--input-file",
      file,
      "--url",
      server.url,
    ]);
    expect(both.code).toBe(3);
    expect(both.stderr).toBe("error: Give --input or --input-file, not both.\n");
  });
});
