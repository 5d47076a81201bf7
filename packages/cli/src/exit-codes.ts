import { isWfkitError } from "@wfkit/client";

/** The exit codes of `wfkit`. */
export const EXIT = {
  /** The command did what it was asked; a followed run succeeded. */
  success: 0,
  /** A followed run failed or was canceled. */
  failed: 1,
  /** A followed run is suspended and was not resumed. */
  suspended: 2,
  /** The command must change: bad flags or JSON, an unknown workflow or run, rejected data. */
  usage: 3,
  /** The server could not answer: connection refused, timeout, 5xx. */
  unavailable: 4,
  /** Ctrl-C. The run goes on on the server. */
  interrupted: 130,
} as const;

/** An exit code of `wfkit`. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake in the command itself (exit 3): its message is the one line the user sees. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly code = "usage" as const;
}

/** `true` for a {@link UsageError}. */
export const isUsageError = (error: unknown): error is UsageError =>
  error instanceof Error && (error as { code?: unknown }).code === "usage";

/** Ctrl-C, or a cancelled prompt: the command stops and says how to go on (exit 130). */
export class InterruptError extends Error {
  override readonly name = "InterruptError";
  readonly code = "interrupted" as const;
}

/** `true` for an {@link InterruptError}. */
export const isInterruptError = (error: unknown): error is InterruptError =>
  error instanceof Error && (error as { code?: unknown }).code === "interrupted";

/** Error codes of `@wfkit/client` and `@wfkit/watch` that mean the server could not answer. */
const UNAVAILABLE_CODES: ReadonlySet<string> = new Set([
  "server_error",
  "rate_limited",
  "connection_error",
  "response_lost",
  "timeout",
  "invalid_response",
  "response_too_large",
  "reconnect_failed",
  "record_parse",
  "record_too_large",
]);

/**
 * The exit code for an error, by its `code`: 3 when the command must change (usage errors,
 * invalid arguments, 4xx answers such as an unknown workflow or run, a run or step that is not
 * suspended), 4 when the server could not answer (network, timeout, 5xx, 408, 429, a broken
 * answer), 130 for an interrupt, 1 for anything else.
 */
export const exitCodeOf = (error: unknown): ExitCode => {
  if (isInterruptError(error)) return EXIT.interrupted;
  if (isUsageError(error)) return EXIT.usage;
  if (!isWfkitError(error)) return EXIT.failed;
  if (error.code === "aborted") return EXIT.interrupted;
  if (UNAVAILABLE_CODES.has(error.code)) return EXIT.unavailable;
  const status = typeof error.status === "number" ? error.status : undefined;
  if (status !== undefined && (status >= 500 || status === 408 || status === 429)) {
    return EXIT.unavailable;
  }
  return EXIT.usage;
};
