// Package health of every published package, on the tarball `pnpm pack` writes:
//   1. publint (warnings count as errors) and `attw --profile esm-only`;
//   2. the tarballs install with npm into a scratch project outside the workspace, and a script
//      there imports @wfkit/client and @wfkit/test-utils and runs createRun + startAsync.
// Exits non-zero when anything fails. Build first (the `pack:check` script does).
// Flags: --no-smoke skips step 2 (it needs the npm registry for third-party dependencies).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PUBLISHED, packTarballs, root } from "./pack-tarballs.mjs";

const smoke = !process.argv.includes("--no-smoke");
const bin = (name) => join(root, "node_modules", ".bin", name);
const failures = [];

const run = (label, command, args, options = {}) => {
  console.log(`\n$ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  if (result.status !== 0) failures.push(label);
  return result.status === 0;
};

const packDir = mkdtempSync(join(tmpdir(), "wfkit-pack-"));
const scratch = mkdtempSync(join(tmpdir(), "wfkit-scratch-"));
try {
  const tarballs = packTarballs(packDir);
  for (const { name } of PUBLISHED) {
    const tarball = tarballs[name];
    run(`publint ${name}`, bin("publint"), ["run", tarball, "--strict"]);
    run(`attw ${name} --profile esm-only`, bin("attw"), [
      tarball,
      "--profile",
      "esm-only",
      "--no-color",
    ]);
  }

  if (smoke) {
    writeFileSync(
      join(scratch, "package.json"),
      JSON.stringify({ name: "wfkit-scratch", private: true, type: "module" }, null, 2),
    );
    const installed = run(
      "npm install <tarballs> (scratch project)",
      "npm",
      ["install", "--no-audit", "--no-fund", "--loglevel=error", ...Object.values(tarballs)],
      { cwd: scratch },
    );
    if (installed) {
      copyFileSync(join(root, "scripts", "pack-smoke.mjs"), join(scratch, "smoke.mjs"));
      run("node smoke.mjs (scratch project)", process.execPath, ["smoke.mjs"], { cwd: scratch });
    }
  }
} catch (error) {
  failures.push(String(error));
} finally {
  rmSync(packDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`\npack:check failed: ${failures.join("; ")}`);
  process.exit(1);
}
console.log(
  `\npack:check: ${PUBLISHED.map((p) => p.name).join(", ")} pass publint, attw${smoke ? " and the scratch install" : ""}`,
);
