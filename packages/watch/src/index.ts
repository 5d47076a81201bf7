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
