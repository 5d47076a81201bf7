import { PassThrough } from "node:stream";
import { main, type CliIo } from "@wfkit/cli";

/** What one in-process `wfkit` call printed, and its exit code. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const collect = (stream: PassThrough): (() => string) => {
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString("utf8");
};

/**
 * Runs `wfkit` in process with non-TTY streams (so: plain lines, no prompts), the given
 * environment and optional interrupt signal.
 */
export const runCli = async (
  argv: readonly string[],
  options: {
    env?: Record<string, string | undefined>;
    interrupt?: AbortSignal;
    stdout?: PassThrough;
  } = {},
): Promise<CliResult> => {
  const stdout = options.stdout ?? new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const io: CliIo = {
    stdout,
    stderr,
    stdin: new PassThrough(),
    env: options.env ?? {},
    ...(options.interrupt === undefined ? {} : { interrupt: options.interrupt }),
  };
  const code = await main(argv, io);
  return { code, stdout: out(), stderr: err() };
};

/** Parses the JSON document a `--json` call printed. */
export const jsonOf = <T = Record<string, unknown>>(result: CliResult): T => {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(
      `stdout is not one JSON document (exit ${result.code}):\n${result.stdout}\n${result.stderr}`,
    );
  }
};
