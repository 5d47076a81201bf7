/**
 * `wfkit typegen` is wired into the command line, and `--generation` picks the wire the client
 * speaks (no detection request when it is given).
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeServer, type FakeServer } from "@wfkit/test-utils";
import { runCli } from "./helpers/run-cli.js";

describe("wfkit typegen and --generation", () => {
  let server: FakeServer;
  let dir: string;
  beforeAll(async () => {
    server = await createFakeServer({ listen: true });
    dir = await mkdtemp(join(tmpdir(), "wfkit-typegen-"));
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("writes the registry file, then --check passes on it and fails once it differs", async () => {
    const out = join(dir, "workflows.gen.ts");
    const written = await runCli(["typegen", "--url", server.url, "--out", out]);
    expect(written.code, written.stderr).toBe(0);
    const text = await readFile(out, "utf8");
    expect(text).toContain('declare module "@wfkit/client"');
    expect(text).toContain("testWorkflow");

    const same = await runCli(["typegen", "--url", server.url, "--out", out, "--check"]);
    expect(same.code, same.stderr).toBe(0);
    const missing = join(dir, "missing.gen.ts");
    const differs = await runCli(["typegen", "--url", server.url, "--out", missing, "--check"]);
    expect(differs.code).toBe(1);
  });

  it("--generation 0.x skips detection: the first request is the command's own", async () => {
    const before = server.requests.length;
    const listed = await runCli([
      "runs",
      "testWorkflow",
      "--generation",
      "0.x",
      "--url",
      server.url,
    ]);
    expect(listed.code, listed.stderr).toBe(0);
    const sent = server.requests.slice(before);
    expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /api/workflows/testWorkflow/runs",
    ]);
  });

  it("an unknown --generation is a usage error (exit 3)", async () => {
    const bad = await runCli(["workflows", "--generation", "2.x", "--url", server.url]);
    expect(bad.code).toBe(3);
  });
});
