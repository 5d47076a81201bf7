/**
 * Dry run of the release flow in CONTRIBUTING.md (`pnpm changeset` → `pnpm version-packages`),
 * in a temporary git copy of the workspace manifests and `.changeset/`, so nothing here changes.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const changesetBin = join(root, "node_modules", ".bin", "changeset");
const PUBLISHED = ["@wfkit/client", "@wfkit/watch", "@wfkit/test-utils", "@wfkit/cli"];

let copy: string;

const git = (...args: string[]): string =>
  execFileSync(
    "git",
    ["-c", "user.name=wfkit", "-c", "user.email=wfkit@example.invalid", ...args],
    {
      cwd: copy,
      encoding: "utf8",
    },
  );

const changeset = (...args: string[]) =>
  spawnSync(changesetBin, args, {
    cwd: copy,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });

const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(copy, path), "utf8")) as Record<string, unknown>;

interface StatusOutput {
  releases: { name: string; type: string; oldVersion: string; newVersion: string }[];
}

const status = (): StatusOutput => {
  const result = changeset("status", "--since=main", "--output=status.json");
  expect(result.status, result.stderr + result.stdout).toBe(0);
  return JSON.parse(readFileSync(join(copy, "status.json"), "utf8")) as StatusOutput;
};

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), "wfkit-changesets-"));
  // The tracked manifests and .changeset/ are all changesets reads.
  const tracked = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" })
    .split("\n")
    .filter(
      (file) =>
        /(^|\/)package\.json$/.test(file) ||
        file === "pnpm-workspace.yaml" ||
        file.startsWith(".changeset/"),
    );
  for (const file of tracked) {
    mkdirSync(join(copy, dirname(file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "base");
  git("checkout", "-q", "-b", "feature");
});

afterAll(() => {
  if (copy !== undefined) rmSync(copy, { recursive: true, force: true });
});

describe("changesets release flow (dry run in a temporary copy)", () => {
  it("finds every published package and keeps the private ones out", () => {
    for (const name of PUBLISHED) {
      const dir = name.replace("@wfkit/", "packages/");
      expect(readJson(`${dir}/package.json`).private).toBeUndefined();
    }
    const config = readJson(".changeset/config.json");
    expect(config.baseBranch).toBe("main");
    expect(config.privatePackages).toEqual({ version: false, tag: false });
  });

  it("the repository's pending changesets name only published packages", () => {
    const pending = readdirSync(join(copy, ".changeset")).filter(
      (f) => f.endsWith(".md") && f !== "README.md",
    );
    for (const file of pending) {
      const head = readFileSync(join(copy, ".changeset", file), "utf8").split("---")[1] ?? "";
      const names = [...head.matchAll(/"([^"]+)":\s*(major|minor|patch)/g)].map((m) => m[1]);
      expect(names.length, file).toBeGreaterThan(0);
      for (const name of names) expect(PUBLISHED, file).toContain(name);
    }
  });

  it("`changeset status` fails when a published package changed without a changeset", () => {
    mkdirSync(join(copy, "packages/watch/src"), { recursive: true });
    writeFileSync(join(copy, "packages/watch/src/change.ts"), "export const change = 1;\n");
    git("add", "-A");
    git("commit", "-q", "-m", "change watch");
    const result = changeset("status", "--since=main");
    expect(result.status).not.toBe(0);
    expect(result.stderr + result.stdout).toMatch(/no changesets were found/i);
  });

  it("`changeset status` plans the bump and the dependents' patches once a changeset is added", () => {
    writeFileSync(
      join(copy, ".changeset/watch-dry-run.md"),
      '---\n"@wfkit/watch": minor\n---\n\nDry-run entry: the watcher follows runs across resume.\n',
    );
    git("add", "-A");
    git("commit", "-q", "-m", "add changeset");
    const planned = status().releases.filter((release) => release.type !== "none");
    const releases = Object.fromEntries(planned.map((r) => [r.name, r]));
    expect(releases["@wfkit/watch"]).toMatchObject({ type: "minor", newVersion: "0.1.0" });
    // client depends on watch, test-utils on client: both follow with a patch at least.
    expect(releases["@wfkit/client"]).toMatchObject({ type: "patch", newVersion: "0.0.1" });
    expect(releases["@wfkit/test-utils"]).toMatchObject({ type: "patch", newVersion: "0.0.1" });
    // Private packages (the harness, the demo) are never released.
    expect(Object.keys(releases).sort()).toEqual([...PUBLISHED].sort());
  });

  it("`changeset version` bumps versions, writes changelogs and consumes the changesets", () => {
    const before = readJson("packages/client/package.json");
    const result = changeset("version");
    expect(result.status, result.stderr + result.stdout).toBe(0);

    expect(readJson("packages/watch/package.json").version).toBe("0.1.0");
    const client = readJson("packages/client/package.json");
    expect(client.version).not.toBe(before.version);
    // Internal ranges stay on the workspace protocol; pnpm rewrites them when packing.
    expect((client.dependencies as Record<string, string>)["@wfkit/watch"]).toMatch(/^workspace:/);

    const changelog = readFileSync(join(copy, "packages/watch/CHANGELOG.md"), "utf8");
    expect(changelog).toContain("## 0.1.0");
    expect(changelog).toContain("the watcher follows runs across resume");
    expect(existsSync(join(copy, ".changeset/watch-dry-run.md"))).toBe(false);

    // Private packages are never versioned.
    for (const file of ["harness/mastra-0.10/CHANGELOG.md", "examples/city-demo/CHANGELOG.md"]) {
      expect(existsSync(join(copy, file))).toBe(false);
    }
  });
});
