/**
 * Normalisation: turns what a server answered into what can be compared across servers. Timestamps
 * and generated ids are dropped or replaced by placeholders; statuses, step ids, outputs, error
 * messages (first line only, no stack) and status codes are kept.
 */

/** Keys whose values are clocks: replaced by a marker of their type wherever they appear. */
export const TIME_KEYS: ReadonlySet<string> = new Set([
  "startedAt",
  "endedAt",
  "suspendedAt",
  "resumedAt",
  "createdAt",
  "updatedAt",
  "timestamp",
  "eventTimestamp",
]);

/** Keys that only ever hold a stack trace: dropped (the message is kept elsewhere). */
export const STACK_KEYS: ReadonlySet<string> = new Set(["stack"]);

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const STACK_FRAME = /\n\s+at /;

/** What the normaliser needs to know about one scenario run. */
export interface NormaliseOptions {
  /** Run ids the scenario generated, mapped to the placeholder they become (e.g. `<run:a>`). */
  runIds?: ReadonlyMap<string, string>;
}

/** A JSON value. */
export type Normalised =
  string | number | boolean | null | Normalised[] | { [key: string]: Normalised };

/**
 * Replaces the scenario's run ids by their placeholders and any other UUID by `<uuid>` (Mastra's
 * `sleep_<uuid>` step ids thus become `sleep_<uuid>` on every server), and cuts a stack trace down to
 * its first line (`Error: kaboom`).
 */
export function normaliseString(value: string, options: NormaliseOptions = {}): string {
  let text = value;
  if (STACK_FRAME.test(text)) text = text.split("\n", 1)[0] ?? "";
  for (const [runId, placeholder] of options.runIds ?? []) {
    if (text.includes(runId)) text = text.split(runId).join(placeholder);
  }
  return text.replace(UUID, "<uuid>");
}

/**
 * Normalises any value into plain JSON: time values replaced by `<epoch-ms>` / `<iso-date>` /
 * `<date>` (so their presence and type still count), stacks dropped, `undefined` removed (as JSON
 * would), strings and object keys passed through {@link normaliseString}, JSON-Schema strings
 * (`*Schema` keys holding JSON text) parsed so key order inside them does not matter.
 */
export function normalise(value: unknown, options: NormaliseOptions = {}): Normalised | undefined {
  if (value === undefined || typeof value === "function" || typeof value === "symbol") {
    return undefined;
  }
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") return String(value);
  if (typeof value === "string") return normaliseString(value, options);
  if (value instanceof Date) return "<date>";
  if (Array.isArray(value)) return value.map((item) => normalise(item, options) ?? null);
  const out: { [key: string]: Normalised } = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (STACK_KEYS.has(key)) continue;
    if (TIME_KEYS.has(key)) {
      // The value is a clock reading; whether it is there (and its type) is still compared.
      if (item !== undefined) out[key] = timeMarker(item);
      continue;
    }
    const normalised =
      key.endsWith("Schema") && typeof item === "string"
        ? normalise(parseJson(item), options)
        : normalise(item, options);
    if (normalised !== undefined) out[normaliseString(key, options)] = normalised;
  }
  return out;
}

function timeMarker(value: unknown): Normalised {
  if (value === null) return null;
  if (typeof value === "number") return "<epoch-ms>";
  if (typeof value === "string")
    return Number.isNaN(Date.parse(value)) ? "<bad-date>" : "<iso-date>";
  if (value instanceof Date) return "<date>";
  return `<${typeof value}>`;
}

function parseJson(text: string): unknown {
  try {
    return { "<json>": JSON.parse(text) as unknown };
  } catch {
    return text;
  }
}
