import { RECORD_SEPARATOR } from "@wfkit/watch";

/**
 * Frames one watch record the way Mastra's watch route does: the record JSON is stringified a
 * second time (a JSON string literal), then terminated by U+001E.
 *
 * @example
 * encodeWatchRecord('{"type":"watch"}') // => the JSON string literal of the record, then RECORD_SEPARATOR
 */
export const encodeWatchRecord = (recordJson: string): string =>
  JSON.stringify(recordJson) + RECORD_SEPARATOR;

/** Frames one `/stream` event: single-encoded JSON terminated by U+001E. */
export const encodeStreamEvent = (event: unknown): string =>
  JSON.stringify(event) + RECORD_SEPARATOR;
