/** The byte after every record of a watch or stream body. */
export const RECORD_SEPARATOR = "\u001e";

/**
 * Splits a watch or stream body into its records' JSON texts (still encoded: once on 1.x, twice
 * on 0.10's `/watch`).
 */
export const splitRecords = (text) => text.split(RECORD_SEPARATOR).filter((piece) => piece !== "");
