// Package health of every published package, on the tarball `pnpm pack` writes:
//   1. publint (warnings count as errors, and so do its suggestions) and `attw --profile esm-only`;
//   2. the packed package.json carries only what users need: no scripts, no devDependencies, no
//      `workspace:` ranges (the hook in .pnpmfile.mjs strips them at pack and publish time);
//   3. a scratch project outside the workspace runs the README's "Install" commands verbatim, with
//      the @wfkit scope served from the tarballs by a throwaway registry: installing @wfkit/client
//      alone must pull in @wfkit/watch. Then it runs there, on what was installed:
//      - the runtime matrix's seed flow (ESM) against the installed fake server over HTTP;
//      - `require()` of the ESM-only packages from CommonJS (Node >= 20.19);
//      - TypeScript with `"module": "nodenext"` in a CommonJS project: tsc, then the output runs.
// Exits non-zero when anything fails. Build first (the `pack:check` script does).
// Flags: --no-smoke skips step 3 (it needs the npm registry for third-party dependencies).
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { PUBLISHED, packTarballs, root } from "./pack-tarballs.mjs";
import { startScopedRegistry } from "./pack-registry.mjs";

const smoke = !process.argv.includes("--no-smoke");
const bin = (name) => join(root, "node_modules", ".bin", name);
const failures = [];

const run = (label, command, args, options = {}) => {
  console.log(`\n$ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  if (result.status !== 0) failures.push(label);
  return result.status === 0;
};

/** Like `run`, without blocking: the throwaway registry in this process must keep answering. */
const runAsync = (label, command, args, options = {}) => {
  console.log(`\n$ ${label}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    child.once("error", () => resolve(false));
    child.once("exit", (code) => {
      if (code !== 0) failures.push(label);
      resolve(code === 0);
    });
  });
};

const check = (label, ok, detail = "") => {
  console.log(`${ok ? "ok" : "FAILED"}: ${label}${ok || detail === "" ? "" : ` (${detail})`}`);
  if (!ok) failures.push(label);
  return ok;
};

/** The commands of the README's "Install" section: its first ```sh block, comments dropped. */
const readmeInstallCommands = (readme) => {
  const section = /^## Install\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? "";
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  return block
    .split("\n")
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
};

const manifestProblems = (manifest) => {
  const problems = [];
  if (manifest.scripts !== undefined) problems.push(`scripts: ${Object.keys(manifest.scripts)}`);
  if (manifest.devDependencies !== undefined)
    problems.push(`devDependencies: ${Object.keys(manifest.devDependencies)}`);
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (String(range).startsWith("workspace:")) problems.push(`${field}.${name}: ${range}`);
    }
  }
  return problems;
};

const packDir = mkdtempSync(join(tmpdir(), "wfkit-pack-"));
const scratch = mkdtempSync(join(tmpdir(), "wfkit-scratch-"));
let registry;
try {
  const tarballs = packTarballs(packDir);
  for (const { name } of PUBLISHED) {
    const tarball = tarballs[name];
    console.log(`\n$ publint ${name} --strict (suggestions fail too)`);
    const lint = spawnSync(bin("publint"), ["run", tarball, "--strict", "--level", "suggestion"], {
      encoding: "utf8",
    });
    process.stdout.write(lint.stdout + lint.stderr);
    check(`publint ${name}`, lint.status === 0 && !/Suggestions?:/i.test(lint.stdout));
    run(`attw ${name} --profile esm-only`, bin("attw"), [
      tarball,
      "--profile",
      "esm-only",
      "--no-color",
    ]);
    const manifest = JSON.parse(
      execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" }),
    );
    const problems = manifestProblems(manifest);
    check(
      `packed package.json of ${name} has only what users need`,
      problems.length === 0,
      problems.join("; "),
    );
  }

  if (smoke) {
    registry = await startScopedRegistry(tarballs);
    writeFileSync(
      join(scratch, "package.json"),
      JSON.stringify({ name: "wfkit-scratch", private: true, type: "module" }, null, 2),
    );
    writeFileSync(join(scratch, ".npmrc"), `@wfkit:registry=${registry.url}\n`);
    const commands = readmeInstallCommands(readFileSync(join(root, "README.md"), "utf8"));
    check(
      "README's Install section has npm install commands",
      commands.length > 0 && commands.every((c) => c.startsWith("npm install ")),
    );
    const npmEnv = {
      ...process.env,
      npm_config_audit: "false",
      npm_config_fund: "false",
      npm_config_loglevel: "error",
    };
    let installed = commands.length > 0;
    for (const [i, command] of commands.entries()) {
      installed &&= await runAsync(
        `${command} (scratch project, README's Install)`,
        "sh",
        ["-c", command],
        {
          cwd: scratch,
          env: npmEnv,
        },
      );
      if (i === 0 && installed) {
        check(
          `"${command}" alone pulls in @wfkit/watch`,
          existsSync(join(scratch, "node_modules/@wfkit/watch/package.json")),
        );
      }
    }
    if (installed) {
      for (const { name } of PUBLISHED) {
        check(
          `${name} installed from the packed tarball`,
          existsSync(join(scratch, "node_modules", name, "package.json")),
        );
      }
      await build({
        entryPoints: [join(root, "scripts/pack-smoke.mjs")],
        outfile: join(scratch, "smoke.mjs"),
        bundle: true,
        packages: "external",
        platform: "node",
        format: "esm",
        logLevel: "error",
      });
      run("node smoke.mjs (scratch project: the seed flow)", process.execPath, ["smoke.mjs"], {
        cwd: scratch,
      });
      copyFileSync(join(root, "scripts/pack-smoke.cjs"), join(scratch, "smoke.cjs"));
      run("node smoke.cjs (scratch project: require() of ESM)", process.execPath, ["smoke.cjs"], {
        cwd: scratch,
      });

      const cts = join(scratch, "commonjs-ts");
      mkdirSync(cts);
      writeFileSync(
        join(cts, "package.json"),
        JSON.stringify({ name: "wfkit-scratch-cjs", private: true }),
      );
      writeFileSync(
        join(cts, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            module: "nodenext",
            target: "es2022",
            lib: ["es2022", "dom"],
            strict: true,
            skipLibCheck: true,
            types: [],
            outDir: "out",
          },
          files: ["index.ts"],
        }),
      );
      copyFileSync(join(root, "scripts/pack-smoke-nodenext.ts"), join(cts, "index.ts"));
      if (run("tsc -p commonjs-ts (module nodenext, CommonJS)", bin("tsc"), ["-p", cts])) {
        check(
          "the nodenext output is CommonJS (require of @wfkit/client)",
          /require\("@wfkit\/client"\)/.test(readFileSync(join(cts, "out/index.js"), "utf8")),
        );
        run("node commonjs-ts/out/index.js", process.execPath, [join(cts, "out/index.js")], {
          cwd: cts,
        });
      }
    }
  }
} catch (error) {
  failures.push(String(error?.stack ?? error));
} finally {
  await registry?.close();
  rmSync(packDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`\npack:check failed: ${failures.join("; ")}`);
  process.exit(1);
}
console.log(
  `\npack:check: ${PUBLISHED.map((p) => p.name).join(", ")} pass publint, attw, the manifest check${smoke ? ", the README's install and the scratch-project runs" : ""}`,
);
