import { RecordParseError, RecordTooLargeError } from "./errors.js";

/**
 * The record separator of the Mastra watch format: U+001E INFORMATION SEPARATOR TWO ("RS").
 * Not U+001F (unit separator), which looks alike in most fonts.
 */
export const RECORD_SEPARATOR = "\u001e";

/** Default bound on a single record's size: 16 MiB. */
export const DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;

/** Options of the record decoder, shared by every record stream entry point. */
export interface RecordDecoderOptions {
  /**
   * Largest record (UTF-8 bytes, separator excluded) the decoder buffers; a longer one throws
   * {@link RecordTooLargeError}.
   * @defaultValue 16 MiB
   */
  maxRecordBytes?: number;
  /**
   * What to do with a piece that is not valid JSON: `"skip"` it (and report it to `onError`),
   * or `"throw"` a {@link RecordParseError}.
   * @defaultValue "skip"
   */
  onInvalid?: "skip" | "throw";
  /** Receives each skipped piece as a {@link RecordParseError}. */
  onError?: (error: RecordParseError) => void;
}

/**
 * Incremental decoder: bytes in, parsed records out. Work is linear in the input: only newly
 * decoded text is searched for the separator, and a record's pieces are joined once.
 */
export interface RecordDecoder {
  /**
   * Decodes one chunk and calls `emit` for each record it completes, in order.
   * @throws {@link RecordTooLargeError} when a record exceeds `maxRecordBytes`.
   * @throws {@link RecordParseError} for an invalid piece when `onInvalid` is `"throw"` (after
   * emitting the records that precede it).
   */
  write(chunk: Uint8Array, emit: (record: unknown) => void): void;
  /** Flushes the decoder at end of input: a final unterminated record is parsed too. */
  end(emit: (record: unknown) => void): void;
}

/** Exact UTF-8 length of a string (lone surrogates count as U+FFFD, 3 bytes). */
const utf8Length = (text: string): number => {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
};

/** UTF-8 bytes of `text` when they might exceed `budget`; a cheap bound otherwise. */
const boundedLength = (text: string, budget: number): number =>
  text.length * 3 <= budget ? text.length : utf8Length(text);

const BLANK = /^\s*$/;

/**
 * Creates the incremental decoder behind {@link parseRecordStream} and
 * {@link createRecordDecoderStream}: streaming UTF-8 decode, split on {@link RECORD_SEPARATOR},
 * `JSON.parse` each non-empty piece, and parse again when the result is a string (Mastra
 * 0.10–0.24 double-encodes each record; 0.9 and 1.x do not).
 *
 * @example
 * ```ts
 * const decoder = createRecordDecoder();
 * decoder.write(bytes, (record) => console.log(record));
 * decoder.end((record) => console.log(record));
 * ```
 */
export function createRecordDecoder(options: RecordDecoderOptions = {}): RecordDecoder {
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const throwOnInvalid = options.onInvalid === "throw";
  const onError = options.onError;
  const text = new TextDecoder("utf-8");
  /** Text of the current, unterminated record, in arrival order. */
  let pending: string[] = [];
  let pendingBytes = 0;

  const tooLarge = (): never => {
    pending = [];
    pendingBytes = 0;
    throw new RecordTooLargeError(maxRecordBytes);
  };

  const parse = (piece: string, emit: (record: unknown) => void): void => {
    if (piece === "" || BLANK.test(piece)) return;
    let value: unknown;
    try {
      value = JSON.parse(piece);
      if (typeof value === "string") value = JSON.parse(value);
    } catch (cause) {
      const error = new RecordParseError(piece, cause);
      if (throwOnInvalid) throw error;
      onError?.(error);
      return;
    }
    emit(value);
  };

  const feed = (decoded: string, emit: (record: unknown) => void): void => {
    let start = 0;
    let index = decoded.indexOf(RECORD_SEPARATOR);
    while (index !== -1) {
      const tail = decoded.slice(start, index);
      let piece = tail;
      if (pending.length > 0) {
        if (pendingBytes + boundedLength(tail, maxRecordBytes - pendingBytes) > maxRecordBytes) {
          tooLarge();
        }
        pending.push(tail);
        piece = pending.join("");
        pending = [];
        pendingBytes = 0;
      } else if (boundedLength(tail, maxRecordBytes) > maxRecordBytes) {
        tooLarge();
      }
      parse(piece, emit);
      start = index + 1;
      index = decoded.indexOf(RECORD_SEPARATOR, start);
    }
    if (start < decoded.length) {
      const rest = start === 0 ? decoded : decoded.slice(start);
      pendingBytes += utf8Length(rest);
      pending.push(rest);
      if (pendingBytes > maxRecordBytes) tooLarge();
    }
  };

  return {
    write(chunk, emit) {
      feed(text.decode(chunk, { stream: true }), emit);
    },
    end(emit) {
      feed(text.decode(), emit);
      if (pending.length === 0) return;
      const piece = pending.join("");
      pending = [];
      pendingBytes = 0;
      parse(piece, emit);
    },
  };
}
