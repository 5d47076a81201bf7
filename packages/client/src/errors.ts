import { WatchAbortError } from "@wfkit/watch";

/** Every error code a {@link WfkitError} can carry. */
export type WfkitErrorCode =
  | "invalid_argument"
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "rate_limited"
  | "server_error"
  | "http_error"
  | "invalid_response"
  | "connection_error"
  | "timeout"
  | "aborted"
  | "unsupported_by_server";

/** Options shared by the error constructors. */
export interface WfkitErrorOptions {
  cause?: unknown;
  status?: number;
  body?: string;
  headers?: Headers;
}

/**
 * The base class of every error `@wfkit/client` throws. Branch on `code` (a string literal) or use the
 * `is*` guards; `instanceof` works too.
 *
 * @example
 * ```ts
 * try { await workflow.details(); } catch (err) {
 *   if (isNotFoundError(err)) console.log("no such workflow:", err.body);
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
  }
}

/** Bad input caught before any request was sent (a missing `runId`, a non-serialisable body, …). */
export class InvalidArgumentError extends WfkitError {
  override readonly name = "InvalidArgumentError";
  constructor(message: string, options?: WfkitErrorOptions) {
    super("invalid_argument", message, options);
  }
}

/** The server answered with a non-2xx status. Subclasses narrow it by status family. */
export class ApiError extends WfkitError {
  override readonly name: string = "ApiError";
  declare readonly status: number;
}

/** 400: the server rejected the request. */
export class BadRequestError extends ApiError {
  override readonly name = "BadRequestError";
}
/** 401: authentication is required or failed. */
export class AuthenticationError extends ApiError {
  override readonly name = "AuthenticationError";
}
/** 403: the caller may not do this. */
export class PermissionDeniedError extends ApiError {
  override readonly name = "PermissionDeniedError";
}
/** 404: the workflow, the run or the route does not exist. */
export class NotFoundError extends ApiError {
  override readonly name = "NotFoundError";
}
/** 409: the request conflicts with the run's state. */
export class ConflictError extends ApiError {
  override readonly name = "ConflictError";
}
/** 413: the request body is over the server's limit. */
export class PayloadTooLargeError extends ApiError {
  override readonly name = "PayloadTooLargeError";
}
/** 429: too many requests. */
export class RateLimitError extends ApiError {
  override readonly name = "RateLimitError";
}
/** 5xx: the server failed (Mastra also answers 500 for engine errors such as resuming a finished run). */
export class ServerError extends ApiError {
  override readonly name = "ServerError";
}

/** A 2xx response whose body is not what the API promises (for example, invalid JSON). */
export class InvalidResponseError extends WfkitError {
  override readonly name = "InvalidResponseError";
  constructor(message: string, options?: WfkitErrorOptions) {
    super("invalid_response", message, options);
  }
}

/** The request never got an answer: DNS failure, refused or reset connection, CORS, offline. */
export class ConnectionError extends WfkitError {
  override readonly name = "ConnectionError";
  constructor(message: string, options?: WfkitErrorOptions) {
    super("connection_error", message, options);
  }
}

/** The request took longer than `timeoutMs`. */
export class TimeoutError extends WfkitError {
  override readonly name = "TimeoutError";
  constructor(message: string, options?: WfkitErrorOptions) {
    super("timeout", message, options);
  }
}

/** The caller's `signal` aborted the call (also while waiting to retry). */
export class AbortError extends WfkitError {
  override readonly name = "AbortError";
  constructor(message = "The request was aborted by its signal.", options?: WfkitErrorOptions) {
    super("aborted", message, options);
  }
}

/** The server's generation does not offer this call. */
export class UnsupportedByServerError extends WfkitError {
  override readonly name = "UnsupportedByServerError";
  constructor(message: string, options?: WfkitErrorOptions) {
    super("unsupported_by_server", message, options);
  }
}

const statusClasses: ReadonlyArray<
  [test: (status: number) => boolean, code: WfkitErrorCode, ctor: typeof ApiError]
> = [
  [(s) => s === 400, "bad_request", BadRequestError],
  [(s) => s === 401, "unauthorized", AuthenticationError],
  [(s) => s === 403, "forbidden", PermissionDeniedError],
  [(s) => s === 404, "not_found", NotFoundError],
  [(s) => s === 409, "conflict", ConflictError],
  [(s) => s === 413, "payload_too_large", PayloadTooLargeError],
  [(s) => s === 429, "rate_limited", RateLimitError],
  [(s) => s >= 500, "server_error", ServerError],
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

/**
 * Builds the typed error for a non-2xx response.
 *
 * @param request - what was called, e.g. `POST /api/workflows/x/start-async`
 */
export function createApiError(request: string, response: Response, body: unknown): ApiError {
  const status = response.status;
  const text = errorText(body);
  const match = statusClasses.find(([test]) => test(status));
  const code = match?.[1] ?? "http_error";
  const Ctor = match?.[2] ?? ApiError;
  const message = `${request} failed with ${status}${text ? `: ${text.split("\n")[0]}` : ""}`;
  return new Ctor(code, message, {
    status,
    ...(text === undefined ? {} : { body: text }),
    headers: response.headers,
  });
}

const guard =
  <T extends WfkitError>(Ctor: abstract new (...args: never[]) => T) =>
  (error: unknown): error is T =>
    error instanceof Ctor;

/** True for every error thrown by `@wfkit/client`. */
export const isWfkitError = guard(WfkitError);
/** True for any non-2xx answer from the server. */
export const isApiError = guard(ApiError);
/** True for bad input caught before sending. */
export const isInvalidArgumentError = guard(InvalidArgumentError);
/** True for 400 answers. */
export const isBadRequestError = guard(BadRequestError);
/** True for 404 answers. */
export const isNotFoundError = guard(NotFoundError);
/** True for 409 answers. */
export const isConflictError = guard(ConflictError);
/** True for 413 answers. */
export const isPayloadTooLargeError = guard(PayloadTooLargeError);
/** True for 429 answers. */
export const isRateLimitError = guard(RateLimitError);
/** True for 5xx answers. */
export const isServerError = guard(ServerError);
/** True when the server could not be reached. */
export const isConnectionError = guard(ConnectionError);
/** True when `timeoutMs` ran out. */
export const isTimeoutError = guard(TimeoutError);
/** True when the caller aborted: a call (`AbortError`) or a watch (`WatchAbortError`). */
export const isAbortError = (error: unknown): error is AbortError | WatchAbortError =>
  error instanceof AbortError || error instanceof WatchAbortError;
/** True when the server's generation lacks the call. */
export const isUnsupportedByServerError = guard(UnsupportedByServerError);
