/**
 * The README's set-up commands: exactly two, each runnable on a machine with only Node and npm
 * (`npx` fetches the pinned pnpm), and CI runs the second one verbatim, which installs the
 * runtime matrix's runtimes itself before the checks.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const readme = readFileSync(join(root, "README.md"), "utf8");
const ciRun = readFileSync(join(root, ".ci/run"), "utf8");
const scripts = (
  JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  }
).scripts;

/** The ```sh blocks of the README's "Set-up" section. */
const setUpCommands = (): string[] => {
  const section = /^## Set-up\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? "";
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => (m[1] ?? "").trim());
};

describe("the README's set-up commands", () => {
  it("are exactly two one-line commands that need only Node and npm (the demo; every check)", () => {
    const commands = setUpCommands();
    expect(commands).toHaveLength(2);
    for (const command of commands) {
      expect(command).not.toContain("\n");
      // Every program is npx: pnpm comes pinned through npx, nothing else is assumed installed.
      const programs = command.split("&&").map((part) => part.trim().split(/\s+/)[0]);
      expect(programs.every((program) => program === "npx")).toBe(true);
    }
    expect(commands[0]).toMatch(/ demo$/);
    expect(commands[1]).toMatch(/ run check$/);
  });

  it("CI (.ci/run) runs the README's test command verbatim", () => {
    const [, testCommand] = setUpCommands();
    const lines = ciRun.split("\n").map((line) => line.trim());
    expect(lines).toContain(testCommand);
  });

  it("the test command installs the runtime matrix's runtimes itself (check runs matrix:install first)", () => {
    expect(scripts.check?.startsWith("pnpm matrix:install && ")).toBe(true);
    expect(scripts["matrix:install"]).toBe("bash scripts/matrix/install.sh");
  });
});
