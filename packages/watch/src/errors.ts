/** Every `code` a {@link WatchError} can carry. */
export type WatchErrorCode =
  | "record_parse"
  | "record_too_large"
  | "stream_consumed"
  | "run_not_found"
  | "reconnect_failed"
  | "aborted"
  | "callback_failed";

/** Longest excerpt of an offending record kept on a {@link RecordParseError}. */
export const RECORD_EXCERPT_LENGTH = 200;

const withCause = (cause: unknown): ErrorOptions | undefined =>
  cause === undefined ? undefined : { cause };

/**
 * Base class of every error thrown or reported by `@wfkit/watch`.
 * Branch on `code` (or the `is*` guards) rather than on the message.
 */
export class WatchError extends Error {
  /** Stable, machine-readable reason. */
  readonly code: WatchErrorCode;

  constructor(code: WatchErrorCode, message: string, cause?: unknown) {
    super(message, withCause(cause));
    this.name = "WatchError";
    this.code = code;
  }
}

/**
 * A piece of the record stream was not valid JSON (or not a watch record).
 * Skipped and reported through `onError` by default; fatal with `onInvalid: "throw"`.
 */
export class RecordParseError extends WatchError {
  declare readonly code: "record_parse";
  /** The offending text, truncated to {@link RECORD_EXCERPT_LENGTH} characters. */
  readonly text: string;
  /** Length of the full offending text, in UTF-16 code units. */
  readonly length: number;

  constructor(text: string, cause?: unknown, reason = "is not valid JSON") {
    const excerpt =
      text.length > RECORD_EXCERPT_LENGTH ? `${text.slice(0, RECORD_EXCERPT_LENGTH)}…` : text;
    super(
      "record_parse",
      `A record in the watch stream ${reason} and was skipped: ${JSON.stringify(excerpt)}. ` +
        "Check that the server speaks the Mastra watch format (JSON records separated by U+001E).",
      cause,
    );
    this.name = "RecordParseError";
    this.text = excerpt;
    this.length = text.length;
  }
}

/** A single record grew past `maxRecordBytes`; the stream was cancelled. */
export class RecordTooLargeError extends WatchError {
  declare readonly code: "record_too_large";
  /** The limit that was exceeded, in bytes. */
  readonly maxRecordBytes: number;

  constructor(maxRecordBytes: number) {
    super(
      "record_too_large",
      `A record in the watch stream exceeded ${maxRecordBytes} bytes without a U+001E separator, ` +
        "so the stream was cancelled. Raise `maxRecordBytes` if the server really sends records this large.",
    );
    this.name = "RecordTooLargeError";
    this.maxRecordBytes = maxRecordBytes;
  }
}

/** A record stream or watcher was iterated a second time, or its stream was already locked. */
export class StreamConsumedError extends WatchError {
  declare readonly code: "stream_consumed";

  constructor(cause?: unknown) {
    super(
      "stream_consumed",
      "This record stream has already been consumed (a stream can be iterated once). " +
        "Open a new watch to read the records again.",
      cause,
    );
    this.name = "StreamConsumedError";
  }
}

/** The server does not know the run being watched. */
export class WatchRunNotFoundError extends WatchError {
  declare readonly code: "run_not_found";
  /** The run that was watched. */
  readonly runId: string;

  constructor(runId: string) {
    super(
      "run_not_found",
      `Workflow run "${runId}" was not found, so it cannot be watched. ` +
        "Create the run first (createRun) and check the workflow and run ids.",
    );
    this.name = "WatchRunNotFoundError";
    this.runId = runId;
  }
}

/** The watch connection was lost and could not be re-established; `cause` is the last failure. */
export class WatchReconnectError extends WatchError {
  declare readonly code: "reconnect_failed";
  /** The run that was watched. */
  readonly runId: string;
  /** Reconnection attempts made before giving up. */
  readonly attempts: number;

  constructor(runId: string, attempts: number, cause: unknown) {
    const detail = cause instanceof Error ? `: ${cause.message}` : "";
    super(
      "reconnect_failed",
      `Lost the watch connection for run "${runId}" and ${attempts} reconnection attempt(s) failed${detail}. ` +
        "Check that the server is reachable, then watch again (or read the run's execution result).",
      cause,
    );
    this.name = "WatchReconnectError";
    this.runId = runId;
    this.attempts = attempts;
  }
}

/** The watch was aborted through its `signal`. `cause` is the signal's reason. */
export class WatchAbortError extends WatchError {
  declare readonly code: "aborted";

  constructor(cause?: unknown) {
    super(
      "aborted",
      "The watch was aborted by its signal. Start a new watch to keep reading.",
      cause,
    );
    this.name = "WatchAbortError";
  }
}

/** The `onRecord` callback of `watch()` threw or rejected; `cause` is what it threw. */
export class WatchCallbackError extends WatchError {
  declare readonly code: "callback_failed";

  constructor(cause: unknown) {
    const detail = cause instanceof Error ? `: ${cause.message}` : "";
    super(
      "callback_failed",
      `The onRecord callback threw${detail}. The watch was closed; ` +
        "pass `onError` to keep watching after callback errors.",
      cause,
    );
    this.name = "WatchCallbackError";
  }
}

/** `true` for any error from `@wfkit/watch`. */
export const isWatchError = (error: unknown): error is WatchError => error instanceof WatchError;
/** `true` for a {@link RecordParseError}. */
export const isRecordParseError = (error: unknown): error is RecordParseError =>
  error instanceof RecordParseError;
/** `true` for a {@link RecordTooLargeError}. */
export const isRecordTooLargeError = (error: unknown): error is RecordTooLargeError =>
  error instanceof RecordTooLargeError;
/** `true` for a {@link StreamConsumedError}. */
export const isStreamConsumedError = (error: unknown): error is StreamConsumedError =>
  error instanceof StreamConsumedError;
/** `true` for a {@link WatchRunNotFoundError}. */
export const isWatchRunNotFoundError = (error: unknown): error is WatchRunNotFoundError =>
  error instanceof WatchRunNotFoundError;
/** `true` for a {@link WatchReconnectError}. */
export const isWatchReconnectError = (error: unknown): error is WatchReconnectError =>
  error instanceof WatchReconnectError;
/** `true` for a {@link WatchAbortError}. */
export const isWatchAbortError = (error: unknown): error is WatchAbortError =>
  error instanceof WatchAbortError;
/** `true` for a {@link WatchCallbackError}. */
export const isWatchCallbackError = (error: unknown): error is WatchCallbackError =>
  error instanceof WatchCallbackError;
