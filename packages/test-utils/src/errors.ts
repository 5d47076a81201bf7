import { WfkitError } from "@wfkit/watch";
import { codeGuard, nameGuard } from "@wfkit/watch/internal";

/** Codes carried by {@link FakeServerError}. */
export type FakeServerErrorCode = "fake_http" | "spec_violation" | "invalid_option";

/**
 * The error of `@wfkit/test-utils`, a {@link WfkitError}. With `code: "fake_http"` it carries the
 * status and message the fake server answers with (the one way a route raises an HTTP error);
 * with `code: "spec_violation"` it reports a response that does not match the OpenAPI spec; with
 * `code: "invalid_option"` an option of `createFakeServer` that cannot work.
 */
export class FakeServerError extends WfkitError {
  override readonly name = "FakeServerError";
  declare readonly code: FakeServerErrorCode;
  /** HTTP status the fake server answers with (for `code: "fake_http"`; 500 otherwise). */
  override readonly status: number;

  constructor(
    message: string,
    options: { code?: FakeServerErrorCode; status?: number; cause?: unknown } = {},
  ) {
    const status = options.status ?? 500;
    super(options.code ?? "fake_http", message, {
      status,
      ...(options.cause === undefined ? {} : { cause: options.cause }),
    });
    this.status = status;
  }
}

/** `true` when `error` is a {@link FakeServerError} (from any copy of the package). */
export const isFakeServerError = nameGuard<FakeServerError>("FakeServerError");

/**
 * Thrown by `server.close()` (and `await using`) when the fake recorded errors in
 * `server.backgroundErrors`: work a request started failed where no answer could carry it (a
 * fire-and-forget `start` or `resume`, a crash of the engine). Pass `allowBackgroundErrors: true`
 * to `createFakeServer` when a test triggers them on purpose.
 */
export class BackgroundErrorsError extends WfkitError {
  override readonly name = "BackgroundErrorsError";
  declare readonly code: "background_errors";
  /** The errors, in the order they happened. */
  readonly errors: readonly Error[];

  constructor(errors: readonly Error[]) {
    const list = errors.map((error, i) => `  ${i + 1}. ${error.name}: ${error.message}`);
    super(
      "background_errors",
      `The fake server recorded ${errors.length} background error${errors.length === 1 ? "" : "s"} ` +
        `(work that failed after its request was answered):\n${list.join("\n")}\n` +
        "Fix the test, or pass `allowBackgroundErrors: true` to createFakeServer when it triggers them on purpose.",
      { cause: errors[0] },
    );
    this.errors = [...errors];
  }
}

/** `true` when `error` is a {@link BackgroundErrorsError} (from any copy of the package). */
export const isBackgroundErrorsError = codeGuard<BackgroundErrorsError>("background_errors");

/** The one way a route raises an HTTP error: answered as `{ error: message }` with `status`. */
export const httpError = (status: number, message: string): FakeServerError =>
  new FakeServerError(message, { status, code: "fake_http" });
