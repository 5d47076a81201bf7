import type { WorkflowEventStream } from "./event-stream.js";
import type { RunCounts, StreamCallOptions, SurfaceProtocol } from "./protocol-surface.js";
import type { CallOptions } from "./transport.js";
import type {
  Acknowledgement,
  InputOf,
  ResultOf,
  ResumeDataOf,
  ResumeStepOf,
  UntypedWorkflow,
  WorkflowResult,
  WorkflowTypes,
} from "./types.js";
import type {
  ResumeParams1x,
  RestartParams,
  StreamParams,
  TimeTravelParams,
  WorkflowSurface,
} from "./workflow-surface.js";
import { SURFACE_CALLS, forwardAll, once } from "./lazy.js";

/** What a streaming call of a workflow typed `W` resolves to. */
type EventsOf<W extends WorkflowTypes> = Promise<WorkflowEventStream<ResultOf<W>>>;
/** What a call that waits for the run (`restartAsync`, `timeTravelAsync`) resolves to. */
type FinishedOf<W extends WorkflowTypes> = Promise<WorkflowResult<ResultOf<W>, InputOf<W>>>;

/**
 * The methods `Workflow` has for the calls of Mastra 1.x beyond the 0.10 surface (see README,
 * "Calls and server generations"). Each throws `UnsupportedByServerError` on a 0.x server before
 * sending anything, unless its documentation says otherwise.
 */
export abstract class WorkflowSurfaceMethods<W extends WorkflowTypes = UntypedWorkflow> {
  /** @internal The calls, bound to the workflow. */
  protected readonly surfaceCalls: WorkflowSurface;

  /** @internal */
  protected constructor(workflowId: string, surface: SurfaceProtocol, newRunId: () => string) {
    // The calls' validation is its own chunk with the surface, loaded on the first call.
    const get = once(async () =>
      (await import("./on-demand.js")).createWorkflowSurface({
        workflowId,
        surface,
        newRunId,
        settled: (runId) => this.watchesSettled(runId),
      }),
    );
    this.surfaceCalls = forwardAll(get, SURFACE_CALLS);
  }

  /** @internal Settles once the watches opening on `runId` were accepted. */
  protected abstract watchesSettled(runId: string): Promise<void>;

  /**
   * Starts a run and streams its events (a {@link WorkflowEventStream}). Without `runId` a UUID is
   * generated. Resolves once the server answered. On 0.x servers it uses 0.x's `/stream`, whose
   * events are renamed to the 1.x names.
   *
   * @example
   * ```ts
   * const stream = await workflow.stream({ inputData: { city: "Paris" } });
   * for await (const event of stream) console.log(event.type);
   * console.log((await stream.result).status);
   * ```
   */
  async stream(params: StreamParams<InputOf<W>>, options: StreamCallOptions = {}): EventsOf<W> {
    return this.surfaceCalls.stream(params, options) as EventsOf<W>;
  }

  /**
   * Resumes a suspended run and streams its events (1.x). `step` is optional. The same preflight
   * as `resume` runs first (one GET; `preflight: false` skips it).
   * @throws `RunNotSuspendedError`, `StepNotSuspendedError` or `StepAmbiguousError` before the POST.
   */
  async resumeStream(
    params: ResumeParams1x<ResumeDataOf<W, ResumeStepOf<W>>>,
    options: StreamCallOptions = {},
  ): EventsOf<W> {
    return this.surfaceCalls.resumeStream(params, options) as EventsOf<W>;
  }

  /**
   * Replays a streamed run's events (from index `offset`) and follows it live, with the server's
   * repeats removed (1.x). Runs not started through a stream call have no events to replay.
   */
  async observeStream(
    params: { runId: string; offset?: number },
    options: StreamCallOptions = {},
  ): EventsOf<W> {
    return this.surfaceCalls.observeStream(params, options) as EventsOf<W>;
  }

  /**
   * Resumes a suspended run without waiting for it (1.x); resolves to `{ runId }`. The same
   * preflight as `resume` runs first (one GET; `preflight: false` skips it).
   * @throws `RunNotSuspendedError`, `StepNotSuspendedError` or `StepAmbiguousError` before the POST.
   */
  async resumeNoWait(
    params: ResumeParams1x<ResumeDataOf<W, ResumeStepOf<W>>>,
    options: CallOptions = {},
  ): Promise<{ runId: string }> {
    return this.surfaceCalls.resumeNoWait(params, options);
  }

  /** Restarts an active run (e.g. after a server restart) from its last step (1.x). */
  async restart(params: RestartParams, options: CallOptions = {}): Promise<Acknowledgement> {
    return this.surfaceCalls.restart(params, options);
  }

  /** Restarts an active run and waits until it succeeds, fails or suspends (1.x). */
  async restartAsync(params: RestartParams, options: CallOptions = {}): FinishedOf<W> {
    return this.surfaceCalls.restartAsync(params, options) as FinishedOf<W>;
  }

  /** Re-runs a run from `step` with the given input and assumed step results (1.x). */
  async timeTravel(params: TimeTravelParams, options: CallOptions = {}): Promise<Acknowledgement> {
    return this.surfaceCalls.timeTravel(params, options);
  }

  /** {@link Workflow.timeTravel}, waiting until the run succeeds, fails or suspends (1.x). */
  async timeTravelAsync(params: TimeTravelParams, options: CallOptions = {}): FinishedOf<W> {
    return this.surfaceCalls.timeTravelAsync(params, options) as FinishedOf<W>;
  }

  /** {@link Workflow.timeTravel}, streaming the run's events (1.x). */
  async timeTravelStream(params: TimeTravelParams, options: StreamCallOptions = {}): EventsOf<W> {
    return this.surfaceCalls.timeTravelStream(params, options) as EventsOf<W>;
  }

  /** Deletes a run from the server's storage (1.x). */
  async deleteRun(runId: string, options: CallOptions = {}): Promise<Acknowledgement> {
    return this.surfaceCalls.deleteRun(runId, options);
  }

  /** This workflow's running and suspended run counts (1.x, `GET /workflows/run-counts`). */
  async runCounts(options: CallOptions = {}): Promise<RunCounts> {
    return this.surfaceCalls.runCounts(options);
  }
}
