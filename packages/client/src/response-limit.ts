import { ResponseTooLargeError } from "./errors.js";

/** The default `maxResponseBytes`: 64 MiB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/**
 * Reads `response`'s whole body, but never more than `maxBytes` of it. The limit applies to the
 * bytes the runtime hands out, which are already decoded, so a small gzip body that inflates past
 * the limit is cut as soon as it does. A declared `Content-Length` over the limit fails before
 * anything is read.
 *
 * @param label - `METHOD /path` for the message (built when it is needed).
 * @throws `ResponseTooLargeError` past the limit (the connection is cancelled).
 */
export async function readLimitedBody(
  response: Response,
  maxBytes: number,
  label: () => string,
): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = (what: string) =>
    new ResponseTooLargeError(
      `${label()} answered with ${what}, over \`maxResponseBytes\` (${maxBytes}). Raise the option if the answer is legitimately that large.`,
      { status: response.status, headers: response.headers },
    );
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  const known = Number.isFinite(declared) && !response.headers.has("content-encoding");
  if (known && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(`a body of ${declared} bytes`);
  }
  if (!response.body) return new Uint8Array(0);
  if (known) {
    // The length is known and within the limit: read the body in one go (the common small JSON
    // answer). The check after it catches a body longer than declared (a hand-made Response).
    const body = new Uint8Array(await response.arrayBuffer());
    if (body.byteLength > maxBytes) throw tooLarge(`more than ${maxBytes} bytes`);
    return body;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(`more than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
