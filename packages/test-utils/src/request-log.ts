/**
 * `server.requests`: every request received, with its body kept up to a bounded size.
 */
import type { LimitedBody } from "./incoming.js";
import type { RecordRequestsOptions } from "./server-options.js";

/** A request the server received, for asserting on the wire. */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** The body text ("" when none), cut at `recordRequests.maxBodyBytes` (see `bodyTruncated`). */
  readonly body: string;
  /** Whether `body` holds only the start of a longer body. */
  readonly bodyTruncated: boolean;
  /** The size of the whole body in bytes (as far as it was read: past the body limit, reading stops). */
  readonly bodyBytes: number;
  readonly headers: Readonly<Record<string, string>>;
}

type MutableRequest = { -readonly [K in keyof ReceivedRequest]: ReceivedRequest[K] };

const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/** Creates the request log; `record: false` keeps nothing. */
export const createRequestLog = (record: boolean | RecordRequestsOptions | undefined) => {
  const enabled = record !== false;
  const keep = enabled
    ? ((typeof record === "object" ? record.maxBodyBytes : undefined) ?? DEFAULT_MAX_BODY_BYTES)
    : 0;
  const requests: ReceivedRequest[] = [];
  return {
    requests: requests as readonly ReceivedRequest[],
    /** Body bytes to keep per request. */
    keep,
    /** Records a request as it arrives; `body` fills in its body once read. */
    open(request: Request): { body(body: LimitedBody): void } {
      if (!enabled) return { body: () => undefined };
      const url = new URL(request.url);
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name] = value;
      });
      const entry: MutableRequest = {
        method: request.method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: "",
        bodyTruncated: false,
        bodyBytes: 0,
        headers,
      };
      requests.push(entry);
      return {
        body(body) {
          entry.body = body.head;
          entry.bodyTruncated = body.truncated;
          entry.bodyBytes = body.bytes;
        },
      };
    },
  };
};
