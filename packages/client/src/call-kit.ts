import createClient, { type FetchResponse, type MaybeOptionalInit } from "openapi-fetch";
import { InvalidResponseError, isNotFoundError } from "./errors.js";
import {
  describeOperation,
  operationLabel,
  type AnyOperation,
  type OperationInfo,
} from "./operations.js";
import { anySignal, send, type CallOptions, type TransportConfig } from "./transport.js";

/** What every protocol needs to talk to a server. */
export interface ProtocolConfig {
  /** The origin plus the API prefix, without a trailing slash, e.g. `http://localhost:4111/api`. */
  apiUrl: string;
  transport: TransportConfig;
}

type Method<O> = O extends { method: infer M extends "get" | "post" | "delete" } ? M : never;
type PathOf<O> = O extends { path: infer P extends string } ? P : never;
type OpSpec<Paths, O> =
  PathOf<O> extends keyof Paths
    ? Method<O> extends keyof Paths[PathOf<O>]
      ? Paths[PathOf<O>][Method<O>]
      : never
    : never;

/** The request options (params, body) of operation `O` of `Paths`, as openapi-fetch types them. */
type PathItem<Paths, O> = Paths[PathOf<O> & keyof Paths];
export type InitOf<Paths, O> = Omit<
  NonNullable<MaybeOptionalInit<PathItem<Paths, O>, Method<O> & keyof PathItem<Paths, O>>>,
  "signal" | "headers" | "fetch" | "parseAs"
>;

/** The parsed JSON answer of operation `O` of `Paths`. */
export type DataOf<Paths, O> = NonNullable<
  FetchResponse<OpSpec<Paths, O> & Record<string | number, any>, object, "application/json">["data"]
>;

/**
 * The helpers every protocol implementation calls through. A call names its operation (a key of
 * `table`) once: the operation's declaration gives the method, the path, the label in messages and
 * the retry policy; openapi-fetch builds the request from the typed params and body; the transport
 * (`transport.ts`) sends it.
 */
export function createCallKit<Paths extends {}, Table extends Record<string, AnyOperation>>(
  config: ProtocolConfig,
  table: Table,
) {
  const api = createClient<Paths>({ baseUrl: config.apiUrl });
  // The operation is only known by name here, so the typed `request` is called untyped; the
  // params and body were already checked against the operation's types by `json`/`stream`.
  const request = (method: string, path: string, init: object): Promise<{ data?: unknown }> =>
    Reflect.apply(api.request, api, [method, path, init]);

  /** Builds the request with openapi-fetch, then hands it to the transport. */
  async function call(
    operation: OperationInfo,
    options: CallOptions,
    init: object,
    parseAs: "json" | "stream",
  ): Promise<{ data: unknown; label: string }> {
    let label = `${operation.method} ${operation.path}`;
    const fetch = (built: Request) => {
      label = operationLabel(operation, built.url);
      return send(config.transport, { request: built, operation, call: options });
    };
    try {
      const { data } = await request(operation.method.toLowerCase(), operation.path, {
        ...init,
        parseAs,
        fetch,
      });
      return { data, label };
    } catch (error) {
      if (error instanceof SyntaxError) {
        throw new InvalidResponseError(`${label} answered with invalid JSON: ${error.message}`, {
          cause: error,
        });
      }
      throw error;
    }
  }

  return {
    /** Runs operation `name` and insists on a JSON body. */
    async json<N extends keyof Table & string>(
      name: N,
      options: CallOptions,
      init: NoInfer<InitOf<Paths, Table[N]>>,
    ): Promise<DataOf<Paths, Table[N]>> {
      const operation = describeOperation(name, table[name]!);
      const { data, label } = await call(operation, options, init, "json");
      if (data === undefined || data === null) {
        throw new InvalidResponseError(`${label} answered with an empty body; expected JSON.`);
      }
      return data as DataOf<Paths, Table[N]>;
    },

    /** Opens stream operation `name` (a watch connection); an empty body is an empty stream. */
    async stream<N extends keyof Table & string>(
      name: N,
      options: CallOptions,
      signal: AbortSignal,
      init: NoInfer<InitOf<Paths, Table[N]>>,
    ): Promise<ReadableStream<Uint8Array>> {
      const operation = describeOperation(name, table[name]!);
      const { data } = await call(operation, withSignal(options, signal), init, "stream");
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
