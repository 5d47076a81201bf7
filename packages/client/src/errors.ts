import {
  WfkitError,
  isWfkitError,
  type WfkitErrorCode,
  type WfkitErrorOptions,
} from "@wfkit/watch";
import { codeGuard } from "@wfkit/watch/internal";

export { WfkitError, isWfkitError };
export type { WfkitErrorCode, WfkitErrorOptions };

/** An error class whose instances (`E`, named `N`) carry its static `code`. */
type CodedClass<E, N extends string, Args extends unknown[]> = {
  new (...args: Args): E & { readonly name: N };
  /** The `code` every error of this class carries. */
  readonly code: WfkitErrorCode;
};

/**
 * The base of an error class with one fixed `code`, built from `message` and `options`. The
 * `name` is a literal each class spells out, so minifiers keep it.
 */
const fixedCode = <N extends string>(
  className: N,
  code: WfkitErrorCode,
): CodedClass<WfkitError, N, [message: string, options?: WfkitErrorOptions]> =>
  class extends WfkitError {
    static readonly code = code;
    override readonly name: N = className;
    constructor(message: string, options?: WfkitErrorOptions) {
      super(code, message, options);
    }
  };

/** The guard for errors of `Class`, by the `code` they carry (so it works across copies of wfkit). */
export const guardOf = <T extends WfkitError>(Class: { code: WfkitErrorCode; prototype: T }) =>
  codeGuard<T>(Class.code);

/** Bad input caught before any request was sent (a missing `runId`, a non-serialisable body, …). */
export class InvalidArgumentError extends fixedCode("InvalidArgumentError", "invalid_argument") {}

/** The server answered with a non-2xx status. Subclasses narrow it by status family. */
export class ApiError extends WfkitError {
  override readonly name: string = "ApiError";
  declare readonly status: number;
}

/** An {@link ApiError} class whose `name` is `N`, for one status family. */
type ApiErrorClass<N extends string = string> = CodedClass<
  ApiError,
  N,
  ConstructorParameters<typeof ApiError>
>;

/** The base of the {@link ApiError} class named `className`, whose errors carry `code`. */
const statusFamily = <N extends string>(className: N, code: WfkitErrorCode): ApiErrorClass<N> =>
  class extends ApiError {
    static readonly code = code;
    override readonly name: N = className;
  };

/** 400: the server rejected the request. */
export class BadRequestError extends statusFamily("BadRequestError", "bad_request") {}
/** 401: authentication is required or failed. */
export class AuthenticationError extends statusFamily("AuthenticationError", "unauthorized") {}
/** 403: the caller may not do this. */
export class PermissionDeniedError extends statusFamily("PermissionDeniedError", "forbidden") {}
/** 404: the workflow, the run or the route does not exist. */
export class NotFoundError extends statusFamily("NotFoundError", "not_found") {}
/** 409: the request conflicts with the run's state. */
export class ConflictError extends statusFamily("ConflictError", "conflict") {}
/** 413: the request body is over the server's limit. */
export class PayloadTooLargeError extends statusFamily(
  "PayloadTooLargeError",
  "payload_too_large",
) {}
/** 429: too many requests. */
export class RateLimitError extends statusFamily("RateLimitError", "rate_limited") {}
/** 5xx: the server failed (Mastra also answers 500 for engine errors such as resuming a finished run). */
export class ServerError extends statusFamily("ServerError", "server_error") {}

/** A 2xx response whose body is not what the API promises (for example, invalid JSON). */
export class InvalidResponseError extends fixedCode("InvalidResponseError", "invalid_response") {}

/** The request never got an answer: DNS failure, refused or reset connection, CORS, offline. */
export class ConnectionError extends fixedCode("ConnectionError", "connection_error") {}

/**
 * The connection was lost after the request was sent, so the server may have run the call. wfkit
 * never sends such a call again by itself: check its effect (for example with `runById`) first.
 * In browsers a failed POST is always reported this way, because a browser does not say whether
 * the request left.
 */
export class ResponseLostError extends fixedCode("ResponseLostError", "response_lost") {}

/**
 * The server answered with a redirect wfkit does not follow: any redirect of a call that is not a
 * GET (its body would be sent again), a redirect to another origin (headers and body must never go
 * there), or more than a few in a row. The message names the `Location`.
 */
export class RedirectRefusedError extends fixedCode("RedirectRefusedError", "redirect_refused") {
  /** Where the server pointed, when the runtime shows it (browsers hide it). */
  readonly location: string | undefined;
  constructor(
    message: string,
    options: WfkitErrorOptions & { location?: string | undefined } = {},
  ) {
    super(message, options);
    this.location = options.location;
  }
}

/** A response body was longer than `maxResponseBytes`; it is not retried. */
export class ResponseTooLargeError extends fixedCode(
  "ResponseTooLargeError",
  "response_too_large",
) {}

/** The request took longer than `timeoutMs`. */
export class TimeoutError extends fixedCode("TimeoutError", "timeout") {}

