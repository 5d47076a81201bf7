import { createDetectingProtocol, type ProtocolOption, type ServerProtocol } from "./detect.js";
import { InvalidArgumentError } from "./errors.js";
import type { WorkflowsProtocol } from "./protocol.js";
import { createV0Protocol } from "./protocol-v0.js";
import { createLazyProtocol, lazySource, once } from "./lazy.js";
import {
  DEFAULT_TIMEOUT_MS,
  createTransportConfig,
  normaliseBaseUrl,
  normalisePrefix,
} from "./options.js";
import type { WorkflowList } from "./schema.js";
import type { CallOptions } from "./transport.js";
import type { MastraWorkflowLike, WorkflowTypesOf } from "./mastra-inference.js";
import type { RegistryEntryOf, WorkflowKey, WorkflowRegistry } from "./registry.js";
import type { ClientOptions, WorkflowTypes } from "./types.js";
import { toGeneration, toProtocol, type ServerGeneration } from "./generation.js";
import { Workflow } from "./workflow.js";
import type { WorkflowEnv } from "./workflow-env.js";
import { createOpeningWatches } from "./watch-opening.js";

/** The server every client talks to unless told otherwise: Mastra's default port. */
export const DEFAULT_BASE_URL = "http://localhost:4111";
/** The default API path prefix. */
export const DEFAULT_API_PREFIX = "/api";
export { DEFAULT_TIMEOUT_MS };

/**
 * The client for a Mastra-compatible Workflows API.
 *
 * @example
 * ```ts
 * const client = new MastraClient(); // http://localhost:4111
 * const workflow = client.getWorkflow("testWorkflow");
 * const { runId } = await workflow.createRun();
 * const result = await workflow.startAsync({ runId, inputData: { city: "New York" } });
 * ```
 */
export class MastraClient<R extends object = WorkflowRegistry> {
  /** The origin the client talks to, without a trailing slash. */
  readonly baseUrl: string;
  /** The API prefix, normalised to start with `/` and have no trailing slash. */
  readonly apiPrefix: string;
  readonly #protocol: WorkflowsProtocol;
  readonly #detect: (call: CallOptions) => Promise<ServerProtocol>;
  readonly #env: WorkflowEnv;

