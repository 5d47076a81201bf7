// Packs the published workspace packages with pnpm, which rewrites `workspace:` ranges to real
// versions, exactly as `changeset publish` would.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The packages this repository publishes, in dependency order. */
export const PUBLISHED = [
  { name: "@wfkit/watch", dir: "packages/watch" },
  { name: "@wfkit/client", dir: "packages/client" },
  { name: "@wfkit/test-utils", dir: "packages/test-utils" },
  { name: "@wfkit/cli", dir: "packages/cli" },
];

export const root = fileURLToPath(new URL("..", import.meta.url));

/** The pnpm command: the one running this script when there is one, else the pinned version. */
export const pnpmCommand = () => {
  const execPath = process.env.npm_execpath ?? "";
  return /pnpm/.test(execPath) && execPath.endsWith("js")
    ? [process.execPath, execPath]
    : ["npx", "-y", "pnpm@12.4.2"];
};

/**
 * Packs each named package into `destination` and returns the tarball paths by package name.
 * The packages must be built first.
 */
export const packTarballs = (destination, names = PUBLISHED.map((p) => p.name)) => {
  const [command, ...prefix] = pnpmCommand();
  const tarballs = {};
  for (const { name, dir } of PUBLISHED.filter((p) => names.includes(p.name))) {
    const before = new Set(readdirSync(destination));
    execFileSync(command, [...prefix, "pack", "--pack-destination", destination], {
      cwd: new URL(dir + "/", new URL("..", import.meta.url)),
      stdio: ["ignore", "ignore", "inherit"],
    });
    const added = readdirSync(destination).filter(
      (file) => !before.has(file) && file.endsWith(".tgz"),
    );
    if (added.length !== 1) throw new Error(`pnpm pack of ${name} wrote ${added.length} tarballs`);
    tarballs[name] = `${destination}/${added[0]}`;
  }
  return tarballs;
};
