export { WfkitError, codeGuard, isWfkitError, nameGuard } from "./wfkit-error.js";
export type { WfkitErrorCode, WfkitErrorOptions } from "./wfkit-error.js";

export {
  RECORD_EXCERPT_LENGTH,
  RecordParseError,
  RecordTooLargeError,
  StreamConsumedError,
  WatchAbortError,
  WatchCallbackError,
  WatchError,
  WatchReconnectError,
  WatchRunNotFoundError,
  isRecordParseError,
  isRecordTooLargeError,
  isStreamConsumedError,
  isWatchAbortError,
  isWatchCallbackError,
  isWatchError,
  isWatchReconnectError,
  isWatchRunNotFoundError,
} from "./errors.js";
export type { WatchErrorCode } from "./errors.js";

export {
  DEFAULT_MAX_RECORD_BYTES,
  RECORD_SEPARATOR,
  createRecordDecoder,
} from "./record-decoder.js";
export type { RecordDecoder, RecordDecoderOptions } from "./record-decoder.js";

export { createRecordDecoderStream, parseRecordStream } from "./record-stream.js";
export type { ParseRecordStreamOptions } from "./record-stream.js";

export {
  RUN_STATUSES,
  TERMINAL_RUN_STATUSES,
  isTerminalStatus,
  toWatchRecord,
} from "./watch-record.js";
export type {
  RunStatus,
  StepRecord,
  StepResult,
  StepStatus,
  WatchRecord,
  WorkflowState,
} from "./watch-record.js";

export { computeBackoff, sleep } from "./backoff.js";
export type { BackoffOptions, Sleep } from "./backoff.js";

export type { WatchIterator } from "./watch-records.js";
export type {
  ReconnectOptions,
  RunStateSnapshot,
  WatchOptions,
  WatchSource,
} from "./watch-source.js";

export { watchRecords } from "./watch-records.js";
export { watch } from "./watch.js";
export type { WatchHandle } from "./watch.js";
