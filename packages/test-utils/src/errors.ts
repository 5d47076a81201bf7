/** Codes carried by {@link FakeServerError}. */
export type FakeServerErrorCode = "http" | "spec-violation" | "invalid-option";

/**
 * The base error of `@wfkit/test-utils`. With `code: "http"` it carries the status and message
 * the fake server answers with; with `code: "spec-violation"` it reports a response that does not
 * match the OpenAPI spec.
 */
export class FakeServerError extends Error {
  override readonly name = "FakeServerError";
  readonly code: FakeServerErrorCode;
  /** HTTP status the fake server answers with (for `code: "http"`). */
  readonly status: number;

  constructor(
    message: string,
    options: { code?: FakeServerErrorCode; status?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code ?? "http";
    this.status = options.status ?? 500;
  }
}

/** `true` when `error` is a {@link FakeServerError}. */
export const isFakeServerError = (error: unknown): error is FakeServerError =>
  error instanceof FakeServerError;

/** Shorthand for an HTTP error answered as `{ error: message }`. */
export const httpError = (status: number, message: string): FakeServerError =>
  new FakeServerError(message, { status, code: "http" });
