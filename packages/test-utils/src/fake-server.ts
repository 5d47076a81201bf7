/**
 * `createFakeServer`: a Mastra-compatible workflows server for tests, in process (a `fetch`
 * function, no socket) or over real HTTP on 127.0.0.1.
 */
import { createRealClock, createVirtualClock, type Clock } from "./clock.js";
import { createClockWatchdog } from "./clock-watchdog.js";
import { BackgroundErrorsError, FakeServerError } from "./errors.js";
import { createFaults, type Fault, type FaultFor, type InjectedFault } from "./faults.js";
import { createRequestHandler, type SpecViolation } from "./handler.js";
import { createV1RequestHandler } from "./handler-v1.js";
import { errorResponse } from "./http-common.js";
import { readLimitedBody, type IncomingRequest } from "./incoming.js";
import { createInflight } from "./inflight.js";
import { listen, type NodeListener } from "./node-adapter.js";
import { createRequestLog, type ReceivedRequest } from "./request-log.js";
import { createRuntime, type Runtime } from "./runtime.js";
import { sampleWorkflows } from "./sample-workflows.js";
import { createFakeClient } from "./fake-client.js";
import type { ClientOptions, MastraClient } from "@wfkit/client";
import type { RegistryOf } from "./workflow-registry.js";
import type { Workflow } from "./workflow.js";
import type {
  FakeServerOptions,
  FakeServerOptions0x,
  FakeServerOptions1x,
  ServerGeneration,
} from "./server-options.js";
import { createSpecValidator, type SpecValidator } from "./spec-validation.js";
import { spec1x } from "./generated/spec-1x.gen.js";
import type { FakeRun, FakeRunResult } from "./fake-run.js";
import { createV1Runs } from "./v1-runs.js";

/** Read access to the server's runs. */
export interface FakeRuns {
  /** The stored run, or `undefined`. */
  get(workflowKey: string, runId: string): FakeRun | undefined;
  /** Every stored run of a workflow. */
  list(workflowKey: string): FakeRun[];
  /**
   * Resolves with the result of the run's current (or last) execution, e.g. after a
   * fire-and-forget `start`; `undefined` when the run never started.
   */
  settled(workflowKey: string, runId: string): Promise<FakeRunResult | undefined>;
  /** How many 0.x watch connections (`GET …/watch`) listen to the run now. */
  watchers(workflowKey: string, runId: string): number;
}

/**
 * A running fake server of generation `G`. Dispose it with `await using` or `close()`; both throw a
 * `BackgroundErrorsError` when `backgroundErrors` is not empty (unless `allowBackgroundErrors`).
 */
export interface FakeServer<
  G extends ServerGeneration = ServerGeneration,
  R extends object = any,
> extends AsyncDisposable {
  /** The generation this server speaks. */
  readonly generation: G;
  /** Base URL without the API prefix: `http://127.0.0.1:<port>`, or `http://fake.mastra` in process. */
  readonly url: string;
  /** A `fetch` that reaches this server (in process, or over the socket with `listen: true`). */
  readonly fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /** The server clock: `await server.clock.advance(ms)` runs sleeps that fall due. */
  readonly clock: Clock;
  readonly runs: FakeRuns;
  /** Adds a fault at runtime (the watch faults only on 0.x). */
  inject(fault: FaultFor<G>): InjectedFault;
  /** Removes every fault. */
  clearFaults(): void;
  /**
   * A `MastraClient` on this server (its `url`, `fetch`, API prefix and generation, then `options`
   * over them), typed from the served workflows: `client().getWorkflow("key")` has the types
   * `wfkit typegen` would write for this server, and an unknown key does not compile.
   */
  client(options?: ClientOptions): MastraClient<R>;
  /** Responses that did not match the spec (with `validateResponses: true`). */
  readonly violations: readonly SpecViolation[];
  /**
   * Errors of work that failed after its request was answered: fire-and-forget calls that real
   * Mastra leaves unhandled (e.g. `resume` of a run that is not suspended), and crashes of the
   * engine (e.g. input nested too deep to copy). The fake never dies of them.
   */
  readonly backgroundErrors: readonly Error[];
  /** Every request received, in order (bodies cut at `recordRequests.maxBodyBytes`). */
  readonly requests: readonly ReceivedRequest[];
  /**
   * Stops the server and cuts open streams.
   * @throws BackgroundErrorsError when `backgroundErrors` is not empty, unless the server was
   * created with `allowBackgroundErrors: true` (the server is closed either way).
   */
  close(): Promise<void>;
}

