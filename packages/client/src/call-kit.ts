import {
  createFinalURL,
  createQuerySerializer,
  defaultPathSerializer,
  type FetchResponse,
  type MaybeOptionalInit,
} from "openapi-fetch";
import { InvalidResponseError, isNotFoundError } from "./errors.js";
import {
  describeOperation,
  operationLabel,
  type AnyOperation,
  type OperationInfo,
} from "./operations.js";
import {
  anySignal,
  send,
  utf8,
  type Answer,
  type CallOptions,
  type TransportConfig,
} from "./transport.js";

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

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields => typeof value === "object" && value !== null;

/** The `params` of a call's typed options (already checked against the operation's types). */
function paramsOf(init: object): { path?: Fields; query?: Fields } {
  const params = "params" in init && isFields(init.params) ? init.params : {};
  return {
    ...(isFields(params.path) ? { path: params.path } : {}),
    ...(isFields(params.query) ? { query: params.query } : {}),
  };
}

/** openapi-fetch's default query style: arrays exploded (`a=1&a=2`), objects as deep objects. */
const querySerializer = createQuerySerializer();

/**
 * openapi-fetch's `defaultPathSerializer`, with each URL template cut once (per client) at its
 * `{name}` placeholders instead of matched and replaced on every call. Anything but a plain
 * `{name}` filled with a string or number (styles, arrays, objects) goes to openapi-fetch's own.
 */
const createPathSerializer = () => {
  /** Literals at even indexes, names at odd ones; `undefined` for a template left to openapi-fetch. */
  const templates = new Map<string, string[] | undefined>();
  return (url: string, params: Fields): string => fillPath(templates, url, params);
};

function fillPath(templates: Map<string, string[] | undefined>, url: string, params: Fields) {
  let parts = templates.get(url);
  if (!templates.has(url)) {
    parts = url.split(/\{([^{}]+)\}/);
    if (parts.some((part, i) => i % 2 === 1 && /^[.;]|\*$/.test(part))) parts = undefined;
    templates.set(url, parts);
  }
  if (parts === undefined) return defaultPathSerializer(url, params);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = params[name];
    if (value === undefined || value === null) out += `{${name}}`;
    else if (typeof value !== "string" && typeof value !== "number") {
      return defaultPathSerializer(url, params);
    } else out += encodeURIComponent(value);
    out += parts[i + 1]!;
  }
  return out;
}

/**
 * The helpers every protocol implementation calls through. A call names its operation (a key of
 * `table`) once: the operation's declaration gives the method, the path, the label in messages and
 * the retry policy; openapi-fetch's serializers build the URL from the typed params (the body is
 * JSON); the transport (`transport.ts`) sends it and reads the answer.
 */
export function createCallKit<Paths extends {}, Table extends Record<string, AnyOperation>>(
  config: ProtocolConfig,
  table: Table,
) {
  const pathSerializer = createPathSerializer();
  /** Builds the URL and body, then hands them to the transport. */
  async function call(
    operation: OperationInfo,
    options: CallOptions,
    init: object,
  ): Promise<{ answer: Answer; label: () => string }> {
    const url = createFinalURL(operation.path, {
      baseUrl: config.apiUrl,
      params: paramsOf(init),
      querySerializer,
      pathSerializer,
    });
    const body = "body" in init && init.body !== undefined ? JSON.stringify(init.body) : undefined;
    const method = operation.method.toUpperCase();
    const answer = await send(config.transport, { url, method, body, operation, call: options });
    return { answer, label: () => operationLabel(operation, url) };
  }

  return {
    /** Runs operation `name` and insists on a JSON body. */
    async json<N extends keyof Table & string>(
      name: N,
      options: CallOptions,
      init: NoInfer<InitOf<Paths, Table[N]>>,
    ): Promise<DataOf<Paths, Table[N]>> {
      const { answer, label } = await call(describeOperation(name, table[name]!), options, init);
      const data = parseJson(answer, label);
      if (data === undefined || data === null) {
        throw new InvalidResponseError(`${label()} answered with an empty body; expected JSON.`);
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
      const { answer } = await call(
        describeOperation(name, table[name]!),
        withSignal(options, signal),
        init,
      );
      return answer.response.body ?? emptyStream();
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

/** The parsed JSON of a read answer; `undefined` for an empty body (a 204, a zero length). */
function parseJson({ bytes }: Answer, label: () => string): unknown {
  if (bytes === undefined || bytes.byteLength === 0) return undefined;
  const text = utf8.decode(bytes);
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidResponseError(
      `${label()} answered with invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

/** The call's options with `signal` merged into its own signal. */
function withSignal(call: CallOptions, signal: AbortSignal): CallOptions {
  return { ...call, signal: call.signal ? anySignal([call.signal, signal]) : signal };
}

function emptyStream(): ReadableStream<Uint8Array> {
  return new ReadableStream({ start: (controller) => controller.close() });
}
