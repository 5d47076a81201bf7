/**
 * Streaming UTF-8 decoding, chunk by chunk, with the same output as
 * `new TextDecoder().decode(chunk, { stream: true })`, but faster: a chunk is decoded in one
 * non-streaming call up to its last complete character, and only a character cut by the chunk
 * boundary (at most 3 bytes) is carried over. Non-streaming decodes take the runtime's fast path;
 * streaming ones are several times slower per call on Node 20.
 */
export interface Utf8Chunks {
  /** Decodes one chunk; a character cut at its end is held for the next chunk. */
  decode(chunk: Uint8Array): string;
  /** Flushes at end of input: held bytes of an unfinished character become U+FFFD. */
  end(): string;
}

/** Bytes of the sequence a lead byte starts; 1 for ASCII and for bytes that cannot lead. */
const sequenceLength = (byte: number): number => {
  if (byte < 0xc2) return 1;
  if (byte < 0xe0) return 2;
  if (byte < 0xf0) return 3;
  if (byte < 0xf5) return 4;
  return 1;
};

const isContinuation = (byte: number): boolean => (byte & 0xc0) === 0x80;

/**
 * Where the character cut by the end of `bytes` starts (`bytes.length` when none is): the last
 * lead byte within the final 3 bytes (not before `from`) whose sequence runs past the end.
 */
const cutPoint = (bytes: Uint8Array, from: number): number => {
  const end = bytes.length;
  const stop = Math.max(from, end - 3);
  for (let i = end - 1; i >= stop; i--) {
    const byte = bytes[i]!;
    if (isContinuation(byte)) continue;
    return end - i < sequenceLength(byte) ? i : end;
  }
  return end;
};

const concat = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
};

/**
 * Creates a streaming UTF-8 decoder (replacement mode, like `TextDecoder`'s default: invalid
 * bytes become U+FFFD, a byte order mark at the start of the stream is dropped).
 *
 * Splitting the input at a point where a streaming decoder holds no pending bytes does not change
 * its output; the carried bytes are decoded together with the continuation bytes that finish (or
 * break) their character, after which no byte is pending either.
 */
export function createUtf8Chunks(): Utf8Chunks {
  const text = new TextDecoder("utf-8", { ignoreBOM: true });
  /** Bytes of a character cut by a chunk boundary (a lead byte and up to 2 continuations). */
  let carry: Uint8Array | undefined;
  let first = true;

  const out = (decoded: string): string => {
    if (!first || decoded === "") return decoded;
    first = false;
    return decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  };

  return {
    decode(chunk) {
      let prefix = "";
      let start = 0;
      if (carry !== undefined) {
        const need = sequenceLength(carry[0]!);
        while (start < chunk.length && carry.length + start < need && isContinuation(chunk[start]!))
          start++;
        if (carry.length + start < need && start === chunk.length) {
          // The chunk ended inside the same character: keep holding it.
          carry = concat(carry, chunk);
          return "";
        }
        prefix = text.decode(concat(carry, chunk.subarray(0, start)));
        carry = undefined;
      }
      const cut = cutPoint(chunk, start);
      if (cut < chunk.length) carry = chunk.slice(cut);
      if (start === cut) return out(prefix);
      const body = text.decode(
        start === 0 && cut === chunk.length ? chunk : chunk.subarray(start, cut),
      );
      return out(prefix === "" ? body : prefix + body);
    },
    end() {
      if (carry === undefined) return "";
      const rest = text.decode(carry);
      carry = undefined;
      return out(rest);
    },
  };
}
