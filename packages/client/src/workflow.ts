import {
  watch as watchRun,
  watchRecords as watchRunRecords,
  type WatchHandle,
  type WatchIterator,
  type WatchOptions,
  type WatchRecord,
} from "@wfkit/watch";
import { lazyAllRuns, type AllRunsOptions, type RunsPageFetcher } from "./all-runs-lazy.js";
import { InvalidResponseError } from "./errors.js";
import { requireObject, requireRunShape, toAcknowledgement, toCreatedRun } from "./normalize.js";
import type { ResumeRequest, WorkflowsProtocol } from "./protocol.js";
import { resumeRequest } from "./resume-request.js";
import type { ResumeDataRequirement, StepResultsOf, WatchStepsOf } from "./registry.js";
import type { WorkflowInfo, WorkflowRun, WorkflowRuns } from "./schema.js";
import type { CallOptions } from "./transport.js";
import type {
  Acknowledgement,
  ExecutionResult,
  InputOf,
  ResultOf,
  ResumeDataOf,
  ResumeParams,
  ResumeStepOf,
  StartParams,
  UntypedWorkflow,
  WorkflowResult,
  WorkflowTypes,
} from "./types.js";
import { requireId, requireJson, requireParams, requireRunsFilter } from "./validate.js";
import { normalizeRecord, normalizeRecords, watchOptionsFor } from "./watch-normalize.js";
import { createOpeningWatches, type OpeningWatches } from "./watch-opening.js";
import { checkWatchOptions } from "./watch-options.js";
import type { WorkflowEnv } from "./workflow-env.js";
import { createWorkflowKey, type WorkflowKey } from "./workflow-key.js";
import { RunHandle } from "./run-handle.js";
import { WorkflowSurfaceMethods } from "./workflow-surface-methods.js";
import { startRequest } from "./start-request.js";
import { toRunsFilter } from "./workflow-surface.js";
import type { RunsFilter1x, StartOptions1x } from "./workflow-surface.js";

/** What `startAsync` and `resumeAsync` of a workflow typed `W` resolve to. */
export type ResultFor<W extends WorkflowTypes> = WorkflowResult<
  ResultOf<W>,
  InputOf<W>,
  StepResultsOf<W>
>;

/** The protocol's calls on one run, as {@link Workflow} sends them (`#sendForRun`). */
type PerRunCalls = {
  [N in "getRun" | "getExecutionResult" | "cancelRun"]: (
    ...args: Parameters<WorkflowsProtocol["getRun"]>
  ) => Promise<Awaited<ReturnType<WorkflowsProtocol[N]>>>;
};

/** Options of `workflow.watch` and `workflow.watchRecords`, besides the run. */
export type WorkflowWatchOptions = Omit<WatchOptions, "runId">;

/**
 * One workflow on the server, by its registration key. Get it with `client.getWorkflow(key)`.
 * Every method also takes per-call options `{ signal, timeoutMs, headers }`.
 *
 * @typeParam W - the workflow's input, result and resume types; see {@link WorkflowTypes}.
 */
export class Workflow<W extends WorkflowTypes = UntypedWorkflow> extends WorkflowSurfaceMethods<W> {
  /** The registration key this workflow is addressed by. */
  readonly workflowId: string;
  readonly #protocol: WorkflowsProtocol;
  readonly #env: WorkflowEnv;
  readonly #watches: OpeningWatches;
  readonly #key: WorkflowKey;

  /** @internal Use `client.getWorkflow(key)`. */
  constructor(workflowId: string, protocol: WorkflowsProtocol, env: WorkflowEnv) {
    super(workflowId, protocol.surface, env.newRunId);
    this.workflowId = requireId(workflowId, "workflowId", "getWorkflow");
    this.#protocol = protocol;
    this.#env = env;
    this.#watches = env.watches ?? createOpeningWatches();
    this.#key = createWorkflowKey(protocol, this.workflowId);
  }

