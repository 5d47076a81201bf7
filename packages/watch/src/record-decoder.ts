import { RecordParseError, RecordTooLargeError } from "./errors.js";
import { createUtf8Chunks } from "./utf8-chunks.js";

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

/** Whether `piece` holds nothing but white space (a fast path for the usual `{` or `"` start). */
const isBlank = (piece: string): boolean => piece.charCodeAt(0) <= 0x20 && BLANK.test(piece);

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
  const text = createUtf8Chunks();
  /**
   * Text of the current, unterminated record, appended piece by piece (the runtime joins the
   * pieces once, when the record is parsed).
   */
  let rest = "";
  /**
   * The record's size is kept as exact UTF-8 bytes once `measured` is set, else as the UTF-16
   * length of `rest`, which bounds its bytes from above at 3 bytes a unit. The text is measured
   * exactly (each piece once) only when that bound could pass the limit, so the usual small
   * record costs no per-character work.
   */
  let measured = false;
  let measuredBytes = 0;

  const reset = (): void => {
    rest = "";
    measured = false;
    measuredBytes = 0;
  };

  const tooLarge = (): never => {
    reset();
    throw new RecordTooLargeError(maxRecordBytes);
  };

  /** Adds a piece to the current record; throws when the record is over the limit. */
  const append = (piece: string): void => {
    rest = rest === "" ? piece : rest + piece;
    if (measured) measuredBytes += utf8Length(piece);
    else if (rest.length * 3 > maxRecordBytes) {
      measured = true;
      measuredBytes = utf8Length(rest);
    } else return;
    if (measuredBytes > maxRecordBytes) tooLarge();
  };

  const parse = (piece: string, emit: (record: unknown) => void): void => {
    if (piece === "" || isBlank(piece)) return;
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
      let piece: string;
      if (rest === "") {
        // The usual case: a whole record within one decoded text, bounded without buffering it.
        piece = decoded.slice(start, index);
        if (piece.length * 3 > maxRecordBytes && utf8Length(piece) > maxRecordBytes) tooLarge();
      } else {
        append(decoded.slice(start, index));
        piece = rest;
        reset();
      }
      parse(piece, emit);
      start = index + 1;
      index = decoded.indexOf(RECORD_SEPARATOR, start);
    }
    if (start < decoded.length) append(start === 0 ? decoded : decoded.slice(start));
  };

  return {
    write(chunk, emit) {
      feed(text.decode(chunk), emit);
    },
    end(emit) {
      feed(text.end(), emit);
      if (rest === "") return;
      const piece = rest;
      reset();
      parse(piece, emit);
    },
  };
}
