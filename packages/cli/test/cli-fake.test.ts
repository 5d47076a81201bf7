/**
 * The CLI against the fake server on a socket, both generations; plus the exit codes only a
 * fault can produce (5xx, 400) and those that need no server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeServer, type FakeServer } from "@wfkit/test-utils";
import { cliScenarios } from "./helpers/scenarios.js";
import { runCli } from "./helpers/run-cli.js";

for (const generation of ["0.x", "1.x"] as const) {
  describe(`wfkit against the fake ${generation} server`, () => {
    let server: FakeServer;
    beforeAll(async () => {
      server = await createFakeServer({ listen: true, generation });
    });
    afterAll(() => server?.close());

    cliScenarios(() => server.url);

    it("sends every --header on every request; a malformed one is exit 3", async () => {
      const before = server.requests.length;
      const listed = await runCli([
        "workflows",
        "-H",
        "X-Team: blue",
        "--header",
        "Authorization: Bearer t0k",
        "--url",
        server.url,
      ]);
      expect(listed.code, listed.stderr).toBe(0);
      const sent = server.requests.slice(before);
      expect(sent.length).toBeGreaterThan(0);
      for (const request of sent) {
        expect(request.headers["x-team"]).toBe("blue");
        expect(request.headers["authorization"]).toBe("Bearer t0k");
      }
      const bad = await runCli(["workflows", "--header", "no colon", "--url", server.url]);
      expect(bad.code).toBe(3);
      expect(bad.stderr).toBe(`error: --header must look like 'Name: value', got "no colon".\n`);
    });

    it("exit 4 when the server answers 5xx, exit 3 when it rejects the data (400)", async () => {
      server.inject({ type: "fail", status: 503, match: { path: /\/workflows$/ }, times: 10 });
      const unavailable = await runCli(["workflows", "--url", server.url]);
      server.clearFaults();
      expect(unavailable.code).toBe(4);
      expect(unavailable.stderr.trim().split("\n")).toHaveLength(1);

      server.inject({
        type: "fail",
        status: 400,
        body: { error: "Invalid input data: city" },
        // `run` watches the run, so on 1.x its start goes through /stream.
        match: { method: "POST", path: /\/(start|stream)$/ },
      });
      const rejected = await runCli([
        "run",
        "testWorkflow",
        "--input",
        '{"city":"Oslo"}',
        "--url",
        server.url,
      ]);
      server.clearFaults();
      expect(rejected.code).toBe(3);
      expect(rejected.stderr).toContain("Invalid input data: city");
    }, 30_000);
  });
}

describe("wfkit without a server", () => {
  it("exit 4 when nothing listens at --url, with one line", async () => {
    const result = await runCli(["workflows", "--url", "http://127.0.0.1:9"]);
    expect(result.code).toBe(4);
    expect(result.stderr).toBe(
      "error: Cannot reach the server at http://127.0.0.1:9. Is it running? Point wfkit at it with --url or $WFKIT_URL.\n",
    );
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  }, 30_000);

  it("exit 3 for bad flags, unknown commands and a bad --url; --debug shows the stack", async () => {
    expect((await runCli(["bogus"])).code).toBe(3);
    expect((await runCli(["run"])).code).toBe(3);
    expect((await runCli(["runs", "testWorkflow", "--limit", "zero"])).code).toBe(3);
    expect((await runCli(["fake", "--generation", "2.x"])).code).toBe(3);
    const badUrl = await runCli(["workflows", "--url", "not a url"]);
    expect(badUrl.code).toBe(3);
    expect(badUrl.stderr).toBe(
      'error: --url must be an absolute URL such as http://localhost:4111, got "not a url".\n',
    );
    const debug = await runCli(["workflows", "--url", "not a url", "--debug"]);
    expect(debug.stderr).toMatch(/UsageError: --url must be[\s\S]*\n\s+at /);
  });

  it("takes the URL from $WFKIT_URL, then $MASTRA_URL", async () => {
    const wfkit = await runCli(["workflows"], {
      env: { WFKIT_URL: "http://127.0.0.1:9/w", MASTRA_URL: "http://127.0.0.1:9/m" },
    });
    expect(wfkit.stderr).toContain("server at http://127.0.0.1:9/w.");
    const mastra = await runCli(["workflows"], { env: { MASTRA_URL: "http://127.0.0.1:9/m" } });
    expect(mastra.stderr).toContain("server at http://127.0.0.1:9/m.");
  }, 30_000);

  it("--help of every command has an example; --version prints the version", async () => {
    for (const command of [
      "workflows",
      "describe",
      "run",
      "watch",
      "resume",
      "runs",
      "inspect",
      "cancel",
      "fake",
    ]) {
      const help = await runCli([command, "--help"]);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/Example:\n {2}\$ wfkit /);
    }
    const version = await runCli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
