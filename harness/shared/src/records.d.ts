/** The byte after every record of a watch or stream body. */
export declare const RECORD_SEPARATOR: "\u001e";

/**
 * Splits a watch or stream body into its records' JSON texts (still encoded: once on 1.x, twice
 * on 0.10's `/watch`).
 *
 * @example
 * ```ts
 * const records = splitRecords(await response.text()).map((text) => JSON.parse(text));
 * ```
 */
export declare function splitRecords(text: string): string[];
