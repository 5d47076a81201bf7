import {
  watch as watchRun,
  watchRecords as watchRunRecords,
  type WatchHandle,
  type WatchIterator,
  type WatchOptions,
  type WatchRecord,
} from "@wfkit/watch";
import type { WorkflowsProtocol } from "./protocol.js";
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
  RunsFilter,
  StartParams,
  UntypedWorkflow,
  WorkflowResult,
  WorkflowTypes,
} from "./types.js";
import { isApiError } from "./errors.js";
import { isRetryableStatus } from "./retry.js";
import { requireId, requireJson, requireStep } from "./validate.js";
import { toRunsFilter } from "./workflow-surface.js";
import { checkWatchOptions } from "./watch-options.js";
import { RunHandle } from "./run-handle.js";
import {
  createWorkflowSurface,
  hasStartOptions1x,
  type RunsFilter1x,
  type StartOptions1x,
} from "./workflow-surface.js";
import { WorkflowSurfaceMethods } from "./workflow-surface-methods.js";

/** A watch connection refused with a 4xx (other than 408/429) will be refused again. */
const reconnectable = (error: unknown): boolean =>
  !isApiError(error) || isRetryableStatus(error.status);

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
  readonly #newRunId: () => string;

  /** @internal Use `client.getWorkflow(key)`. */
  constructor(workflowId: string, protocol: WorkflowsProtocol, newRunId: () => string) {
    super(
      createWorkflowSurface({
        workflowId: requireId(workflowId, "workflowId", "getWorkflow"),
        surface: protocol.surface,
        newRunId,
      }),
    );
    this.workflowId = workflowId;
    this.#protocol = protocol;
    this.#newRunId = newRunId;
  }

  /**
   * The workflow's description: steps, step graph and schemas (JSON Schema, as strings).
   * @throws `NotFoundError` when no workflow is registered under this key.
   */
  async details(options: CallOptions = {}): Promise<WorkflowInfo> {
    return this.#protocol.getWorkflow(this.workflowId, options);
  }

  /**
   * Creates a run, or returns the given one again: `createRun({ runId })` is idempotent. Without a
   * `runId`, wfkit generates a UUID first, so a retried request can never create two runs.
   *
   * @example
   * ```ts
   * const { runId } = await workflow.createRun();
   * ```
   */
  async createRun(
    params: { runId?: string } = {},
    options: CallOptions = {},
  ): Promise<RunHandle<W>> {
    const runId =
      params.runId === undefined ? this.#newRunId() : requireId(params.runId, "runId", "createRun");
    const created = await this.#protocol.createRun(this.workflowId, runId, options);
    return new RunHandle(this, created.runId);
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
    if (params && hasStartOptions1x(params)) return this.surfaceCalls.start(params, options);
    const runId = requireId(params?.runId, "runId", "start");
    requireJson(params.inputData, "inputData", "start");
    requireJson(params.runtimeContext, "runtimeContext", "start");
    return this.#protocol.start(
      this.workflowId,
      { runId, inputData: params.inputData, runtimeContext: params.runtimeContext },
      options,
    );
  }

  /**
   * Starts a run and waits until it succeeds, fails or suspends. Without `runId` the server makes a
   * new run.
   *
   * @example
   * ```ts
   * const result = await workflow.startAsync({ runId, inputData: { city: "New York" } });
   * if (result.status === "suspended") console.log(result.suspended);
   * ```
   */
  async startAsync(
    params: Omit<StartParams<InputOf<W>>, "runId"> & { runId?: string } & StartOptions1x,
    options: CallOptions = {},
  ): Promise<WorkflowResult<ResultOf<W>, InputOf<W>>> {
    if (params && hasStartOptions1x(params)) {
      return this.surfaceCalls.startAsync(params, options) as Promise<
        WorkflowResult<ResultOf<W>, InputOf<W>>
      >;
    }
    const runId =
      params?.runId === undefined ? undefined : requireId(params.runId, "runId", "startAsync");
    requireJson(params?.inputData, "inputData", "startAsync");
    requireJson(params?.runtimeContext, "runtimeContext", "startAsync");
    return this.#protocol.startAsync(
      this.workflowId,
      { runId, inputData: params.inputData, runtimeContext: params.runtimeContext },
      options,
    ) as Promise<WorkflowResult<ResultOf<W>, InputOf<W>>>;
  }

  /**
   * Resumes a suspended step and returns at once (fire-and-forget). Unlike the upstream 0.10
   * client, this resolves to the server's `{ message }`, not a raw `Response`.
   */
  async resume<S extends ResumeStepOf<W>>(
    params: ResumeParams<S, ResumeDataOf<W, S>>,
    options: CallOptions = {},
  ): Promise<Acknowledgement> {
    return this.#protocol.resume(this.workflowId, this.#resumeRequest(params, "resume"), options);
  }

  /** Resumes a suspended step and waits until the run succeeds, fails or suspends again. */
  async resumeAsync<S extends ResumeStepOf<W>>(
    params: ResumeParams<S, ResumeDataOf<W, S>>,
    options: CallOptions = {},
  ): Promise<WorkflowResult<ResultOf<W>, InputOf<W>>> {
    return this.#protocol.resumeAsync(
      this.workflowId,
      this.#resumeRequest(params, "resumeAsync"),
      options,
    ) as Promise<WorkflowResult<ResultOf<W>, InputOf<W>>>;
  }

  #resumeRequest(params: ResumeParams<string, unknown>, method: string) {
    const runId = requireId(params?.runId, "runId", method);
    const step = requireStep(params.step, method);
    requireJson(params.resumeData, "resumeData", method);
    requireJson(params.runtimeContext, "runtimeContext", method);
    return { runId, step, resumeData: params.resumeData, runtimeContext: params.runtimeContext };
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
        { shouldReconnect: reconnectable, ...params, runId },
        onRecord,
      );
    })();
    // The documented call is not awaited: a failure must not become an unhandled rejection.
    handle.catch(() => {});
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
    return watchRunRecords(this.#protocol.watchSource(this.workflowId, runId, options), {
      shouldReconnect: reconnectable,
      ...params,
      runId,
    });
  }

  /** The workflow's runs, newest first, with optional date, resource and paging filters. */
  async runs(filter: RunsFilter1x = {}, options: CallOptions = {}): Promise<WorkflowRuns> {
    if (filter?.status !== undefined) return this.surfaceCalls.runs(filter, options);
    return this.#protocol.listRuns(this.workflowId, toRunsFilter(filter), options);
  }

  /**
   * One run with its stored snapshot.
   * @throws `NotFoundError` for an unknown run.
   */
  async runById(runId: string, options: CallOptions = {}): Promise<WorkflowRun> {
    return this.#protocol.getRun(this.workflowId, requireId(runId, "runId", "runById"), options);
  }

  /** The run's current status, steps, input and result or error, at any stage. */
  async runExecutionResult(
    runId: string,
    options: CallOptions = {},
  ): Promise<ExecutionResult<ResultOf<W>, InputOf<W>>> {
    return this.#protocol.getExecutionResult(
      this.workflowId,
      requireId(runId, "runId", "runExecutionResult"),
      options,
    ) as Promise<ExecutionResult<ResultOf<W>, InputOf<W>>>;
  }

  /** Cancels a run. */
  async cancelRun(runId: string, options: CallOptions = {}): Promise<Acknowledgement> {
    return this.#protocol.cancelRun(
      this.workflowId,
      requireId(runId, "runId", "cancelRun"),
      options,
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
    return this.#protocol.sendRunEvent(
      this.workflowId,
      { runId, event, data: params.data ?? {} },
      options,
    );
  }
}
