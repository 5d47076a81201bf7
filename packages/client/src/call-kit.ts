import { InvalidResponseError, isNotFoundError } from "./errors.js";
import {
  anySignal,
  runCall,
  type AttemptResult,
  type CallOptions,
  type TransportConfig,
} from "./transport.js";

/** What every protocol needs to talk to a server. */
export interface ProtocolConfig {
  /** The origin plus the API prefix, without a trailing slash, e.g. `http://localhost:4111/api`. */
  apiUrl: string;
  fetch: ((request: Request) => Promise<Response>) | undefined;
  transport: TransportConfig;
}

/** One attempt of a call, given its signal and headers: an openapi-fetch request. */
export type Attempt<T> = (init: {
  signal: AbortSignal;
  headers: Headers;
}) => Promise<AttemptResult<T>>;

/**
 * The helpers every protocol implementation calls through: labels for messages, JSON calls that
 * insist on a body, stream calls, and signal merging for watch connections.
 */
export function createCallKit(config: ProtocolConfig) {
  const prefix = new URL(config.apiUrl).pathname.replace(/\/$/, "");
  return {
    /** `METHOD /api/path` for messages. */
    label: (method: string, path: string) => `${method} ${prefix}${path}`,

    /** Runs a call and insists on a JSON body. */
    async json<T>(
      label: string,
      idempotent: boolean,
      call: CallOptions,
      attempt: Attempt<T>,
    ): Promise<NonNullable<T>> {
      const { data } = await runCall(config.transport, { label, idempotent }, call, attempt);
      if (data === undefined || data === null) {
        throw new InvalidResponseError(`${label} answered with an empty body; expected JSON.`);
      }
      return data as NonNullable<T>;
    },

    /** Runs a streaming call (a watch connection); an empty body is an empty stream. */
    async stream(
      label: string,
      call: CallOptions,
      signal: AbortSignal,
      attempt: Attempt<unknown>,
    ): Promise<ReadableStream<Uint8Array>> {
      const { data } = await runCall(
        config.transport,
        { label, idempotent: true },
        withSignal(call, signal),
        attempt,
      );
      return (data as ReadableStream<Uint8Array> | null | undefined) ?? emptyStream();
    },

    /** `read`'s answer, or `undefined` when the server says 404 (an unknown run). */
    async unlessNotFound<T>(read: () => Promise<T>): Promise<T | undefined> {
      try {
        return await read();
      } catch (error) {
        if (isNotFoundError(error)) return undefined;
        throw error;
      }
    },

    withSignal,
  };
}

/** The call's options with `signal` merged into its own signal. */
function withSignal(call: CallOptions, signal: AbortSignal): CallOptions {
  return { ...call, signal: call.signal ? anySignal([call.signal, signal]) : signal };
}

function emptyStream(): ReadableStream<Uint8Array> {
  return new ReadableStream({ start: (controller) => controller.close() });
}
