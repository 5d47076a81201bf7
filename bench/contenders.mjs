// Installs the comparison-only packages into bench/.contenders (gitignored), outside the
// workspace install, so `pnpm install` and the test command stay fast. Idempotent.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Packages measured against wfkit, pinned. */
export const CONTENDERS = { "@mastra/client-js": "0.10.23" };

export const contendersDir = fileURLToPath(new URL("./.contenders/", import.meta.url));

const installedVersion = (name) => {
  const manifest = `${contendersDir}node_modules/${name}/package.json`;
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, "utf8")).version : undefined;
};

/** Installs any missing contender; returns the folder that holds their node_modules. */
export const installContenders = () => {
  const missing = Object.entries(CONTENDERS).filter(
    ([name, version]) => installedVersion(name) !== version,
  );
  if (missing.length === 0) return contendersDir;
  mkdirSync(contendersDir, { recursive: true });
  if (!existsSync(`${contendersDir}package.json`)) {
    writeFileSync(
      `${contendersDir}package.json`,
      JSON.stringify({ name: "wfkit-bench-contenders", private: true }, null, 2),
    );
  }
  const specs = missing.map(([name, version]) => `${name}@${version}`);
  console.log(`Installing comparison packages into bench/.contenders: ${specs.join(", ")}`);
  execFileSync(
    "npm",
    ["install", "--prefix", contendersDir, "--no-audit", "--no-fund", "--loglevel=error", ...specs],
    {
      stdio: "inherit",
    },
  );
  return contendersDir;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) installContenders();
