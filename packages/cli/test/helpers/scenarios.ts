/**
 * The CLI flows every server must pass, the fake (both generations) and real Mastra (0.10.15 and
 * 1.x) alike: the interactive run in a terminal, `--json` runs and resumes, watch, inspect, runs,
 * cancel, and the exit codes that depend on the server's answers.
 */
import { expect, it } from "vitest";
import { jsonOf, runCli } from "./run-cli.js";
import { startTerminal } from "./pty.js";

/** The outcome document of `--json`. */
interface Outcome {
  runId: string;
  status: string;
  result?: { summary?: string };
  error?: { message: string };
  suspended?: string[][];
  suspendPayload?: Record<string, unknown>;
}

/** Defines the shared CLI tests against the server at `url()`. */
export const cliScenarios = (url: () => string): void => {
  const cli = (...args: string[]) => runCli([...args, "--url", url()]);

  const suspendedRun = async (city: string): Promise<string> => {
    const started = await cli(
      "run",
      "testWorkflow",
      "--input",
      JSON.stringify({ city }),
      "--no-input",
      "--json",
    );
    expect(started.code, started.stderr).toBe(2);
    return jsonOf<Outcome>(started).runId;
  };

  it("run → suspend → answering the prompt in a terminal → success (exit 0)", async () => {
    const terminal = await startTerminal([
      "run",
      "testWorkflow",
      "--input",
      '{"city":"Lima"}',
      "--url",
      url(),
    ]);
    const prompt = await terminal.waitFor("approved");
    expect(prompt).toContain("⏸ approval suspended");
    expect(prompt).toContain('"message": "Approve trip to Lima?"');
    terminal.type("\r");
    await terminal.waitFor("approver (optional, Enter to skip)");
    terminal.type("ana\r");
    await terminal.waitFor("✔ success");
    expect(await terminal.exit).toBe(0);
    expect(terminal.screen()).toContain('"summary": "Lima: approved by ana"');
    expect(terminal.screen()).toMatch(/✔ finalize/);
  }, 60_000);

  it("run --no-input --json exits 2 with the runId; resume --wait --json exits 0 with the result", async () => {
    const started = await cli(
      "run",
      "testWorkflow",
      "--input",
      '{"city":"New York"}',
      "--no-input",
      "--json",
    );
    expect(started.code, started.stderr).toBe(2);
    const suspended = jsonOf<Outcome>(started);
    expect(suspended).toEqual({
      runId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: "suspended",
      suspended: [["approval"]],
      suspendPayload: { approval: { message: "Approve trip to New York?", city: "New York" } },
    });

    const resumed = await cli(
      "resume",
      "testWorkflow",
      suspended.runId,
      "--data",
      '{"approved":true,"approver":"ana"}',
      "--wait",
      "--json",
    );
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(jsonOf<Outcome>(resumed)).toEqual({
      runId: suspended.runId,
      status: "success",
      result: { summary: "New York: approved by ana", approved: true },
    });
  }, 60_000);

  it("watch of a finished run prints its stored history and outcome, and exits 0", async () => {
    const runId = await suspendedRun("Quito");
    const resumed = await cli(
      "resume",
      "testWorkflow",
      runId,
      "--data",
      '{"approved":false}',
      "--wait",
    );
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain("Quito: rejected");

    const watched = await cli("watch", "testWorkflow", runId);
    expect(watched.code, watched.stderr).toBe(0);
    expect(watched.stdout).toMatch(/^validate-city: success/m);
    expect(watched.stdout).toMatch(/^finalize: success/m);
    expect(watched.stdout).toContain("✔ success");
    expect(watched.stdout).toContain('"summary": "Quito: rejected"');
    expect(watched.stdout).not.toContain("\u001b[");
  }, 60_000);

  it("watch of a suspended run without input prints the payload and the resume command, and exits 2", async () => {
    const runId = await suspendedRun("Accra");
    const watched = await cli("watch", "testWorkflow", runId, "--no-input");
    expect(watched.code, watched.stderr).toBe(2);
    expect(watched.stdout).toMatch(/^approval: suspended$/m);
    expect(watched.stdout).toContain("⏸ approval is waiting for resume data");
    expect(watched.stdout).toContain('"message": "Approve trip to Accra?"');
    expect(watched.stdout).toContain(
      `wfkit resume testWorkflow ${runId} --step approval --data '{"approved":true}' --url ${url()}`,
    );
  }, 60_000);

  it("inspect shows the steps, input and result; --json the outcome document", async () => {
    const runId = await suspendedRun("Bogota");
    const human = await cli("inspect", "testWorkflow", runId);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toContain("status  suspended");
    expect(human.stdout).toContain('input   {"city":"Bogota"}');
    expect(human.stdout).toMatch(/✔ validate-city {2}success/);
    expect(human.stdout).toContain('output: {"city":"Bogota","normalized":"BOGOTA"}');
    expect(human.stdout).toMatch(/⏸ approval {2}suspended/);

    await cli("resume", "testWorkflow", runId, "--data", '{"approved":true}', "--wait", "--json");
    const json = await cli("inspect", "testWorkflow", runId, "--json");
    expect(json.code, json.stderr).toBe(0);
    expect(jsonOf<Outcome>(json)).toEqual({
      runId,
      status: "success",
      result: { summary: "Bogota: approved", approved: true },
    });
  }, 60_000);

  it("runs lists the workflow's runs with their status, filtered by --status", async () => {
    const runId = await suspendedRun("Lisbon");
    const listed = await cli("runs", "testWorkflow", "--limit", "100");
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/^RUN\s+STATUS\s+CREATED\s+UPDATED$/m);
    expect(listed.stdout).toMatch(new RegExp(`^${runId}\\s+suspended\\s+\\d{4}-`, "m"));

    const suspended = jsonOf<{ runs: { runId: string; status: string }[] }>(
      await cli("runs", "testWorkflow", "--status", "suspended", "--json", "--limit", "100"),
    );
    expect(suspended.runs.map((run) => run.runId)).toContain(runId);
    expect(suspended.runs.every((run) => run.status === "suspended")).toBe(true);
    const succeeded = jsonOf<{ runs: { runId: string }[] }>(
      await cli("runs", "testWorkflow", "--status", "success", "--json", "--limit", "100"),
    );
    expect(succeeded.runs.map((run) => run.runId)).not.toContain(runId);
  }, 60_000);

  it("cancel cancels a run (exit 0) and an unknown run is exit 3", async () => {
    const runId = await suspendedRun("Paris");
    const canceled = await cli("cancel", "testWorkflow", runId, "--json");
    expect(canceled.code, canceled.stderr).toBe(0);
    expect(jsonOf(canceled)).toEqual({ runId, message: expect.any(String) });

    const unknown = await cli("cancel", "testWorkflow", "00000000-0000-4000-8000-000000000000");
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain(
      'No run 00000000-0000-4000-8000-000000000000 of workflow "testWorkflow"',
    );
  }, 60_000);

  it("exit 1 for a failed run, with the failing step and its error", async () => {
    const failed = await cli("run", "failingWorkflow", "--input", "{}");
    expect(failed.code, failed.stderr).toBe(1);
    expect(failed.stdout).toMatch(/^boom: failed/m);
    expect(failed.stdout).toContain("✖ failed at step boom: kaboom");
    const json = jsonOf<Outcome>(await cli("run", "failingWorkflow", "--json"));
    expect(json.status).toBe("failed");
    expect(json.error?.message).toContain("kaboom");
  }, 60_000);

  it("exit 3 with one line for an unknown workflow, an unknown run, bad JSON and resume data the schema rejects", async () => {
    const expectUsage = async (args: string[], line: string) => {
      const result = await cli(...args);
      expect(result.code, result.stdout).toBe(3);
      expect(result.stderr).toContain(line);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    };
    await expectUsage(["run", "noSuchWorkflow"], 'No workflow "noSuchWorkflow"');
    await expectUsage(["describe", "noSuchWorkflow"], 'No workflow "noSuchWorkflow"');
    await expectUsage(["inspect", "testWorkflow", "no-such-run"], "No run no-such-run");
    await expectUsage(["watch", "testWorkflow", "no-such-run"], "No run no-such-run");
    await expectUsage(["run", "testWorkflow", "--input", "{city"], "--input is not valid JSON");
    await expectUsage(
      ["run", "testWorkflow", "--input", '{"town":"x"}'],
      "does not fit testWorkflow's input schema",
    );
    const runId = await suspendedRun("Rome");
    await expectUsage(
      ["resume", "testWorkflow", runId, "--data", '{"approved":"yes"}'],
      "--data does not fit the resume schema of approval: approved must be boolean",
    );
    await expectUsage(
      ["resume", "testWorkflow", runId, "--data", "nope"],
      "--data is not valid JSON",
    );
    await expectUsage(
      ["resume", "testWorkflow", runId, "--step", "finalize", "--data", "{}"],
      'Step "finalize"',
    );
  }, 60_000);

  it("workflows and describe show the registered workflows and their schemas as types", async () => {
    const listed = await cli("workflows");
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/^testWorkflow\s+city-workflow\s+3\s+/m);
    const described = await cli("describe", "testWorkflow");
    expect(described.code, described.stderr).toBe(0);
    expect(described.stdout).toContain("input   { city: string }");
    expect(described.stdout).toContain("resume:  { approved: boolean; approver?: string }");
    expect(described.stdout).toMatch(/├─ validate-city[\s\S]*├─ approval[\s\S]*└─ finalize/);
  }, 60_000);
};
