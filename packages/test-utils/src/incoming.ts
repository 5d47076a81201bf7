/**
 * A request as the fake's handlers see it: method, URL, headers, a signal that also fires when the
 * server closes, and the body already read under the body limit. Reading happens once, before
 * routing, counting bytes as they stream in: a body over the limit is never held in memory.
 */

/** A request whose body was read (`bodyText`), or refused as too large. */
export interface IncomingRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  /** Fires when the client goes away or the server closes. */
  readonly signal: AbortSignal;
  /** The body text ("" when none). */
  readonly bodyText: string;
  /** A streamed answer calls this when its body ends, errors or is cancelled. Idempotent. */
  readonly release: () => void;
}

/** What {@link readLimitedBody} read. */
export interface LimitedBody {
  /** The whole body as text, or `undefined` when it was over the limit. */
  text: string | undefined;
  /** How many bytes arrived (counting stops being exact past the limit: reading stops there). */
  bytes: number;
  /** The first `keep` bytes as text (for recording). */
  head: string;
  /** Whether `head` is shorter than the body. */
  truncated: boolean;
}

const concat = (chunks: Uint8Array[], size: number): Uint8Array => {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
};

/** How far past the limit a refused body is still drained (so a socket peer reads its 413). */
const DRAIN_BYTES = 64 * 1024 * 1024;

/**
 * Reads a request body, counting bytes as they arrive. Past `limit` it stops keeping bytes and
 * drains the rest, up to 64 MiB more (so a socket peer still gets its 413 answer), then cancels
 * the body; `text` is then `undefined`. Keeps the first `keep` bytes as `head` in every case.
 */
export const readLimitedBody = async (
  request: Request,
  limits: { limit: number; keep: number },
): Promise<LimitedBody> => {
  if (!request.body || request.method === "GET" || request.method === "HEAD")
    return { text: "", bytes: 0, head: "", truncated: false };
  const { limit, keep } = limits;
  const declared = Number(request.headers.get("content-length") ?? NaN);
  let over = Number.isFinite(declared) && declared > limit;
  const chunks: Uint8Array[] = [];
  const headChunks: Uint8Array[] = [];
  let bytes = 0;
  let headBytes = 0;
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (headBytes < keep) {
        const part = value.subarray(0, keep - headBytes);
        headChunks.push(part.slice());
        headBytes += part.byteLength;
      }
      bytes += value.byteLength;
      if (bytes > limit) over = true;
      if (!over) chunks.push(value);
      else chunks.length = 0;
      if (over && bytes > limit + DRAIN_BYTES) {
        await reader.cancel().catch(() => undefined);
        break;
      }
    }
  } finally {
    reader.releaseLock();
  }
  const decoder = new TextDecoder();
  // `stream: true` holds back a character cut by the `keep` boundary instead of garbling it.
  const head = decoder.decode(concat(headChunks, headBytes), { stream: bytes > headBytes });
  return {
    text: over
      ? undefined
      : bytes === headBytes
        ? head
        : new TextDecoder().decode(concat(chunks, bytes)),
    bytes,
    head,
    truncated: bytes > headBytes,
  };
};
