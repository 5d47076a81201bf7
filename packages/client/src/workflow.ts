import {
  watch as watchRun,
  watchRecords as watchRunRecords,
  type WatchHandle,
  type WatchIterator,
  type WatchOptions,
  type WatchRecord,
} from "@wfkit/watch";
import { InvalidResponseError } from "./errors.js";
import { requireObject, requireRunShape, toAcknowledgement, toCreatedRun } from "./normalize.js";
import type { ResumeRequest, StartRequest, WorkflowsProtocol } from "./protocol.js";
import { preflightResume } from "./resume-preflight.js";
import type { WorkflowInfo, WorkflowRun, WorkflowRuns } from "./schema.js";
import { anySignal, type CallOptions } from "./transport.js";
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
import {
  requireId,
  requireJson,
  requireParams,
  requireRunsFilter,
  requireStep,
  contextOf,
} from "./validate.js";
import { normalizeRecord, normalizeRecords, watchOptionsFor } from "./watch-normalize.js";
import { createOpeningWatches, type OpeningWatches } from "./watch-opening.js";
import { checkWatchOptions } from "./watch-options.js";
import type { WorkflowEnv } from "./workflow-env.js";
import { RunHandle } from "./run-handle.js";
import { WorkflowSurfaceMethods } from "./workflow-surface-methods.js";
import { startOptions1x, toRunsFilter } from "./workflow-surface.js";
import type { RunsFilter1x, StartOptions1x } from "./workflow-surface.js";

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

  /** @internal Use `client.getWorkflow(key)`. */
  constructor(workflowId: string, protocol: WorkflowsProtocol, env: WorkflowEnv) {
    super(workflowId, protocol.surface, env.newRunId);
    this.workflowId = requireId(workflowId, "workflowId", "getWorkflow");
    this.#protocol = protocol;
    this.#env = env;
    this.#watches = env.watches ?? createOpeningWatches();
  }

  /**
   * The workflow's description: steps, step graph and schemas (JSON Schema, as strings).
   * @throws `NotFoundError` when no workflow is registered under this key.
   */
  async details(options: CallOptions = {}): Promise<WorkflowInfo> {
    const info = await this.#protocol.getWorkflow(this.workflowId, options);
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
    const created = await this.#protocol.createRun(this.workflowId, runId, options);
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
    const request = this.#startRequest(params, "start");
    await this.#watches.settled(`${this.workflowId}|${request.runId}`);
    return toAcknowledgement(
      await this.#protocol.start(this.workflowId, request, options),
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
  ): Promise<WorkflowResult<ResultOf<W>, InputOf<W>>> {
    requireParams(params, "startAsync", "{ inputData }");
    const request = this.#startRequest(
      { ...params, runId: params.runId ?? this.#env.newRunId() },
      "startAsync",
    );
    await this.#watches.settled(`${this.workflowId}|${request.runId}`);
    const result = await this.#protocol.startAsync(this.workflowId, request, options);
    return { ...result, runId: request.runId } as WorkflowResult<ResultOf<W>, InputOf<W>>;
  }

  #startRequest(params: StartParams<unknown>, method: string): StartRequest & { runId: string } {
    const runId = requireId(params.runId, "runId", method);
    requireJson(params.inputData, "inputData", method);
    const runtimeContext = contextOf(params, method);
    const options1x = startOptions1x(params, method);
    return { runId, inputData: params.inputData, runtimeContext, options1x };
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
    params: ResumeParams<S, ResumeDataOf<W, S>>,
    options: CallOptions = {},
  ): Promise<Acknowledgement> {
    const request = await this.#resumeRequest(params, "resume", options);
    return toAcknowledgement(
      await this.#protocol.resume(this.workflowId, request, options),
      "resume",
    );
  }

  /**
   * Resumes a suspended step and waits until the run succeeds, fails or suspends again. The same
   * preflight as {@link Workflow.resume} runs first.
   */
  async resumeAsync<S extends ResumeStepOf<W>>(
    params: ResumeParams<S, ResumeDataOf<W, S>>,
    options: CallOptions = {},
  ): Promise<WorkflowResult<ResultOf<W>, InputOf<W>>> {
    const request = await this.#resumeRequest(params, "resumeAsync", options);
    const result = await this.#protocol.resumeAsync(this.workflowId, request, options);
    return { ...result, runId: request.runId } as WorkflowResult<ResultOf<W>, InputOf<W>>;
  }

  async #resumeRequest(
    params: ResumeParams<string, unknown>,
    method: string,
    call: CallOptions,
  ): Promise<ResumeRequest> {
    requireParams(params, method, '{ runId, step: "approval", resumeData }');
    const runId = requireId(params.runId, "runId", method);
    const given = params.step === undefined ? undefined : requireStep(params.step, method);
    requireJson(params.resumeData, "resumeData", method);
    const runtimeContext = contextOf(params, method);
    await this.#watches.settled(`${this.workflowId}|${runId}`);
    let step: string | readonly string[] | undefined = given;
    if (params.preflight !== false) {
      const path = await preflightResume(
        this.#protocol,
        {
          workflowId: this.workflowId,
          runId,
          step: typeof given === "string" ? [given] : given,
          method,
          timeoutMs: call.timeoutMs ?? this.#env.timeoutMs ?? 300_000,
        },
        this.#callOptions(call),
      );
      step = given ?? (path.length === 1 ? path[0]! : path);
    }
    return { runId, step, resumeData: params.resumeData, runtimeContext };
  }

  /** The call's options with the client-wide signal merged in. */
  #callOptions(call: CallOptions): CallOptions {
    const signals = [call.signal, this.#env.signal].filter((s) => s !== undefined);
    return signals.length < 2 ? call : { ...call, signal: anySignal(signals) };
  }

  /** The watch's options: every signal that may end it (the option's, the call's, the client's). */
  #watchOptions(
    params: { runId: string } & WorkflowWatchOptions,
    runId: string,
    call: CallOptions,
  ): WatchOptions {
    return watchOptionsFor({ ...params, runId }, [call.signal, this.#env.signal]);
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
    onRecord: (record: WatchRecord) => void | Promise<void>,
    options: CallOptions = {},
  ): Promise<WatchHandle> {
    const handle = (async () => {
      const runId = requireId(params?.runId, "runId", "watch");
      checkWatchOptions(params, "watch");
      return watchRun(
        this.#protocol.watchSource(this.workflowId, runId, options),
        this.#watchOptions(params, runId, options),
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
  ): WatchIterator {
    const runId = requireId(params?.runId, "runId", "watchRecords");
    checkWatchOptions(params, "watchRecords");
    const records = watchRunRecords(
      this.#protocol.watchSource(this.workflowId, runId, options),
      this.#watchOptions(params, runId, options),
    );
    this.#watches.track(`${this.workflowId}|${runId}`, records.ready);
    return normalizeRecords(records);
  }

  /** The workflow's runs, newest first, with optional date, resource and paging filters. */
  async runs(filter: RunsFilter1x = {}, options: CallOptions = {}): Promise<WorkflowRuns> {
    const page = await this.#protocol.listRuns(
      this.workflowId,
      requireRunsFilter(toRunsFilter(filter), "runs"),
      options,
    );
    if (!Array.isArray(requireObject(page, "runs").runs)) {
      throw new InvalidResponseError("runs: the server answered without a `runs` array.");
    }
    return page;
  }

  /**
   * One run with its stored snapshot.
   * @throws `NotFoundError` for an unknown run.
   */
  async runById(runId: string, options: CallOptions = {}): Promise<WorkflowRun> {
    const id = requireId(runId, "runId", "runById");
    return requireRunShape(await this.#protocol.getRun(this.workflowId, id, options), "runById");
  }

  /** The run's current status, steps, input and result or error, at any stage. */
  async runExecutionResult(
    runId: string,
    options: CallOptions = {},
  ): Promise<ExecutionResult<ResultOf<W>, InputOf<W>>> {
    const id = requireId(runId, "runId", "runExecutionResult");
    const result = await this.#protocol.getExecutionResult(this.workflowId, id, options);
    return { ...result, runId: id } as ExecutionResult<ResultOf<W>, InputOf<W>>;
  }

  /** Cancels a run. */
  async cancelRun(runId: string, options: CallOptions = {}): Promise<Acknowledgement> {
    const id = requireId(runId, "runId", "cancelRun");
    return toAcknowledgement(
      await this.#protocol.cancelRun(this.workflowId, id, options),
      "cancelRun",
    );
  }

  /** Sends an event to a run that waits for one. */
  async sendRunEvent(
    params: { runId: string; event: string; data?: unknown },
    options: CallOptions = {},
  ): Promise<Acknowledgement> {
    const runId = requireId(params?.runId, "runId", "sendRunEvent");
    const event = requireId(params.event, "event", "sendRunEvent");
    requireJson(params.data, "data", "sendRunEvent");
    const ack = await this.#protocol.sendRunEvent(
      this.workflowId,
      { runId, event, data: params.data ?? {} },
      options,
    );
    return toAcknowledgement(ack, "sendRunEvent");
  }
}
