/**
 * Debug logging: one line per call, retry, reconnect and reconciliation, with timings. Header
 * values are redacted by name; `authorization`, `cookie` and `x-api-key` always are.
 */

/** Receives one log line at a time. */
export type Logger = (line: string) => void;

/** The header names whose values are never logged. */
export const DEFAULT_REDACTED_HEADERS: readonly string[] = [
  "authorization",
  "cookie",
  "set-cookie",
  "proxy-authorization",
  "x-api-key",
];

/** What the transport and the watch log through. */
export interface DebugLog {
  /** Logs one line (prefixed with `wfkit`). */
  line(text: string): void;
  /** `headers` as one-line JSON, with the redacted ones masked. */
  headers(headers: Headers): string;
}

/**
 * The logger the client uses: `logger` when given, else `console.debug` when the `DEBUG`
 * environment variable names `wfkit` (where `process.env` exists), else none.
 */
export function createDebugLog(
  logger: Logger | undefined,
  redact: readonly string[] = [],
): DebugLog | undefined {
  const sink = logger ?? (debugEnvEnabled() ? (line: string) => console.debug(line) : undefined);
  if (sink === undefined) return undefined;
  const hidden = new Set([...DEFAULT_REDACTED_HEADERS, ...redact.map((n) => n.toLowerCase())]);
  return {
    line: (text) => sink(`wfkit ${text}`),
    headers(headers) {
      const out: Record<string, string> = {};
      headers.forEach((value, name) => {
        out[name] = hidden.has(name.toLowerCase()) ? "[redacted]" : value;
      });
      return JSON.stringify(out);
    },
  };
}

/** True when `DEBUG` (comma or space separated, `*` and `wfkit*` patterns) turns wfkit on. */
export function debugEnvEnabled(): boolean {
  let value: unknown;
  try {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
      ?.env;
    value = env?.DEBUG;
  } catch {
    // Deno without --allow-env throws on reading the environment: then DEBUG is simply off.
    return false;
  }
  if (typeof value !== "string") return false;
  return value
    .split(/[\s,]+/)
    .some((pattern) => pattern === "*" || pattern === "wfkit" || pattern.startsWith("wfkit"));
}
