/**
 * The base of every error a wfkit package throws. It lives here, at the bottom of the dependency
 * graph (`client → watch → nothing`), so the client, the watcher, the fake server and the CLI
 * share one family. Guards recognise the family by a `Symbol.for` brand rather than by
 * `instanceof`, so two copies of a package (two versions in one bundle) still agree.
 */

/** The brand every {@link WfkitError} carries; registered, so every copy of wfkit sees the same. */
const BRAND: unique symbol = Symbol.for("wfkit.error") as never;

/** Every error code a {@link WfkitError} can carry, across all wfkit packages. */
export type WfkitErrorCode =
  // Bad input caught before anything was sent.
  | "invalid_argument"
  // The server answered with a non-2xx status.
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "rate_limited"
  | "server_error"
  | "http_error"
  // The server answered, but not with what the API promises.
  | "invalid_response"
  | "response_too_large"
  | "redirect_refused"
  // No usable answer.
  | "connection_error"
  | "response_lost"
  | "timeout"
  | "aborted"
  // The server generation lacks the call.
  | "unsupported_by_server"
  // A resume the run cannot take.
  | "run_not_suspended"
  | "step_not_suspended"
  | "step_ambiguous"
  // The watch record stream and the watcher.
  | "record_parse"
  | "record_too_large"
  | "stream_consumed"
  | "reconnect_failed"
  | "callback_failed"
  // The fake server of @wfkit/test-utils.
  | "fake_http"
  | "spec_violation"
  | "invalid_option"
  | "background_errors";

/** Options shared by the error constructors. */
export interface WfkitErrorOptions {
  cause?: unknown;
  /** The HTTP status, when a server answered. */
  status?: number;
  /** The server's error text. */
  body?: string;
  /** The response headers, when a server answered. */
  headers?: Headers;
}

/**
 * The base class of every error wfkit throws. Branch on `code` (a string literal) or on the `is*`
 * guards, which work across copies of the package; `instanceof` works within one copy.
 *
 * @example
 * ```ts
 * try {
 *   await workflow.details();
 * } catch (err) {
 *   if (isWfkitError(err)) console.log(err.code, err.message);
 * }
 * ```
 */
export class WfkitError extends Error {
  override readonly name: string = "WfkitError";
  /** A stable, machine-readable code. */
  readonly code: WfkitErrorCode;
  /** The HTTP status, when the server answered. */
  readonly status: number | undefined;
  /** The server's error text: the `error` field of a JSON `{ error }` body, or the raw text body. */
  readonly body: string | undefined;
  /** The response headers, when the server answered. */
  readonly headers: Headers | undefined;

  constructor(code: WfkitErrorCode, message: string, options: WfkitErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.body = options.body;
    this.headers = options.headers;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * True for every error any wfkit package throws, whichever copy of the package made it.
 *
 * @example
 * ```ts
 * if (isWfkitError(err)) console.log(err.code);
 * ```
 */
export const isWfkitError = (error: unknown): error is WfkitError =>
  typeof error === "object" && error !== null && (error as { [BRAND]?: unknown })[BRAND] === true;

/**
 * Builds a guard for one error class, matched by its `name` (a string literal each class sets, so
 * minifiers keep it) on a branded error.
 */
export const nameGuard =
  <T extends WfkitError>(...names: readonly string[]) =>
  (error: unknown): error is T =>
    isWfkitError(error) && names.includes(error.name);

/** Builds a guard for every branded error that carries one of `codes`. */
export const codeGuard =
  <T extends WfkitError>(...codes: readonly WfkitErrorCode[]) =>
  (error: unknown): error is T =>
    isWfkitError(error) && codes.includes(error.code);
