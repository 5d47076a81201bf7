/**
 * `createFakeServer`: a Mastra-compatible workflows server for tests, in process (a `fetch`
 * function, no socket) or over real HTTP on 127.0.0.1.
 */
import { createRealClock, createVirtualClock, type Clock } from "./clock.js";
import type { EngineResult } from "./engine.js";
import { createFaults, type Fault, type InjectedFault } from "./faults.js";
import { createRequestHandler, type ServerMode, type SpecViolation } from "./handler.js";
import { createV1RequestHandler } from "./handler-v1.js";
import { listen, type NodeListener } from "./node-adapter.js";
import { FakeServerError } from "./errors.js";
import { createRuntime, type MastraCompat, type Runtime, type StoredRun } from "./runtime.js";
import { sampleWorkflows } from "./sample-workflows.js";
import { createSpecValidator, type SpecValidator } from "./spec-validation.js";
import { createV1Runs } from "./v1-runs.js";
import type { Workflow } from "./workflow.js";

/**
 * Which Mastra server generation the fake speaks: `"0.x"` (Mastra 0.10–0.24: `/watch`,
 * double-encoded watch records, `runtimeContext`, error stacks) or `"1.x"` (Mastra 1.x:
 * `/stream`, `/resume-stream` and `/observe` with single-encoded records, `requestContext`,
 * `{ message, name }` errors, input and resume data validated against the schemas).
 */
export type ServerGeneration = "0.x" | "1.x";

/** Options of {@link createFakeServer}. */
export interface FakeServerOptions {
  /**
   * The server generation to reproduce. With `"1.x"`, `mode`, `strict`, `validateResponses`,
   * `compat` and the watch faults do not apply: they concern 0.x routes and
   * `openapi/workflows.yaml`, which describes the 0.x wire only.
   * @defaultValue "0.x"
   */
  generation?: ServerGeneration;
  /**
   * Workflows keyed by registration key (the `workflowId` of every route).
   * @defaultValue the sample workflows: `{ testWorkflow, failingWorkflow, pipelineWorkflow }`
   */
  workflows?: Record<string, Workflow>;
  /** Listen on a real socket instead of serving in process. @defaultValue false */
  listen?: boolean;
  /** Port to listen on (with `listen: true`). @defaultValue 0 (a free port) */
  port?: number;
  /** Host to listen on. @defaultValue "127.0.0.1" */
  host?: string;
  /** Path prefix of the API routes. @defaultValue "/api" */
  apiPrefix?: string;
  /**
   * `'mastra'` reproduces real Mastra's quirks. `'sane'` makes a watch replay the run's records
   * so far, close at once for a finished run, and answer 404 for an unknown run.
   * @defaultValue "mastra"
   */
  mode?: ServerMode;
  /** Validate every request against the spec and answer 400 `{ error }` when it does not match. @defaultValue false */
  strict?: boolean;
  /**
   * Validate every JSON response and every watch record against the spec. A mismatch is recorded
   * in `server.violations` and answered as a 500 (or errors the watch body).
   * @defaultValue false
   */
  validateResponses?: boolean;
  /** Faults active from the start (see {@link Fault}). */
  faults?: readonly Fault[];
  /**
   * The time source: `"virtual"` (moves only with `server.clock.advance()`), `"real"`, or a clock.
   * @defaultValue "virtual"
   */
  clock?: "virtual" | "real" | Clock;
  /** Start time of the virtual clock, epoch ms. @defaultValue Date.now() */
  startTime?: number;
  /** Body limit of create-run, start-async and resume-async, in bytes. @defaultValue 4718592 (4.5 MB) */
  bodyLimit?: number;
  /** Answer 504 `Gateway Timeout` after this long (server clock). @defaultValue no timeout */
  timeoutMs?: number;
  /**
   * Whose error messages to use where Mastra releases differ (wrong resume step: 0.10 says
   * `This workflow step was not suspended`, 0.14 names the step and the suspended ones).
   * @defaultValue "0.10"
   */
  compat?: MastraCompat;
}

/** A request the server received, for asserting on the wire. */
export interface ReceivedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** The body text ("" when none). */
  body: string;
  headers: Record<string, string>;
}

/** Read access to the server's runs. */
export interface FakeRuns {
  /** The stored run, or `undefined`. */
  get(workflowKey: string, runId: string): StoredRun | undefined;
  /** Every stored run of a workflow. */
  list(workflowKey: string): StoredRun[];
  /**
   * Resolves with the result of the run's current (or last) execution, e.g. after a
   * fire-and-forget `start`; `undefined` when the run never started.
   */
  settled(workflowKey: string, runId: string): Promise<EngineResult | undefined>;
}

