/**
 * `wfkit fake`: serves the fake Mastra server on a free port until Ctrl-C, with the sample
 * workflows or those a module exports; driven here by `@wfkit/client`.
 */
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MastraClient } from "@wfkit/client";
import { runCli } from "./helpers/run-cli.js";

/** Starts `wfkit fake <args>` in process; resolves with its URL once it listens. */
const startFake = async (args: string[]) => {
  const stdout = new PassThrough();
  const interrupt = new AbortController();
  let text = "";
  const url = new Promise<string>((resolve) => {
    stdout.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
      const match = /server on (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (match !== null) resolve(match[1]!);
    });
  });
  const done = runCli(["fake", "--port", "0", ...args], { stdout, interrupt: interrupt.signal });
  const ended = done.then((result) => {
    throw new Error(`wfkit fake ended early (exit ${result.code}): ${result.stderr}`);
  });
  return {
    url: await Promise.race([url, ended]),
    stop: () => (interrupt.abort(), done),
    output: () => text,
  };
};

describe("wfkit fake", () => {
  for (const generation of ["0.x", "1.x"] as const) {
    it(`serves the sample workflows as Mastra ${generation} until Ctrl-C`, async () => {
      const fake = await startFake(["--generation", generation]);
      const client = new MastraClient({ baseUrl: fake.url });
      expect(Object.keys(await client.getWorkflows())).toEqual([
        "testWorkflow",
        "failingWorkflow",
        "pipelineWorkflow",
      ]);
      expect(await client.serverProtocol()).toBe(generation === "0.x" ? "v0" : "v1");
      const workflow = client.getWorkflow("testWorkflow");
      const suspended = await workflow.startAsync({ inputData: { city: "Oslo" } });
      expect(suspended.status).toBe("suspended");
      // The fake runs on the real clock: the pipeline's 50 ms sleep passes by itself.
      const pipeline = await client
        .getWorkflow("pipelineWorkflow")
        .startAsync({ inputData: { value: 4 } });
      expect(pipeline).toMatchObject({ status: "success", result: { value: 9 } });

      const stopped = await fake.stop();
      expect(stopped.code).toBe(0);
      expect(fake.output()).toContain(`fake Mastra ${generation} server on ${fake.url}`);
      await expect(client.getWorkflows()).rejects.toMatchObject({ code: "connection_error" });
    }, 30_000);
  }

  it("serves the workflows a module exports, keyed by export name", async () => {
    const module = fileURLToPath(new URL("./fixtures/greeting-workflows.ts", import.meta.url));
    const fake = await startFake(["--workflows", module]);
    const client = new MastraClient({ baseUrl: fake.url });
    expect(Object.keys(await client.getWorkflows())).toEqual(["greeting"]);
    const result = await client.getWorkflow("greeting").startAsync({ inputData: { name: "Ada" } });
    expect(result).toMatchObject({ status: "success", result: { text: "Hello, Ada!" } });
    expect((await fake.stop()).code).toBe(0);
  }, 30_000);

  it("exit 3 for a module without workflows and for a port in use", async () => {
    const module = fileURLToPath(new URL("./fixtures/no-workflows.ts", import.meta.url));
    const empty = await runCli(["fake", "--port", "0", "--workflows", module]);
    expect(empty.code).toBe(3);
    expect(empty.stderr).toContain("exports no workflow");

    const fake = await startFake([]);
    const port = new URL(fake.url).port;
    const busy = await runCli(["fake", "--port", port]);
    expect(busy.code).toBe(3);
    expect(busy.stderr).toBe(
      `error: Port ${port} is in use: choose another with --port (0 picks a free one).\n`,
    );
    await fake.stop();
  }, 30_000);
});