/** The workflows a fake server serves, by registration key. */
type FakeWorkflows = { readonly [key: string]: Workflow<any, any, any> };
type SampleWorkflows = typeof sampleWorkflows;

const IN_PROCESS_ORIGIN = "http://fake.mastra";

/** How Mastra 1.x records a step error: `{ message, name }`, no stack. */
const toErrorObject = (error: unknown): { message: string; name: string } =>
  error instanceof Error
    ? { message: error.message, name: error.name }
    : { message: String(error), name: "Error" };

/** Validators are stateless and costly to compile: every server shares one. */
let sharedValidator: SpecValidator | undefined;
let sharedValidator1x: SpecValidator | undefined;

const DEFAULT_BODY_LIMIT = 4.5 * 1024 * 1024;
const DEFAULT_STREAM_BUFFER = 16 * 1024 * 1024;

const checkSize = (name: string, value: number | undefined): void => {
  if (value === undefined) return;
  if (typeof value !== "number" || Number.isNaN(value) || value < 0)
    throw new FakeServerError(`${name} must be a number >= 0, got ${String(value)}.`, {
      code: "invalid_option",
    });
};

/**
 * Starts a fake Mastra server: 0.x by default, 1.x with `generation: "1.x"`.
 *
 * @example
 * await using server = await createFakeServer({ workflows: { testWorkflow: cityWorkflow } });
 * const client = new MastraClient({ baseUrl: server.url, fetch: server.fetch });
 */