/** A running fake server. Dispose it with `await using` or `close()`. */
export interface FakeServer extends AsyncDisposable {
  /** Base URL without the API prefix: `http://127.0.0.1:<port>`, or `http://fake.mastra` in process. */
  readonly url: string;
  /** A `fetch` that reaches this server (in process, or over the socket with `listen: true`). */
  readonly fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /** The server clock: `await server.clock.advance(ms)` runs sleeps that fall due. */
  readonly clock: Clock;
  readonly runs: FakeRuns;
  /** Adds a fault at runtime. */
  inject(fault: Fault): InjectedFault;
  /** Removes every fault. */
  clearFaults(): void;
  /** Responses that did not match the spec (with `validateResponses: true`). */
  readonly violations: readonly SpecViolation[];
  /** Errors of fire-and-forget calls that real Mastra leaves unhandled (e.g. `resume` of a run that is not suspended). */
  readonly backgroundErrors: readonly Error[];
  /** Every request received, in order. */
  readonly requests: readonly ReceivedRequest[];
  /** Stops the server and cuts open streams. */
  close(): Promise<void>;
}

const IN_PROCESS_ORIGIN = "http://fake.mastra";

/** How Mastra 1.x records a step error: `{ message, name }`, no stack. */
const toErrorObject = (error: unknown): { message: string; name: string } =>
  error instanceof Error
    ? { message: error.message, name: error.name }
    : { message: String(error), name: "Error" };

/** Validators are stateless and costly to compile: every server shares one. */
let sharedValidator: SpecValidator | undefined;

/**
 * Starts a fake Mastra server.
 *
 * @example
 * await using server = await createFakeServer({ workflows: { testWorkflow: cityWorkflow } });
 * const client = new MastraClient({ baseUrl: server.url, fetch: server.fetch });
 */
export const createFakeServer = async (options: FakeServerOptions = {}): Promise<FakeServer> => {
  const clock =
    typeof options.clock === "object"
      ? options.clock
      : options.clock === "real"
        ? createRealClock()
        : createVirtualClock(options.startTime);
  const violations: SpecViolation[] = [];
  const backgroundErrors: Error[] = [];
  const requests: ReceivedRequest[] = [];
  const faults = createFaults(options.faults);
  const workflows = options.workflows ?? sampleWorkflows;
  const generation = options.generation ?? "0.x";
  if (generation !== "0.x" && generation !== "1.x") {
    throw new FakeServerError(
      `generation must be "0.x" or "1.x", got ${JSON.stringify(generation)}.`,
      { code: "invalid-option" },
    );
  }
  const onBackgroundError = (error: Error) => backgroundErrors.push(error);
  const common = {
    clock,
    faults,
    apiPrefix: options.apiPrefix ?? "/api",
    bodyLimit: options.bodyLimit ?? 4.5 * 1024 * 1024,
    timeoutMs: options.timeoutMs,
  };
  let runtime: Runtime;
  let handle: (request: Request) => Promise<Response>;
  if (generation === "1.x") {
    const runs = createV1Runs(workflows);
    runtime = createRuntime({
      workflows,
      clock,
      compat: "0.14",
      onBackgroundError,
      formatError: toErrorObject,
      keepCreatedAt: true,
      storeKey: "workflow",
      keepSuspendedWhileRunning: true,
      observer: runs.observer,
    });
    handle = createV1RequestHandler({ ...common, runtime, runs, workflows });
  } else {
    runtime = createRuntime({
      workflows,
      clock,
      compat: options.compat ?? "0.10",
      onBackgroundError,
    });
    handle = createRequestHandler({
      ...common,
      runtime,
      mode: options.mode ?? "mastra",
      strict: options.strict ?? false,
      validateResponses: options.validateResponses ?? false,
      validator: (sharedValidator ??= createSpecValidator()),
      violations,
    });
  }

  const closing = new AbortController();
  const recorded = async (request: Request): Promise<Request> => {
    const url = new URL(request.url);
    const body =
      request.method === "GET" || request.method === "HEAD" || !request.body
        ? ""
        : await request.clone().text();
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    requests.push({
      method: request.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      headers,
    });
    return request;
  };
  const serve = async (request: Request): Promise<Response> =>
    handle(
      new Request(await recorded(request), {
        signal: AbortSignal.any([request.signal, closing.signal]),
      }),
    );

  let listener: NodeListener | undefined;
  if (options.listen)
    listener = await listen(serve, { host: options.host ?? "127.0.0.1", port: options.port ?? 0 });
  const url = listener?.origin ?? IN_PROCESS_ORIGIN;
  let closed = false;

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
    if (closed) return;
    closed = true;
    closing.abort(new DOMException("The fake server closed", "AbortError"));
    await listener?.close();
  };

  return {
    url,
    fetch: fetchImpl,
    clock,
    runs: {
      get: (key, runId) => runtime.find(key, runId),
      list: (key) => runtime.runs(key),
      settled: async (key, runId) => {
        const run = runtime.find(key, runId);
        if (!run?.execution) return undefined;
        let execution: Promise<EngineResult> | undefined;
        // A resume may replace the execution while we wait: follow it.
        while (execution !== run.execution) {
          execution = run.execution;
          await execution;
        }
        return execution;
      },
    },
    inject: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    violations,
    backgroundErrors,
    requests,
    close,
    [Symbol.asyncDispose]: close,
  };
};
