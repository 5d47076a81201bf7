import { WfkitError, nameGuard, type WfkitErrorCode } from "./wfkit-error.js";

/** Every `code` a {@link WatchError} can carry. An unknown run is `not_found`, as for every call. */
export type WatchErrorCode = Extract<
  WfkitErrorCode,
  | "record_parse"
  | "record_too_large"
  | "stream_consumed"
  | "not_found"
  | "reconnect_failed"
  | "timeout"
  | "aborted"
  | "callback_failed"
>;

/** `": <message>"` for an error cause, without the message's own closing full stop. */
const detailOf = (cause: unknown): string =>
  cause instanceof Error && cause.message !== ""
    ? `: ${cause.message.replace(/[.\s]+$/u, "")}`
    : "";

/** Longest excerpt of an offending record kept on a {@link RecordParseError}. */
export const RECORD_EXCERPT_LENGTH = 200;

/**
 * Base class of every error thrown or reported by `@wfkit/watch`; a {@link WfkitError}.
 * Branch on `code` (or the `is*` guards) rather than on the message.
 */
export class WatchError extends WfkitError {
  override readonly name: string = "WatchError";
  /** Stable, machine-readable reason. */
  declare readonly code: WatchErrorCode;

  constructor(code: WatchErrorCode, message: string, cause?: unknown) {
    super(code, message, cause === undefined ? {} : { cause });
  }
}

/**
 * The base of a {@link WatchError} class named `className` with a fixed `code` and `message`: its
 * constructor takes only the `cause`.
 */
const causeOnly = <N extends string, C extends WatchErrorCode>(
  className: N,
  code: C,
  message: string,
): new (cause?: unknown) => WatchError & { readonly name: N; readonly code: C } =>
  class extends WatchError {
    override readonly name: N = className;
    declare readonly code: C;
    constructor(cause?: unknown) {
      super(code, message, cause);
    }
  };

/**
 * A piece of the record stream was not valid JSON (or not a watch record).
 * Skipped and reported through `onError` by default; fatal with `onInvalid: "throw"`.
 */
export class RecordParseError extends WatchError {
  override readonly name = "RecordParseError";
  declare readonly code: "record_parse";
  /** The offending text, truncated to `RECORD_EXCERPT_LENGTH` (200) characters. */
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
    this.text = excerpt;
    this.length = text.length;
  }
}

/** A single record grew past `maxRecordBytes`; the stream was cancelled. */
export class RecordTooLargeError extends WatchError {
  override readonly name = "RecordTooLargeError";
  declare readonly code: "record_too_large";
  /** The limit that was exceeded, in bytes. */
  readonly maxRecordBytes: number;

  constructor(maxRecordBytes: number) {
    super(
      "record_too_large",
      `A record in the watch stream exceeded ${maxRecordBytes} bytes without a U+001E separator, ` +
        "so the stream was cancelled. Raise `maxRecordBytes` if the server really sends records this large.",
    );
    this.maxRecordBytes = maxRecordBytes;
  }
}

/** A record stream or watcher was iterated a second time, or its stream was already locked. */
export class StreamConsumedError extends causeOnly(
  "StreamConsumedError",
  "stream_consumed",
  "This record stream has already been consumed (a stream can be iterated once). " +
    "Open a new watch to read the records again.",
) {}

/** The server does not know the run being watched. */
export class WatchRunNotFoundError extends WatchError {
  override readonly name = "WatchRunNotFoundError";
  declare readonly code: "not_found";
  /** The run that was watched. */
  readonly runId: string;

  constructor(runId: string) {
    super(
      "not_found",
      `Workflow run "${runId}" was not found, so it cannot be watched. ` +
        "Create the run first (createRun) and check the workflow and run ids.",
    );
    this.runId = runId;
  }
}

/** The watch connection was lost and could not be re-established; `cause` is the last failure. */
export class WatchReconnectError extends WatchError {
  override readonly name = "WatchReconnectError";
  declare readonly code: "reconnect_failed";
  /** The run that was watched. */
  readonly runId: string;
  /** Reconnection attempts made before giving up. */
  readonly attempts: number;

  constructor(runId: string, attempts: number, cause: unknown) {
    const detail = detailOf(cause);
    super(
      "reconnect_failed",
      `Lost the watch connection for run "${runId}" and ${attempts} reconnection attempt(s) failed${detail}. ` +
        "Check that the server is reachable, then watch again (or read the run's execution result).",
      cause,
    );
    this.runId = runId;
    this.attempts = attempts;
  }
}

/** A watch connection did not open (no response headers) within `connectTimeoutMs`. */
export class WatchTimeoutError extends WatchError {
  override readonly name = "WatchTimeoutError";
  declare readonly code: "timeout";
  /** The run that was watched. */
  readonly runId: string;
  /** The limit that passed, in milliseconds. */
  readonly timeoutMs: number;

  constructor(runId: string, timeoutMs: number) {
    super(
      "timeout",
      `The watch connection for run "${runId}" did not open within ${timeoutMs} ms. ` +
        "Check that the server is reachable, or raise `connectTimeoutMs`.",
    );
    this.runId = runId;
    this.timeoutMs = timeoutMs;
  }
}

/** The watch was aborted through its `signal`. `cause` is the signal's reason. */
export class WatchAbortError extends causeOnly(
  "WatchAbortError",
  "aborted",
  "The watch was aborted by its signal. Start a new watch to keep reading.",
) {}

/** The `onRecord` callback of `watch()` threw or rejected; `cause` is what it threw. */
export class WatchCallbackError extends WatchError {
  override readonly name = "WatchCallbackError";
  declare readonly code: "callback_failed";

  constructor(cause: unknown) {
    const detail = detailOf(cause);
    super(
      "callback_failed",
      `The onRecord callback threw${detail}. The watch was closed; ` +
        "pass `onError` to keep watching after callback errors.",
      cause,
    );
  }
}

const WATCH_ERROR_NAMES = [
  "WatchError",
  "RecordParseError",
  "RecordTooLargeError",
  "StreamConsumedError",
  "WatchRunNotFoundError",
  "WatchReconnectError",
  "WatchTimeoutError",
  "WatchAbortError",
  "WatchCallbackError",
];

/** `true` for any error from `@wfkit/watch`, whichever copy of the package made it. */
export const isWatchError = nameGuard<WatchError>(...WATCH_ERROR_NAMES);
/** `true` for a {@link RecordParseError}. */
export const isRecordParseError = nameGuard<RecordParseError>("RecordParseError");
/** `true` for a {@link RecordTooLargeError}. */
export const isRecordTooLargeError = nameGuard<RecordTooLargeError>("RecordTooLargeError");
/** `true` for a {@link StreamConsumedError}. */
export const isStreamConsumedError = nameGuard<StreamConsumedError>("StreamConsumedError");
/** `true` for a {@link WatchRunNotFoundError} (also a not-found error: its `code` is `not_found`). */
export const isWatchRunNotFoundError = nameGuard<WatchRunNotFoundError>("WatchRunNotFoundError");
/** `true` for a {@link WatchReconnectError}. */
export const isWatchReconnectError = nameGuard<WatchReconnectError>("WatchReconnectError");
/** `true` for a {@link WatchTimeoutError}. */
export const isWatchTimeoutError = nameGuard<WatchTimeoutError>("WatchTimeoutError");
/** `true` for a {@link WatchAbortError}. */
export const isWatchAbortError = nameGuard<WatchAbortError>("WatchAbortError");
/** `true` for a {@link WatchCallbackError}. */
export const isWatchCallbackError = nameGuard<WatchCallbackError>("WatchCallbackError");
