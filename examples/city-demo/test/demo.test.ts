/**
 * Runs the demo's real command line as a child process (its TypeScript sources through tsx, the
 * workspace packages from their sources) against the built-in fake server and against a real
 * Mastra 0.10.15 server, and reads the transcript a user would see.
 */
import { spawn } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMastra, type MastraHarness } from "@wfkit/harness-mastra-0.10";
import { startMastra1 } from "@wfkit/harness-mastra-1.x";
import { createFakeServer, failingWorkflow } from "@wfkit/test-utils";

const demoRoot = fileURLToPath(new URL("..", import.meta.url));
const ESC = "\u001b";

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `src/main.ts` with `args`; the environment has no colour variables unless `env` adds them.
 * The demo gets a 20 s time limit, so a hang fails with its transcript instead of a test timeout.
 */
function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const limit = args.includes("--timeout") ? [] : ["--timeout", "20000"];
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !["FORCE_COLOR", "NO_COLOR", "WFKIT_BASE_URL", "NODE_OPTIONS"].includes(key),
    ),
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", ...limit, ...args], {
      cwd: demoRoot,
      env: { ...base, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The transcript's numbered sections, by number. */
function sections(stdout: string): Map<number, string> {
  const parts = stdout.split(/^(?=\d+\. )/m).slice(1);
  return new Map(parts.map((part) => [Number(part.slice(0, part.indexOf("."))), part]));
}

/** Asserts that `patterns` match `text` one after the other, in this order. */
function expectInOrder(text: string, patterns: RegExp[]): void {
  let from = 0;
  for (const pattern of patterns) {
    const match = pattern.exec(text.slice(from));
    expect(match, `${pattern} after …${text.slice(Math.max(0, from - 60), from)}`).not.toBeNull();
    from += match!.index + match![0].length;
  }
}

const TITLES = [
  "1. List workflows and read one's details",
  "2. Watch a run live: createRun + watch + start",
  "3. startAsync until suspended",
  "4. resumeAsync until success",
  "5. Follow one run across a resume: watchRecords({ runId, follow: true })",
  "6. Errors are typed: a failing city and an unknown workflow",
];

/** What every successful run must show, whichever server it ran against. */
function expectFullTranscript({ code, stdout, stderr }: CliResult): void {
  expect(code, stderr).toBe(0);
  expect(stdout).not.toContain(ESC);
  const byNumber = sections(stdout);
  expect([...byNumber.keys()]).toEqual([1, 2, 3, 4, 5, 6]);
  for (const title of TITLES) expect(stdout).toContain(`\n${title}\n`);

  const list = byNumber.get(1)!;
  expect(list).toMatch(/testWorkflow id city-workflow/);
  expect(list).toMatch(/registration key testWorkflow, workflow id city-workflow/);
  expect(list).toContain("steps: validate-city → approval → finalize");
  expect(list).toMatch(
    /approval\s+Waits for a human to approve the trip\s+suspends; resume with \{ approved, approver\? \}/,
  );

  // Live transitions, in the order they happened, each with its time since start.
  const live = byNumber.get(2)!;
  expectInOrder(live, [
    /\+\s*\d+ ms\s+validate-city\s+running\s+run running/,
    /\+\s*\d+ ms\s+validate-city\s+success\s+run running/,
    /\+\s*\d+ ms\s+approval\s+running\s+run running/,
    /\+\s*\d+ ms\s+approval\s+suspended\s+run running/,
    /\+\s*\d+ ms\s+\(run\)\s+run suspended/,
    /the watch ended after \d+ records with the run suspended/,
  ]);
  // Every record of this watch came live from the server (none rebuilt from polling).
  expect(live).toMatch(/✔ watched 5 transitions live, \d+ ms in all/);
  expect(live).not.toContain("rebuilt from");
  expect(live).not.toMatch(/finalize/);

  const suspended = byNumber.get(3)!;
  expect(suspended).toMatch(/startAsync\(.*"Paris".*\) → suspended in \d+ ms/);
  expect(suspended).toContain("steps: validate-city success, approval suspended");
  expect(suspended).toContain("suspended: [ [ 'approval' ] ]");
  expect(suspended).toContain(
    "suspend payload: { message: 'Approve trip to Paris?', city: 'Paris' }",
  );

  const resumed = byNumber.get(4)!;
  expect(resumed).toMatch(/resumeAsync\(.*\) → success in \d+ ms/);
  expect(resumed).toContain("steps: validate-city success, approval success, finalize success");
  expect(resumed).toContain("summary: Paris: approved by Ana");

  // Follow mode: whatever the timing, the run is seen suspended, then resumed, then succeeding.
  // (A record the server never sent is rebuilt from the run's state, and marked so.)
  const follow = byNumber.get(5)!;
  expectInOrder(follow, [
    /workflow\.watchRecords\(\{ runId, follow: true \}\) → iterating/,
    /\(run\)\s+run suspended/,
    /suspended, and still following; Ana approves 300 ms later/,
    /workflow\.resume\(\{ runId, step: "approval", resumeData: \{ approved: true, approver: 'Ana' \} \}\) → sent at \+\d+ ms/,
    /\(run\)\s+run success/,
    /✔ followed \d+ records( \(\d+ rebuilt from the run's state\))? through suspend and resume; result \{ summary: 'Lisbon: approved by Ana', approved: true \}/,
  ]);
  expect(follow.match(/run suspended/g)).toHaveLength(1);

  const errors = byNumber.get(6)!;
  expect(errors).toMatch(/startAsync\(\{ inputData: \{ city: "Atlantis" \} \}\) → status failed/);
  expect(errors).toContain("failed step: validate-city");
  expect(errors).toContain("result.error.message: City not found: Atlantis");
  expect(errors).toMatch(
    /getWorkflow\("noSuchWorkflow"\)\.details\(\) → rejects with NotFoundError \(status 404\)/,
  );
  expect(errors).toContain("isNotFoundError(error) → true");

  expect(stdout).toMatch(/✔ All 6 flows passed in \d+ ms\.\n$/);
}

describe("the demo against the built-in fake server", () => {
  let result: CliResult;
  beforeAll(async () => {
    result = await runCli([]);
  }, 30_000);

  it("runs every documented flow and exits 0, in plain text when stdout is not a terminal", () => {
    expectFullTranscript(result);
    expect(result.stdout).toMatch(
      /^wfkit city demo · http:\/\/127\.0\.0\.1:\d+ \(fake server from @wfkit\/test-utils\)\n/,
    );
    expect(sections(result.stdout).get(1)).toContain(
      'server generation: Mastra 0.x (detected, "v0")',
    );
  });

  it("colours the transcript when FORCE_COLOR asks for it, and NO_COLOR alone does not", async () => {
    const forced = await runCli([], { FORCE_COLOR: "1" });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toContain(`${ESC}[`);
    const plain = await runCli([], { NO_COLOR: "1" });
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).not.toContain(ESC);
  }, 30_000);
});

describe("the demo against a real Mastra 0.10.15 server", () => {
  let mastra: MastraHarness;
  beforeAll(async () => {
    mastra = await startMastra();
  }, 30_000);
  afterAll(() => mastra?.close());

  it("runs unchanged with --url and exits 0", async () => {
    const result = await runCli(["--url", mastra.url]);
    expectFullTranscript(result);
    expect(result.stdout).toContain(`wfkit city demo · ${mastra.url} (from --url)\n`);
    expect(result.stdout).toContain('server generation: Mastra 0.x (detected, "v0")');
    expect(mastra.alive()).toBe(true);
  }, 60_000);

  it("takes the server from WFKIT_BASE_URL too", async () => {
    const result = await runCli([], { WFKIT_BASE_URL: mastra.url });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`wfkit city demo · ${mastra.url} (from WFKIT_BASE_URL)\n`);
  }, 60_000);
});

describe("the demo against a real Mastra 1.x server", () => {
  let mastra: MastraHarness;
  beforeAll(async () => {
    mastra = await startMastra1();
  }, 180_000);
  afterAll(() => mastra?.close());

  it("runs unchanged with --url and exits 0 (the client detects the 1.x wire)", async () => {
    const result = await runCli(["--url", mastra.url]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toContain(ESC);
    expect([...sections(result.stdout).keys()]).toEqual([1, 2, 3, 4, 5, 6]);
    for (const title of TITLES) expect(result.stdout).toContain(`\n${title}\n`);
    expect(sections(result.stdout).get(1)).toContain(
      'server generation: Mastra 1.x (detected, "v1")',
    );
    // The demo's start goes through /stream while its watch listens: every transition, live.
    const live = sections(result.stdout).get(2)!;
    expectInOrder(live, [
      /validate-city\s+running\s+run running/,
      /validate-city\s+success\s+run running/,
      /approval\s+running\s+run running/,
      /approval\s+suspended\s+run running/,
      /\(run\)\s+run suspended/,
      /✔ watched 5 transitions live, \d+ ms in all/,
    ]);
    expect(live).not.toContain("rebuilt from");
    expect(result.stdout).toContain(
      "suspend payload: { message: 'Approve trip to Paris?', city: 'Paris' }",
    );
    expect(result.stdout).toContain("summary: Paris: approved by Ana");
    expect(result.stdout).toContain(
      "result { summary: 'Lisbon: approved by Ana', approved: true }",
    );
    expect(result.stdout).toContain("result.error.message: City not found: Atlantis");
    expect(result.stdout).toContain("rejects with NotFoundError (status 404)");
    expect(mastra.alive()).toBe(true);
  }, 90_000);
});

describe("the demo's failures", () => {
  it("exits 1 with a clear message when the server cannot be reached", async () => {
    const port = await freePort();
    const result = await runCli(["--url", `http://127.0.0.1:${port}`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `The demo failed: "List workflows and read one's details" failed: could not reach http://127.0.0.1:${port}`,
    );
    expect(result.stderr).toContain("Is the server running?");
    expect(result.stderr).not.toContain(ESC);
  }, 30_000);

  it("exits 1 naming the flow when the server lacks the city workflow", async () => {
    await using server = await createFakeServer({
      workflows: { failingWorkflow },
      listen: true,
      clock: "real",
    });
    const result = await runCli(["--url", server.url]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("failingWorkflow id failing-workflow");
    expect(result.stderr).toContain(
      `The demo failed: "List workflows and read one's details" failed: the server has no workflow registered as "testWorkflow" (it has: failingWorkflow).`,
    );
  }, 30_000);

  it("exits 1 for a server URL that is not one", async () => {
    const result = await runCli(["--url", "not a url"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'The demo failed: Cannot use the server URL: baseUrl must be an absolute URL such as "http://localhost:4111", got "not a url".',
    );
  }, 30_000);

  it("exits 1 when the flows take longer than --timeout", async () => {
    // A server that accepts connections and never answers.
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = silent.address() as AddressInfo;
      const result = await runCli(["--url", `http://127.0.0.1:${port}`, "--timeout", "500"]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `The demo failed: "List workflows and read one's details" failed: the demo did not finish within 500 ms.`,
      );
    } finally {
      silent.close();
    }
  }, 30_000);

  it("exits 2 with the usage for an unknown option, and 0 for --help", async () => {
    const bad = await runCli(["--bogus"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--bogus'");
    expect(bad.stderr).toContain("Usage: wfkit-city-demo");
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    // `pnpm demo -- --help` hands the `--` through.
    expect((await runCli(["--", "--help"])).stdout).toBe(help.stdout);
    expect(help.stdout).toContain("Usage: wfkit-city-demo [--url <baseUrl>] [--timeout <ms>]");
  }, 30_000);
});

/** A loopback port nothing listens on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
