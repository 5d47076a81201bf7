export { WfkitError, isWfkitError } from "./wfkit-error.js";
export type { WfkitErrorCode, WfkitErrorOptions } from "./wfkit-error.js";

export {
  RecordParseError,
  RecordTooLargeError,
  StreamConsumedError,
  WatchAbortError,
  WatchCallbackError,
  WatchError,
  WatchReconnectError,
  WatchRunNotFoundError,
  WatchTimeoutError,
  isRecordParseError,
  isRecordTooLargeError,
  isStreamConsumedError,
  isWatchAbortError,
  isWatchCallbackError,
  isWatchError,
  isWatchReconnectError,
  isWatchRunNotFoundError,
  isWatchTimeoutError,
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
export { forEachRecord } from "./for-each-record.js";

export { RUN_STATUSES, TERMINAL_RUN_STATUSES, isTerminalStatus } from "./run-status.js";
export type { RunStatus, StepStatus } from "./run-status.js";

export { toWatchRecord } from "./watch-record.js";
export type { StepRecord, StepResult, WatchRecord, WorkflowState } from "./watch-record.js";

export { systemClock } from "./clock.js";
export type { Clock, Sleep } from "./clock.js";

export type {
  ReconnectOptions,
  RunStateSnapshot,
  WatchOptions,
  WatchSource,
} from "./watch-source.js";

export { watchRecords } from "./watch-iterator.js";
export type { WatchIterator } from "./watch-iterator.js";
export { watch } from "./watch.js";
export type { WatchHandle } from "./watch.js";