  /**
   * @throws `InvalidArgumentError` before any request for an option it cannot use: a `baseUrl` that
   * is not an absolute http(s) URL (or has credentials, a query, a fragment or `..` segments), an
   * `apiPrefix` that is not a plain path, a `protocol` other than `"auto"`, `"v0"` and `"v1"`, a
   * numeric option that is not a usable number, invalid headers, a `fetch` that is not a function.
   */
  constructor(options: ClientOptions = {}) {
    if (typeof options !== "object" || options === null) {
      throw new InvalidArgumentError("MastraClient options must be an object.");
    }
    this.baseUrl = normaliseBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
    this.apiPrefix = normalisePrefix(options.apiPrefix ?? DEFAULT_API_PREFIX);
    const transport = createTransportConfig(options);
    const config = { apiUrl: this.baseUrl + this.apiPrefix, transport };
    this.#env = {
      newRunId,
      signal: transport.signal,
      timeoutMs: transport.timeoutMs,
      clock: transport.clock,
      watches: createOpeningWatches(),
    };
    const protocol = protocolOption(options);
    const { log, clock } = transport;
    const logged = <P extends WorkflowsProtocol>(p: P): P => {
      if (!log) return p;
      // Only a client with `debug` logs its watches: that code loads with its first watch.
      const withLogs = once(async () =>
        (await import("./on-demand.js")).withWatchLogging(p, log, clock),
      );
      return {
        ...p,
        watchSource: (workflowId, runId, call) =>
          lazySource(async () => (await withLogs()).watchSource(workflowId, runId, call)),
      };
    };
    // The 1.x protocol is its own chunk, loaded on the first call a 1.x server answers.
    const v1 = () =>
      createLazyProtocol(async () => (await import("./on-demand.js")).createV1Protocol(config));
    if (protocol === "auto") {
      const detecting = createDetectingProtocol({
        v0: createV0Protocol(config),
        v1: v1(),
      });
      this.#protocol = logged(detecting);
      this.#detect = detecting.detect;
    } else if (protocol === "v0" || protocol === "v1") {
      this.#protocol = logged(protocol === "v0" ? createV0Protocol(config) : v1());
      this.#detect = async () => protocol;
    } else {
      throw new InvalidArgumentError(
        `protocol must be "auto", "v0" or "v1", got ${JSON.stringify(protocol)}.`,
      );
    }
  }

  /**
   * The server generation this client speaks: `"0.x"` (Mastra 0.10–0.24) or `"1.x"` (Mastra
   * 1.x). With `generation: "auto"` this detects it if no call has yet (one `GET /workflows`).
   *
   * @example
   * ```ts
   * if ((await client.serverGeneration()) === "1.x") console.log("Mastra 1.x");
   * ```
   * @throws The detection request's error (`ConnectionError`, `ApiError`, …); it is tried again
   * on the next call.
   */
  async serverGeneration(options: CallOptions = {}): Promise<ServerGeneration> {
    return toGeneration(await this.#detect(options));
  }

  /**
   * The server generation by its old name: `"v0"` or `"v1"`.
   * @deprecated Use {@link MastraClient.serverGeneration}.
   */
  serverProtocol(options: CallOptions = {}): Promise<ServerProtocol> {
    return this.#detect(options);
  }

  /**
   * Every registered workflow, keyed by its registration key (which may differ from its `name`).
   *
   * @example
   * ```ts
   * const workflows = await client.getWorkflows();
   * for (const [key, info] of Object.entries(workflows)) console.log(key, info.name);
   * ```
   */
  getWorkflows(options: CallOptions = {}): Promise<WorkflowList> {
    return this.#protocol.listWorkflows(options);
  }

  /**
   * A handle on one workflow, by registration key. No request is sent until you call a method.
   * Once `WorkflowRegistry` has entries (see `wfkit typegen`), the key must be one of them and the
   * workflow is typed from its entry; while it is empty, any key is accepted, untyped.
   *
   * @throws `InvalidArgumentError` for an empty key.
   */
  getWorkflow<K extends WorkflowKey<R>>(workflowId: K): Workflow<RegistryEntryOf<R, K>>;
  /**
   * A handle on one workflow typed by the generic `W`: hand-written types, `typeof` a Mastra
   * workflow (`MastraWorkflowTypes`), or `UntypedWorkflow` for a key the registry does not list.
   *
   * @typeParam W - the workflow's input, result and step types, checked at compile time.
   * @throws `InvalidArgumentError` for an empty key.
   */
  getWorkflow<W extends WorkflowTypes | MastraWorkflowLike = never>(
    workflowId: [W] extends [never] ? never : string,
  ): Workflow<WorkflowTypesOf<W>>;
  getWorkflow(workflowId: string): Workflow<any> {
    return new Workflow(workflowId, this.#protocol, this.#env);
  }
}

/** The protocol to speak, from `generation` (or the deprecated `protocol`; not both). */
function protocolOption(options: ClientOptions): ProtocolOption {
  const { generation, protocol } = options;
  if (generation !== undefined && protocol !== undefined) {
    throw new InvalidArgumentError(
      "Give `generation` or its deprecated alias `protocol`, not both.",
    );
  }
  if (generation === undefined) return protocol ?? "auto";
  if (generation === "auto") return "auto";
  if (generation === "0.x" || generation === "1.x") return toProtocol(generation);
  throw new InvalidArgumentError(
    `generation must be "auto", "0.x" or "1.x", got ${JSON.stringify(generation)}.`,
  );
}

/** A v4 UUID, also where `crypto.randomUUID` is missing (insecure browser contexts). */
export function newRunId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === "function") return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
