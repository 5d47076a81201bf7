/**
 * The run handle `workflow.createRun()` resolves to: `{ runId }` as before, plus methods bound to
 * the run, the way Mastra 1.x's `Run` works. The methods live on the prototype and the workflow in
 * a private field, so `JSON.stringify(run)`, `{ ...run }` and `Object.keys(run)` still give
 * `{ runId }` only.
 */
import type { WatchRecord } from "@wfkit/watch";
import type { StreamCallOptions } from "./protocol-surface.js";
import type { CallOptions } from "./transport.js";
import type {
  InputOf,
  ResumeDataOf,
  ResumeParams,
  ResumeStepOf,
  StartParams,
  UntypedWorkflow,
  WorkflowTypes,
} from "./types.js";
import type {
  ResumeParams1x,
  RestartParams,
  StartOptions1x,
  StreamParams,
  TimeTravelParams,
} from "./workflow-surface.js";
import type { ResumeDataRequirement } from "./registry.js";
import type { Workflow, WorkflowWatchOptions } from "./workflow.js";

/** A call's parameters without the run, which the handle supplies. */
type WithoutRun<P> = Omit<P, "runId">;

/**
 * One run of a workflow. Every method is the workflow's method of the same name with this run's
 * `runId` filled in; parameters and results are the same.
 *
 * @example
 * ```ts
 * const run = await workflow.createRun();
 * const stream = await run.stream({ inputData: { city: "Paris" } });
 * for await (const event of stream) console.log(event.type);
 * await run.resume({ step: "approval", resumeData: { approved: true } });
 * ```
 */
export class RunHandle<W extends WorkflowTypes = UntypedWorkflow> {
  /** The run's id. */
  readonly runId: string;
  readonly #workflow: Workflow<W>;

  /** @internal Use `workflow.createRun()`. */
  constructor(workflow: Workflow<W>, runId: string) {
    this.runId = runId;
    this.#workflow = workflow;
  }

  /** The key of the workflow the run belongs to. */
  get workflowId(): string {
    return this.#workflow.workflowId;
  }

  /** `workflow.start` for this run. */
  start(params: WithoutRun<StartParams<InputOf<W>>> & StartOptions1x, options?: CallOptions) {
    return this.#workflow.start({ ...params, runId: this.runId }, options);
  }
  /** `workflow.startAsync` for this run. */
  startAsync(params: WithoutRun<StartParams<InputOf<W>>> & StartOptions1x, options?: CallOptions) {
    return this.#workflow.startAsync({ ...params, runId: this.runId }, options);
  }
  /** `workflow.stream` for this run. */
  stream(params: WithoutRun<StreamParams<InputOf<W>>>, options?: StreamCallOptions) {
    return this.#workflow.stream({ ...params, runId: this.runId }, options);
  }
  /** `workflow.resume` for this run. */
  resume<S extends ResumeStepOf<W>>(
    params: WithoutRun<ResumeParams<S, ResumeDataOf<W, S>>> &
      ResumeDataRequirement<ResumeDataOf<W, S>>,
    options?: CallOptions,
  ) {
    return this.#workflow.resume({ ...params, runId: this.runId }, options);
  }
  /** `workflow.resumeAsync` for this run. */
  resumeAsync<S extends ResumeStepOf<W>>(
    params: WithoutRun<ResumeParams<S, ResumeDataOf<W, S>>> &
      ResumeDataRequirement<ResumeDataOf<W, S>>,
    options?: CallOptions,
  ) {
    return this.#workflow.resumeAsync({ ...params, runId: this.runId }, options);
  }
  /** `workflow.resumeStream` for this run. */
  resumeStream(
    params: WithoutRun<ResumeParams1x<ResumeDataOf<W, ResumeStepOf<W>>>> = {},
    options?: StreamCallOptions,
  ) {
    return this.#workflow.resumeStream({ ...params, runId: this.runId }, options);
  }
  /** `workflow.resumeNoWait` for this run. */
  resumeNoWait(
    params: WithoutRun<ResumeParams1x<ResumeDataOf<W, ResumeStepOf<W>>>> = {},
    options?: CallOptions,
  ) {
    return this.#workflow.resumeNoWait({ ...params, runId: this.runId }, options);
  }
  /** `workflow.observeStream` for this run. */
  observeStream(params: { offset?: number } = {}, options?: StreamCallOptions) {
    return this.#workflow.observeStream({ ...params, runId: this.runId }, options);
  }
  /** `workflow.restart` for this run. */
  restart(params: WithoutRun<RestartParams> = {}, options?: CallOptions) {
    return this.#workflow.restart({ ...params, runId: this.runId }, options);
  }
  /** `workflow.restartAsync` for this run. */
  restartAsync(params: WithoutRun<RestartParams> = {}, options?: CallOptions) {
    return this.#workflow.restartAsync({ ...params, runId: this.runId }, options);
  }
  /** `workflow.timeTravel` for this run. */
  timeTravel(params: WithoutRun<TimeTravelParams>, options?: CallOptions) {
    return this.#workflow.timeTravel({ ...params, runId: this.runId }, options);
  }
  /** `workflow.timeTravelAsync` for this run. */
  timeTravelAsync(params: WithoutRun<TimeTravelParams>, options?: CallOptions) {
    return this.#workflow.timeTravelAsync({ ...params, runId: this.runId }, options);
  }
  /** `workflow.timeTravelStream` for this run. */
  timeTravelStream(params: WithoutRun<TimeTravelParams>, options?: StreamCallOptions) {
    return this.#workflow.timeTravelStream({ ...params, runId: this.runId }, options);
  }
  /** `workflow.cancelRun` for this run. */
  cancel(options?: CallOptions) {
    return this.#workflow.cancelRun(this.runId, options);
  }
  /** `workflow.deleteRun` for this run. */
  delete(options?: CallOptions) {
    return this.#workflow.deleteRun(this.runId, options);
  }
  /** `workflow.runById` for this run. */
  details(options?: CallOptions) {
    return this.#workflow.runById(this.runId, options);
  }
  /** `workflow.runExecutionResult` for this run. */
  executionResult(options?: CallOptions) {
    return this.#workflow.runExecutionResult(this.runId, options);
  }
  /** `workflow.watch` for this run. */
  watch(
    onRecord: (record: WatchRecord) => void | Promise<void>,
    params: WorkflowWatchOptions = {},
    options?: CallOptions,
  ) {
    return this.#workflow.watch({ ...params, runId: this.runId }, onRecord, options);
  }
  /** `workflow.watchRecords` for this run. */
  watchRecords(params: WorkflowWatchOptions = {}, options?: CallOptions) {
    return this.#workflow.watchRecords({ ...params, runId: this.runId }, options);
  }
  /** `{ runId }`, as the seed's `createRun()` gave. */
  toJSON(): { runId: string } {
    return { runId: this.runId };
  }
}
