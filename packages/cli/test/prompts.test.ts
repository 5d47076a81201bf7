/**
 * The resume prompt built from a step's resume schema, answered with keystrokes in a real
 * pseudo-terminal: an enum is a select, a number is validated text, an optional field is
 * skipped, and a schema the simple prompts cannot ask for is JSON validated against it. Also
 * `watch` of a suspended run, which asks too and follows the run to the end.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeServer, createStep, createWorkflow, type FakeServer } from "@wfkit/test-utils";
import { startTerminal } from "./helpers/pty.js";
import { jsonOf, runCli } from "./helpers/run-cli.js";

type Review = { decision: string; score: number; note?: string };

const review = createStep<unknown, Review, Review>({
  id: "review",
  suspendSchema: { type: "object", properties: { ask: { type: "string" } } },
  resumeSchema: {
    type: "object",
    properties: {
      decision: { enum: ["approve", "reject", "escalate"] },
      score: { type: "number" },
      note: { type: "string" },
    },
    required: ["decision", "score"],
    additionalProperties: false,
  },
  execute: async ({ resumeData, suspend }) => {
    if (resumeData === undefined) {
      await suspend({ ask: "Review the draft" });
      return { decision: "none", score: 0 };
    }
    return resumeData;
  },
});

const configure = createStep<unknown, { items: string[] }, { items: string[] }>({
  id: "configure",
  resumeSchema: {
    type: "object",
    properties: { items: { type: "array", items: { type: "string" } } },
    required: ["items"],
  },
  execute: async ({ resumeData, suspend }) => {
    if (resumeData === undefined) {
      await suspend({});
      return { items: [] };
    }
    return resumeData;
  },
});

const workflows = {
  reviewWorkflow: createWorkflow({ id: "review-workflow" }).then(review).commit(),
  configWorkflow: createWorkflow({ id: "config-workflow" }).then(configure).commit(),
};

let server: FakeServer;
beforeAll(async () => {
  server = await createFakeServer({ listen: true, workflows });
});
afterAll(() => server?.close());

const DOWN = "\x1b[B";
const BACKSPACE = "\x7f";

describe("the resume prompt", () => {
  it("asks an enum with a select, validates a number, skips an optional field", async () => {
    const cli = await startTerminal(["run", "reviewWorkflow", "--url", server.url]);
    const select = await cli.waitFor("decision");
    expect(select).toContain('"ask": "Review the draft"');
    expect(select).toMatch(/● approve/);
    expect(select).toMatch(/○ escalate/);
    cli.type(DOWN);
    await cli.waitFor(/● reject/);
    cli.type("\r");
    await cli.waitFor("score");
    cli.type("abc\r");
    await cli.waitFor("score must be a number");
    cli.type(`${BACKSPACE.repeat(3)}7\r`);
    await cli.waitFor("note (optional, Enter to skip)");
    cli.type("\r");
    await cli.waitFor("✔ success");
    expect(await cli.exit).toBe(0);
    const screen = cli.screen();
    expect(screen).toContain('"decision": "reject"');
    expect(screen).toContain('"score": 7');
    expect(screen).not.toContain('"note"');
  }, 60_000);

  it("asks for JSON, validated against the schema, when the fields are not simple", async () => {
    const cli = await startTerminal(["run", "configWorkflow", "--url", server.url]);
    await cli.waitFor("Resume data for configure (JSON)");
    cli.type('{"items":[1]}\r');
    await cli.waitFor("items.0 must be string");
    cli.type(`${BACKSPACE.repeat(13)}{"items":["a","b"]}\r`);
    await cli.waitFor("✔ success");
    expect(await cli.exit).toBe(0);
    expect(cli.screen()).toMatch(/"items": \[\s*"a",\s*"b"\s*\]/);
  }, 60_000);

  it("watch of a suspended run asks for the resume data and follows the run to success", async () => {
    const started = await runCli(["run", "reviewWorkflow", "--json", "--url", server.url]);
    expect(started.code).toBe(2);
    const { runId } = jsonOf<{ runId: string }>(started);
    const cli = await startTerminal(["watch", "reviewWorkflow", runId, "--url", server.url]);
    await cli.waitFor("decision");
    cli.type("\r");
    await cli.waitFor("score");
    cli.type("3\r");
    await cli.waitFor("note (optional, Enter to skip)");
    cli.type("fine\r");
    await cli.waitFor("✔ success");
    expect(await cli.exit).toBe(0);
    expect(cli.screen()).toContain('"note": "fine"');
  }, 60_000);
});
