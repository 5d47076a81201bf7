import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import {
  MastraClient,
  isApiError,
  isConnectionError,
  isInvalidArgumentError,
  isServerError,
  isTimeoutError,
  isWfkitError,
} from "@wfkit/client";
import { generateWorkflowTypes } from "./generate.js";

/** The file `wfkit typegen` writes unless `--out` says otherwise. */
export const DEFAULT_TYPEGEN_OUT = "src/wfkit-workflows.gen.ts";

/** The server `wfkit typegen` reads unless `--url`, `WFKIT_URL` or `MASTRA_URL` says otherwise. */
export const DEFAULT_TYPEGEN_URL = "http://localhost:4111";

/** The flags of `wfkit typegen`. */
export interface TypegenOptions {
  /**
   * The server's origin.
   * @defaultValue `WFKIT_URL`, then `MASTRA_URL`, then `http://localhost:4111`
   */
  url?: string;
  /**
   * The file to write (or, with `check`, to compare), relative to `io.cwd`.
   * @defaultValue `"src/wfkit-workflows.gen.ts"`
   */
  out?: string;
  /** Write nothing; exit 1 when the file is missing or differs from what the server gives. */
  check?: boolean;
}

/** Where `runTypegen` writes messages and finds its environment; `process`'s in the bin. */
export interface TypegenIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Environment variables (`WFKIT_URL`, `MASTRA_URL`). */
  env?: Record<string, string | undefined>;
  /** The directory `out` is relative to. @defaultValue `process.cwd()` */
  cwd?: string;
  /** The `fetch` the client uses; defaults to `globalThis.fetch`. */
  fetch?: (request: Request) => Promise<Response>;
}

/** The exit codes of `wfkit typegen`. */
export const TYPEGEN_EXIT = {
  /** The file was written, or (`--check`) is up to date. */
  ok: 0,
  /** `--check`: the file is missing or differs. */
  outdated: 1,
  /** The command must change: a bad URL, a path that cannot be written, a 4xx answer. */
  usage: 3,
  /** The server could not answer: connection refused, timeout, 5xx. */
  unavailable: 4,
} as const;

/** An exit code of `wfkit typegen`. */
export type TypegenExitCode = (typeof TYPEGEN_EXIT)[keyof typeof TYPEGEN_EXIT];

const line = (stream: TypegenIo["stdout"], text: string): void => {
  stream.write(`${text}\n`);
};

const readIfPresent = async (path: string): Promise<string | undefined> => {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
};

/** Exit code and message for an error while reading the server. */
const serverFailure = (error: unknown, url: string): [TypegenExitCode, string] => {
  const message = error instanceof Error ? error.message : String(error);
  if (isConnectionError(error) || isTimeoutError(error) || isServerError(error)) {
    return [
      TYPEGEN_EXIT.unavailable,
      `wfkit typegen: the server at ${url} could not answer: ${message}\n` +
        "Start it (or pass --url <server>) and run the command again.",
    ];
  }
  if (isApiError(error) || isInvalidArgumentError(error)) {
    return [TYPEGEN_EXIT.usage, `wfkit typegen: ${message}`];
  }
  if (isWfkitError(error)) return [TYPEGEN_EXIT.unavailable, `wfkit typegen: ${message}`];
  throw error;
};

/**
 * `wfkit typegen [--url <server>] [--out src/wfkit-workflows.gen.ts] [--check]`: writes the
 * module that types the server's workflows (see {@link generateWorkflowTypes}), or with `check`
 * compares it with the file on disk, for CI.
 *
 * @returns the exit code: 0 written or up to date, 1 `check` found a difference, 3 usage error,
 * 4 server unreachable.
 * @example
 * ```ts
 * const code = await runTypegen({ url: "http://localhost:4111", check: true }, { stdout: process.stdout, stderr: process.stderr });
 * ```
 */
export async function runTypegen(options: TypegenOptions, io: TypegenIo): Promise<TypegenExitCode> {
  const env = io.env ?? {};
  const url = options.url ?? env.WFKIT_URL ?? env.MASTRA_URL ?? DEFAULT_TYPEGEN_URL;
  const out = options.out ?? DEFAULT_TYPEGEN_OUT;
  if (out.trim() === "") {
    line(io.stderr, "wfkit typegen: --out needs a file path, such as src/wfkit-workflows.gen.ts.");
    return TYPEGEN_EXIT.usage;
  }
  const path = resolve(io.cwd ?? process.cwd(), out);

  let text: string;
  try {
    const client = new MastraClient({
      baseUrl: url,
      ...(io.fetch === undefined ? {} : { fetch: io.fetch }),
      retry: { retries: 0 },
      timeoutMs: 30_000,
    });
    text = await generateWorkflowTypes({
      client,
      command: `wfkit typegen --url ${client.baseUrl} --out ${out}`,
      onWarning: (warning) => line(io.stderr, `warning: ${warning.message}`),
    });
  } catch (error) {
    const [code, message] = serverFailure(error, url);
    line(io.stderr, message);
    return code;
  }

  if (options.check) {
    const current = await readIfPresent(path).catch(() => undefined);
    if (current === text) {
      line(io.stdout, `${out} is up to date.`);
      return TYPEGEN_EXIT.ok;
    }
    line(
      io.stderr,
      `${out} ${current === undefined ? "is missing" : "is out of date"}: ` +
        `run \`wfkit typegen --url ${url} --out ${out}\`.`,
    );
    return TYPEGEN_EXIT.outdated;
  }

  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  } catch (error) {
    line(io.stderr, `wfkit typegen: cannot write ${out}: ${(error as Error).message}`);
    return TYPEGEN_EXIT.usage;
  }
  line(io.stdout, `Wrote ${out}.`);
  return TYPEGEN_EXIT.ok;
}