export function createFakeServer<W extends FakeWorkflows = SampleWorkflows>(
  options: FakeServerOptions1x & { workflows?: W },
): Promise<FakeServer<"1.x", RegistryOf<W>>>;
export function createFakeServer<W extends FakeWorkflows = SampleWorkflows>(
  options?: FakeServerOptions0x & { workflows?: W },
): Promise<FakeServer<"0.x", RegistryOf<W>>>;
export function createFakeServer(options?: FakeServerOptions): Promise<FakeServer>;
export async function createFakeServer(options: FakeServerOptions = {}): Promise<FakeServer> {
  const clock =
    typeof options.clock === "object"
      ? options.clock
      : options.clock === "real"
        ? createRealClock()
        : createVirtualClock(options.startTime);
  const generation = options.generation ?? "0.x";
  if (generation !== "0.x" && generation !== "1.x") {
    throw new FakeServerError(
      `generation must be "0.x" or "1.x", got ${JSON.stringify(generation)}.`,
      { code: "invalid_option" },
    );
  }
  checkSize("bodyLimit", options.bodyLimit);
  checkSize("maxStreamBufferBytes", options.maxStreamBufferBytes);
  const violations: SpecViolation[] = [];
  const backgroundErrors: Error[] = [];
  const log = createRequestLog(options.recordRequests);
  const faults = createFaults(options.faults as readonly Fault[] | undefined);
  const workflows = options.workflows ?? sampleWorkflows;
  const watchdog = createClockWatchdog(clock);
  const onBackgroundError = (error: Error) => backgroundErrors.push(error);
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const common = {
    clock,
    faults,
    watchdog,
    apiPrefix: options.apiPrefix ?? "/api",
    timeoutMs: options.timeoutMs,
    maxStreamBufferBytes: options.maxStreamBufferBytes ?? DEFAULT_STREAM_BUFFER,
  };
  let runtime: Runtime;
  let handle: (request: IncomingRequest) => Promise<Response>;
  if (options.generation === "1.x") {
    const runs = createV1Runs(workflows);
    runtime = createRuntime({
      workflows,
      clock,
      compat: "0.14",
      onBackgroundError,
      onActivity: watchdog.bump,
      formatError: toErrorObject,
      keepCreatedAt: true,
      storeKey: "workflow",
      keepSuspendedWhileRunning: true,
      keepHistory: false,
      observer: runs.observer,
    });
    handle = createV1RequestHandler({
      ...common,
      runtime,
      runs,
      workflows,
      strict: options.strict ?? false,
      validateResponses: options.validateResponses ?? false,
      validator: (sharedValidator1x ??= createSpecValidator(spec1x, "workflows-1.x")),
      violations,
    });
  } else {
    const mode = options.mode ?? "mastra";
    runtime = createRuntime({
      workflows,
      clock,
      compat: options.compat ?? "0.10",
      onBackgroundError,
      onActivity: watchdog.bump,
      keepHistory: mode === "sane",
    });
    handle = createRequestHandler({
      ...common,
      runtime,
      mode,
      strict: options.strict ?? false,
      validateResponses: options.validateResponses ?? false,
      validator: (sharedValidator ??= createSpecValidator()),
      violations,
    });
  }

  const inflight = createInflight();
  const serve = async (request: Request): Promise<Response> => {
    watchdog.bump();
    const logged = log.open(request);
    const call = inflight.begin(request.signal);
    try {
      const body = await readLimitedBody(request, { limit: bodyLimit, keep: log.keep });
      logged.body(body);
      if (body.text === undefined) {
        call.end();
        return errorResponse(413, "Request body too large");
      }
      const incoming: IncomingRequest = {
        method: request.method,
        url: request.url,
        headers: request.headers,
        signal: call.signal,
        bodyText: body.text,
        release: call.end,
      };
      return inflight.settle(await handle(incoming), call);
    } catch (error) {
      call.end();
      throw error;
    }
  };

  let listener: NodeListener | undefined;
  if (options.listen)
    listener = await listen(serve, { host: options.host ?? "127.0.0.1", port: options.port ?? 0 });
  const url = listener?.origin ?? IN_PROCESS_ORIGIN;
  let closed = false;
  let reported = false;

  const fetchImpl = async (
    input: Request | string | URL,
    init?: RequestInit,
  ): Promise<Response> => {
    const request =
      input instanceof Request && init === undefined
        ? input
        : new Request(typeof input === "string" ? new URL(input, url) : input, init);
    if (listener) return globalThis.fetch(request);
    if (closed) throw new TypeError("fetch failed: the fake server is closed");
    return serve(request);
  };

  const close = async () => {
    if (!closed) {
      closed = true;
      inflight.abortAll(new DOMException("The fake server closed", "AbortError"));
      await listener?.close();
    }
    if (backgroundErrors.length > 0 && !options.allowBackgroundErrors && !reported) {
      reported = true;
      throw new BackgroundErrorsError(backgroundErrors);
    }
  };

  return {
    generation,
    url,
    fetch: fetchImpl,
    clock,
    runs: {
      get: (key, runId) => runtime.find(key, runId),
      list: (key) => runtime.runs(key),
      watchers: (key, runId) => runtime.watchers(key, runId),
      settled: async (key, runId) => {
        const run = runtime.find(key, runId);
        if (!run?.execution) return undefined;
        let execution: Promise<FakeRunResult> | undefined;
        // A resume may replace the execution while we wait: follow it.
        while (execution !== run.execution) {
          execution = run.execution;
          await execution;
        }
        return execution;
      },
    },
    inject: (fault) => faults.add(fault as Fault),
    clearFaults: () => faults.clear(),
    client: (clientOptions) =>
      createFakeClient(
        { generation, url, fetch: fetchImpl, apiPrefix: common.apiPrefix },
        clientOptions,
      ),
    violations,
    backgroundErrors,
    requests: log.requests,
    close,
    [Symbol.asyncDispose]: close,
  };
}