/** The caller's `signal` aborted the call (also while waiting to retry). */
export class AbortError extends fixedCode("AbortError", "aborted") {
  constructor(message = "The request was aborted by its signal.", options?: WfkitErrorOptions) {
    super(message, options);
  }
}

/** The server's generation does not offer this call. */
export class UnsupportedByServerError extends fixedCode(
  "UnsupportedByServerError",
  "unsupported_by_server",
) {}

const statusClasses: ReadonlyArray<[test: (status: number) => boolean, ctor: ApiErrorClass]> = [
  [(s) => s === 400, BadRequestError],
  [(s) => s === 401, AuthenticationError],
  [(s) => s === 403, PermissionDeniedError],
  [(s) => s === 404, NotFoundError],
  [(s) => s === 409, ConflictError],
  [(s) => s === 413, PayloadTooLargeError],
  [(s) => s === 429, RateLimitError],
  [(s) => s >= 500, ServerError],
];

/** The server's error text from a parsed or raw error body. */
export function errorText(body: unknown): string | undefined {
  if (body === undefined || body === null || body === "") return undefined;
  if (typeof body === "string") return body;
  if (typeof body === "object" && "error" in body) {
    const error = (body as { error: unknown }).error;
    if (typeof error === "string") return error;
    if (error && typeof error === "object" && "message" in error) return String(error.message);
  }
  return JSON.stringify(body);
}

/** The longest server text a message carries; past this it is cut (the whole text is in `body`). */
export const MAX_REASON_LENGTH = 2000;

/** `text` on one line: runs of whitespace (newlines included) become one space; cut past a limit. */
export function oneLine(text: string, max = MAX_REASON_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max
    ? flat
    : `${flat.slice(0, max)}… (${flat.length - max} more characters in \`body\`)`;
}

/**
 * Builds the typed error for a non-2xx response.
 *
 * @param request - what was called, e.g. `POST /api/workflows/x/start-async`
 */
export function createApiError(request: string, response: Response, body: unknown): ApiError {
  const status = response.status;
  const text = errorText(body);
  const match = statusClasses.find(([test]) => test(status))?.[1];
  const code = match?.code ?? "http_error";
  const Ctor = match ?? ApiError;
  const reason = text === undefined ? "" : oneLine(text);
  const message = `${request} failed with ${status}${reason ? `: ${reason}` : ""}`;
  return new Ctor(code, message, {
    status,
    ...(text === undefined ? {} : { body: text }),
    headers: response.headers,
  });
}

/** True for any non-2xx answer from the server. */
export const isApiError = (error: unknown): error is ApiError =>
  isWfkitError(error) && typeof error.status === "number";
/** True for bad input caught before sending. */
export const isInvalidArgumentError = guardOf(InvalidArgumentError);
/** True for 400 answers. */
export const isBadRequestError = guardOf(BadRequestError);
/** True for a workflow, run or route the server does not know, whichever call met it (watches too). */
export const isNotFoundError = guardOf(NotFoundError);
/** True for 409 answers. */
export const isConflictError = guardOf(ConflictError);
/** True for 413 answers. */
export const isPayloadTooLargeError = guardOf(PayloadTooLargeError);
/** True for 429 answers. */
export const isRateLimitError = guardOf(RateLimitError);
/** True for 5xx answers. */
export const isServerError = guardOf(ServerError);
/** True when the server could not be reached. */
export const isConnectionError = guardOf(ConnectionError);
/** True when the connection was lost after the request was sent: the call may have taken effect. */
export const isResponseLostError = guardOf(ResponseLostError);
/** True when wfkit refused to follow a redirect. */
export const isRedirectRefusedError = guardOf(RedirectRefusedError);
/** True when a response was over `maxResponseBytes`. */
export const isResponseTooLargeError = guardOf(ResponseTooLargeError);
/** True when `timeoutMs` ran out. */
export const isTimeoutError = guardOf(TimeoutError);
/** True when the caller aborted: a call (`AbortError`) or a watch (`WatchAbortError`). */
export const isAbortError = guardOf(AbortError);
/** True when the server's generation lacks the call. */
export const isUnsupportedByServerError = guardOf(UnsupportedByServerError);

/** True for a 2xx answer whose body is not what the API promises. */
export const isInvalidResponseError = guardOf(InvalidResponseError);

/**
 * The same error (same class, code, status and body), with its message led by the call the user
 * made: for failures of a request wfkit sent on the user's behalf, such as protocol detection. The
 * original error is the `cause`. Errors from outside wfkit come back as they are.
 */
export function relabelError(error: unknown, call: string, what: string): unknown {
  if (!isWfkitError(error)) return error;
  // A copy with every own property (brand, code, status, body, headers, location, …).
  const copy: WfkitError = Object.create(
    Object.getPrototypeOf(error),
    Object.getOwnPropertyDescriptors(error),
  );
  const set = (key: string, value: unknown) =>
    Object.defineProperty(copy, key, { value, writable: true, configurable: true });
  set("message", `${call} failed: ${what}: ${error.message}`);
  set("cause", error);
  set("stack", `${copy.name}: ${copy.message}`);
  return copy;
}