  /** @internal */
  protected watchesSettled(runId: string): Promise<void> {
    return this.#watches.settled(`${this.workflowId}|${runId}`);
  }

  /**
   * The workflow's description: steps, step graph and schemas (JSON Schema, as strings).
   * @throws `NotFoundError` when no workflow is registered under this key.
   */
  async details(options: CallOptions = {}): Promise<WorkflowInfo> {
    const info = await this.#key.send((key) => this.#protocol.getWorkflow(key, options), options);
    return requireObject(info, `details(${this.workflowId})`) as WorkflowInfo;
  }

  /**
   * Creates a run, or returns the given one again: `createRun({ runId })` is idempotent. Without a
   * `runId`, wfkit generates a UUID first, so a retried request can never create two runs. The
   * answer is `{ runId }` plus the run's methods (`run.start(…)`, `run.stream(…)`, see
   * {@link RunHandle}); it still serialises as `{ runId }`.
   */
  async createRun(
    params: { runId?: string } = {},
    options: CallOptions = {},
  ): Promise<RunHandle<W>> {
    requireParams(params, "createRun", "{ runId }");
    const runId =
      params.runId === undefined
        ? this.#env.newRunId()
        : requireId(params.runId, "runId", "createRun");
    const created = await this.#key.send(
      (key) => this.#protocol.createRun(key, runId, options),
      options,
    );
    return new RunHandle(this, toCreatedRun(created, "createRun").runId);
  }

  /**
   * Starts a created run and returns at once (fire-and-forget). Follow it with `watch` or
   * `runById`. Never retried once the server may have received it.
   * @throws `NotFoundError` when the run was not created first.
   */
  async start(
    params: StartParams<InputOf<W>> & StartOptions1x,
    options: CallOptions = {},
  ): Promise<Acknowledgement> {
    requireParams(params, "start", "{ runId, inputData }");
    const request = startRequest(params, "start");
    await this.#watches.settled(`${this.workflowId}|${request.runId}`);
    return toAcknowledgement(
      await this.#key.send((key) => this.#protocol.start(key, request, options), options),
      "start",
    );
  }

  /**
   * Starts a run and waits until it succeeds, fails or suspends. Without `runId` wfkit sends a new
   * id it made (as `createRun` does), so a retry never makes a second run. The result's `runId`
   * names the run either way, for `resume` or `runById`.
   *
   * @example
   * ```ts
   * const result = await workflow.startAsync({ inputData: { city: "New York" } });
   * if (result.status === "suspended") {
   *   await workflow.resumeAsync({ runId: result.runId, step: "approval", resumeData: { approved: true } });
   * }
   * ```
   */
  async startAsync(
    params: Omit<StartParams<InputOf<W>>, "runId"> & { runId?: string } & StartOptions1x,
    options: CallOptions = {},
  ): Promise<ResultFor<W>> {
    requireParams(params, "startAsync", "{ inputData }");
    const request = startRequest(
      { ...params, runId: params.runId ?? this.#env.newRunId() },
      "startAsync",
    );
    await this.#watches.settled(`${this.workflowId}|${request.runId}`);
    const result = await this.#key.send(
      (key) => this.#protocol.startAsync(key, request, options),
      options,
    );
    return { ...result, runId: request.runId } as ResultFor<W>;
  }

  /**
   * Resumes a suspended step and returns at once (fire-and-forget). Unlike the upstream 0.10
   * client, this resolves to the server's `{ message }`, not a raw `Response`.
   *
   * First it reads the run's state (one GET; `preflight: false` skips it): a run still running is
   * waited for up to its next stop, then it must be suspended and `step` one of its suspended
   * steps. Without `step`, the only suspended step is resumed.
   * @throws `RunNotSuspendedError`, `StepNotSuspendedError` or `StepAmbiguousError` before
   * anything is sent; with `preflight: false` and no `step`, `InvalidArgumentError` on 0.x servers.
   */
  async resume<S extends ResumeStepOf<W>>(
    params: ResumeParams<S, ResumeDataOf<W, S>> & ResumeDataRequirement<ResumeDataOf<W, S>>,
    options: CallOptions = {},
  ): Promise<Acknowledgement> {
    const ack = await this.#key.send(async (key) => {
      const request = await this.#resumeRequest(params, "resume", { call: options, key });
      return this.#protocol.resume(key, request, options);
    }, options);
    return toAcknowledgement(ack, "resume");
  }

  /**
   * Resumes a suspended step and waits until the run succeeds, fails or suspends again. The same
   * preflight as {@link Workflow.resume} runs first.
   */
  async resumeAsync<S extends ResumeStepOf<W>>(
    params: ResumeParams<S, ResumeDataOf<W, S>> & ResumeDataRequirement<ResumeDataOf<W, S>>,
    options: CallOptions = {},
  ): Promise<ResultFor<W>> {
    const result = await this.#key.send(async (key) => {
      const request = await this.#resumeRequest(params, "resumeAsync", { call: options, key });
      return this.#protocol.resumeAsync(key, request, options);
    }, options);
    return { ...result, runId: params.runId } as ResultFor<W>;
  }

  #resumeRequest(
    params: ResumeParams<string, unknown>,
    method: string,
    { call, key }: { call: CallOptions; key: string },
  ): Promise<ResumeRequest> {
    return resumeRequest(params, method, {
      call,
      key,
      protocol: this.#protocol,
      settled: (runId) => this.#watches.settled(`${this.workflowId}|${runId}`),
      timeoutMs: this.#env.timeoutMs,
      clock: this.#env.clock,
    });
  }

  /**
   * Watches a run, calling `onRecord` for each record. Resolves once the server has accepted the
   * watch (so it is safe to `await` before `start()`), with a handle whose `done` settles when the
   * watch ends. Unlike upstream Mastra it never hangs on a finished run, reconnects after a dropped
   * connection, and with `follow: true` keeps going across suspend and resume.
   *
   * @example
   * ```ts
   * const handle = await workflow.watch({ runId }, (record) => console.log(record.payload.workflowState.status));
   * await workflow.start({ runId, inputData: { city: "New York" } });
   * await handle.done;
   * ```
   */
  watch(
    params: { runId: string } & WorkflowWatchOptions,
    onRecord: (record: WatchRecord<WatchStepsOf<W>>) => void | Promise<void>,
    options: CallOptions = {},
  ): Promise<WatchHandle> {
    const handle = (async () => {
      const runId = requireId(params?.runId, "runId", "watch");
      checkWatchOptions(params, "watch");
      return watchRun<WatchStepsOf<W>>(
        this.#watchSource(runId, options),
        watchOptionsFor({ ...params, runId }, options, this.#env),
        (record) => onRecord(normalizeRecord(record)),
      );
    })();
    // The documented call is not awaited: a failure must not become an unhandled rejection.
    handle.catch(() => {});
    if (typeof params?.runId === "string") {
      this.#watches.track(`${this.workflowId}|${params.runId}`, handle);
    }
    return handle;
  }

  /**
   * The run's records as an async iterator. It connects at once: `await records.ready` before
   * starting the run and no record is missed. With `follow: true` it lasts until the run succeeds,
   * fails or is canceled, across any number of suspensions.
   *
   * @example
   * ```ts
   * const records = workflow.watchRecords({ runId, follow: true });
   * await records.ready;
   * await workflow.start({ runId, inputData });
   * for await (const record of records) {
   *   console.log(record.payload.currentStep?.id, record.payload.workflowState.status);
   * }
   * ```
   */
  watchRecords(
    params: { runId: string } & WorkflowWatchOptions,
    options: CallOptions = {},
  ): WatchIterator<WatchStepsOf<W>> {
    const runId = requireId(params?.runId, "runId", "watchRecords");
    checkWatchOptions(params, "watchRecords");
    const records = watchRunRecords<WatchStepsOf<W>>(
      this.#watchSource(runId, options),
      watchOptionsFor({ ...params, runId }, options, this.#env),
    );
    this.#watches.track(`${this.workflowId}|${runId}`, records.ready);
    // normalizeRecords changes only the run's error, so the step types stand.
    return normalizeRecords(records) as WatchIterator<WatchStepsOf<W>>;
  }

  /** The run's watch source, its run-state lookups sharing the client's lookup slots. */
  #watchSource(runId: string, options: CallOptions) {
    return this.#watches.queueLookups(this.#protocol.watchSource(this.workflowId, runId, options));
  }

  /** The protocol's per-run call `name` for the (checked) `runId`, sent under the workflow's key. */
  #sendForRun<N extends keyof PerRunCalls>(name: N, runId: string, options: CallOptions) {
    const calls: PerRunCalls = this.#protocol;
    return this.#key.send((key) => calls[name](key, runId, options), options);
  }

  /** The workflow's runs, newest first, with optional date, resource and paging filters. */
  async runs(filter: RunsFilter1x = {}, options: CallOptions = {}): Promise<WorkflowRuns> {
    const checked = requireRunsFilter(toRunsFilter(filter), "runs");
    const page = await this.#key.send(
      (key) => this.#protocol.listRuns(key, checked, options),
      options,
    );
    if (!Array.isArray(requireObject(page, "runs").runs)) {
      throw new InvalidResponseError("runs: the server answered without a `runs` array.");
    }
    return page;
  }

  /** Every matching run, newest first, fetched page by page with {@link Workflow.runs} (see `createAllRuns`). */
  allRuns(options: AllRunsOptions = {}): AsyncIterable<WorkflowRun> {
    const fetchPage: RunsPageFetcher = (filter, call) => this.runs(filter, call);
    return { [Symbol.asyncIterator]: () => lazyAllRuns(fetchPage, options) }; // loads on demand
  }

  /** One run with its stored snapshot. @throws `NotFoundError` for an unknown run. */
  async runById(runId: string, options: CallOptions = {}): Promise<WorkflowRun> {
    const id = requireId(runId, "runId", "runById");
    return requireRunShape(await this.#sendForRun("getRun", id, options), "runById");
  }

  /** The run's current status, steps, input and result or error, at any stage. */
  async runExecutionResult(
    runId: string,
    options: CallOptions = {},
  ): Promise<ExecutionResult<ResultOf<W>, InputOf<W>, StepResultsOf<W>>> {
    const id = requireId(runId, "runId", "runExecutionResult");
    const result = await this.#sendForRun("getExecutionResult", id, options);
    return { ...result, runId: id } as ExecutionResult<ResultOf<W>, InputOf<W>, StepResultsOf<W>>;
  }

  /** Cancels a run. */
  async cancelRun(runId: string, options: CallOptions = {}): Promise<Acknowledgement> {
    const id = requireId(runId, "runId", "cancelRun");
    return toAcknowledgement(await this.#sendForRun("cancelRun", id, options), "cancelRun");
  }

  /** Sends an event to a run that waits for one. */
  async sendRunEvent(
    params: { runId: string; event: string; data?: unknown },
    options: CallOptions = {},
  ): Promise<Acknowledgement> {
    const runId = requireId(params?.runId, "runId", "sendRunEvent");
    const event = requireId(params.event, "event", "sendRunEvent");
    requireJson(params.data, "data", "sendRunEvent");
    const request = { runId, event, data: params.data ?? {} };
    const ack = await this.#key.send(
      (key) => this.#protocol.sendRunEvent(key, request, options),
      options,
    );
    return toAcknowledgement(ack, "sendRunEvent");
  }
}
