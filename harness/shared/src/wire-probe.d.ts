/** Cuts `text` to `max` characters, saying how long it was. */
export declare function short(text: string, max?: number): string;

/** {@link short}, with record separators shown as `␞`. */
export declare function show(text: string): string;

/** Resolves after `ms` milliseconds. */
export declare function sleep(ms: number): Promise<void>;

/** Options of one {@link WireProbe.call}. */
export interface CallOptions {
  /** Sent as JSON with `content-type: application/json`. */
  body?: unknown;
  /** Sent as is, instead of `body`. */
  raw?: string;
  headers?: Record<string, string>;
  /** @defaultValue `3000` */
  timeoutMs?: number;
  /** How much of the answer line to print. @defaultValue `1500` */
  max?: number;
  /** `path` is relative to the server's root rather than `/api/workflows`. */
  abs?: boolean;
}

/** What a {@link WireProbe.call} resolves with. */
export interface CallResult {
  /** `0` when the fetch failed. */
  status: number;
  text: string;
  json?: any;
  headers?: Headers;
  /** Whether the body was still open after `timeoutMs`. */
  hung?: boolean;
  error?: unknown;
}

/** The helpers {@link createWireProbe} makes. */
export interface WireProbe {
  /** `<url>/api/workflows`. */
  api: string;
  /** Sends a request, prints it and the answer, and resolves with the answer. */
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
  /** Runs `fn` under a heading, unless the command line picked other sections. */
  section(name: string, fn: () => Promise<void>): Promise<void>;
}

/** Options for {@link createWireProbe}. */
export interface WireProbeOptions {
  /** The server's base URL. */
  url: string;
  /** Names of the sections to run; all when empty. */
  sections?: readonly string[];
  /** Runs before each section. */
  beforeSection?: () => Promise<void>;
}

/**
 * Creates the helpers of a wire-exploration script against the server at `url`.
 *
 * @example
 * ```js
 * const { call, section } = createWireProbe({ url: mastra.url, sections: process.argv.slice(2) });
 * await section("list", () => call("GET", ""));
 * ```
 */
export declare function createWireProbe(options: WireProbeOptions): WireProbe;
