import type { Readable, Writable } from "node:stream";

/** A writable stream as the CLI uses it: a TTY has `isTTY` and `columns`. */
export type OutStream = Writable & { isTTY?: boolean; columns?: number };

/** A readable stream as the CLI uses it: a TTY has `isTTY` and `setRawMode`. */
export type InStream = Readable & { isTTY?: boolean };

/** Where a command reads and writes; `process`'s streams in the bin, buffers in tests. */
export interface CliIo {
  stdout: OutStream;
  stderr: OutStream;
  stdin: InStream;
  /** Environment variables (`WFKIT_URL`, `MASTRA_URL`, `NO_COLOR`). */
  env: Record<string, string | undefined>;
  /** Fires on Ctrl-C. */
  interrupt?: AbortSignal;
}
