/**
 * The live display in a real pseudo-terminal (node-pty + @xterm/headless), against the fake
 * server on a socket: start to suspension, answering the prompt with keystrokes, following to
 * success, and Ctrl-C in the middle. Assertions are on the screen's text.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeServer, type FakeServer } from "@wfkit/test-utils";
import { startTerminal } from "./helpers/pty.js";

let server: FakeServer;

beforeAll(async () => {
  server = await createFakeServer({ listen: true });
});
afterAll(() => server?.close());

const runIdOn = (screen: string): string => {
  const match = /run ([0-9a-f-]{36}) of testWorkflow/.exec(screen);
  if (match === null) throw new Error(`no run id on the screen:\n${screen}`);
  return match[1]!;
};

describe("wfkit run on a terminal", () => {
  it("draws the steps to the suspension, asks for the resume data, and follows the run to success", async () => {
    const cli = await startTerminal([
      "run",
      "testWorkflow",
      "--input",
      '{"city":"New York"}',
      "--url",
      server.url,
    ]);
    const atPrompt = await cli.waitFor("approved");
    expect(atPrompt).toMatch(/✔ validate-city \d+ms/);
    expect(atPrompt).toContain("⏸ approval suspended");
    expect(atPrompt).toContain('"message": "Approve trip to New York?"');
    const runId = runIdOn(atPrompt);
    expect(server.runs.get("testWorkflow", runId)?.snapshot.status).toBe("suspended");

    cli.type("\r"); // approved: Yes (the confirm's default)
    await cli.waitFor("approver (optional, Enter to skip)");
    cli.type("ana\r");
    const done = await cli.waitFor("✔ success");
    expect(await cli.exit).toBe(0);
    const screen = cli.screen();
    expect(screen).toMatch(/✔ approval \d+ms/);
    expect(screen).toMatch(/✔ finalize \d+ms/);
    expect(screen).toContain('"summary": "New York: approved by ana"');
    expect(done).toContain("✔ success");
    // Drawn in place: each finished step appears once, and no spinner frame of it is left behind.
    expect(screen).not.toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] (validate-city|approval|finalize)/);
    expect(screen.match(/✔ validate-city/g)).toHaveLength(1);
    expect(screen.match(/✔ finalize/g)).toHaveLength(1);
  }, 60_000);

  it("Ctrl-C in the middle stops following, prints the run id and the commands, and leaves the run alone", async () => {
    // SLOW sleeps 1 s on the server's virtual clock: the run stays in validate-city until the test advances it.
    const cli = await startTerminal([
      "run",
      "testWorkflow",
      "--input",
      '{"city":"SLOW"}',
      "--url",
      server.url,
    ]);
    const running = await cli.waitFor(/validate-city/);
    const runId = runIdOn(running);
    expect(running).toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] validate-city/);
    expect(running).not.toContain("✔ validate-city");
    cli.type("\x03");
    const screen = await cli.waitFor("resume it:");
    expect(await cli.exit).toBe(130);
    expect(screen).toContain(
      `Interrupted. Run ${runId} goes on on the server; nothing was canceled.`,
    );
    expect(screen).toContain(`watch it:  wfkit watch testWorkflow ${runId} --url ${server.url}`);
    expect(screen).toContain(`resume it: wfkit resume testWorkflow ${runId}`);
    expect(server.requests.some((request) => request.path.endsWith("/cancel"))).toBe(false);

    await server.clock.advance(1000);
    const result = await server.runs.settled("testWorkflow", runId);
    expect(result?.status).toBe("suspended");
  }, 60_000);
});
