import {
  isApiError,
  isBadRequestError,
  isConnectionError,
  isInvalidArgumentError,
  isNotFoundError,
  isServerError,
  isTimeoutError,
  isWatchReconnectError,
  isWatchRunNotFoundError,
  isWfkitError,
} from "@wfkit/client";

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

/**
 * The exit code for an error: 3 when the command must change (usage errors, 4xx answers, invalid
 * arguments, unknown runs), 4 when the server could not answer (network, timeout, 5xx, 408, 429),
 * 130 for an interrupt, 1 for anything else.
 */
export const exitCodeOf = (error: unknown): ExitCode => {
  if (isInterruptError(error)) return EXIT.interrupted;
  if (isUsageError(error) || isInvalidArgumentError(error) || isWatchRunNotFoundError(error)) {
    return EXIT.usage;
  }
  if (isNotFoundError(error) || isBadRequestError(error)) return EXIT.usage;
  if (isConnectionError(error) || isTimeoutError(error) || isServerError(error)) {
    return EXIT.unavailable;
  }
  if (isWatchReconnectError(error)) return EXIT.unavailable;
  if (isApiError(error)) {
    const status = error.status ?? 500;
    return status >= 500 || status === 408 || status === 429 ? EXIT.unavailable : EXIT.usage;
  }
  if (isWfkitError(error)) {
    return error.code === "invalid_response" ? EXIT.unavailable : EXIT.usage;
  }
  return EXIT.failed;
};
