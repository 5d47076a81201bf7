/** U+001E (record separator): terminates every watch and stream record. Not U+001F. */
export const RECORD_SEPARATOR = "\u001e";

/**
 * Frames one watch record the way Mastra's watch route does: the record JSON is stringified a
 * second time (a JSON string literal), then terminated by U+001E.
 *
 * @example
 * encodeWatchRecord('{"type":"watch"}') // => '"{\\"type\\":\\"watch\\"}"\u001e'
 */
export const encodeWatchRecord = (recordJson: string): string =>
  JSON.stringify(recordJson) + RECORD_SEPARATOR;

/** Frames one `/stream` event: single-encoded JSON terminated by U+001E. */
export const encodeStreamEvent = (event: unknown): string =>
  JSON.stringify(event) + RECORD_SEPARATOR;
