/**
 * The fake server's state: registered workflows, stored runs (what Mastra keeps in storage) and
 * live runs (what Mastra keeps in memory: watchers, accumulated watch state, the abort flag).
 * HTTP-free; the request handler calls these operations and maps thrown errors to responses.
 */
import { randomUUID } from "node:crypto";
import {
  executeWorkflow,
  type EngineEvent,
  type EngineResult,
  type PersistUpdate,
  type ResumeState,
} from "./engine.js";
import { httpError } from "./errors.js";
import { clone, type Compact } from "./json-clone.js";
import {
  executionResultOf,
  mergedContext,
  snapshotOf,
  toWire,
  type LiveRun,
  type RecordListener,
  type RuntimeOptions,
  type StoredRun,
  type StreamListener,
} from "./stored-run.js";
import { createExecutionClock } from "./execution-clock.js";
import { listRuns0x, type ListRunsQuery } from "./list-runs-0x.js";
import { takePerStep } from "./per-step.js";
import { resumeStateOf } from "./resume-state.js";
import { accumulate } from "./watch-state.js";
import { describeWorkflow, serializeGraph } from "./workflow-description.js";
import type { components } from "./wire-types.js";
import type { Workflow } from "./workflow.js";

export type { StoredRun } from "./stored-run.js";

type Schemas = components["schemas"];

type Snapshot = Schemas["WorkflowRunSnapshot"];
type Context = Map<string, unknown>;

/**
 * Creates the fake server's runtime.
 */
export const createRuntime = (options: RuntimeOptions) => {
  const { workflows, clock } = options;
  /** How many sleeps each execution is in (for the clock watchdog). */
  const sleepingOf = new WeakMap<Promise<unknown>, { count: number }>();
  // Stored rows, by run id (0.10) or by workflow and run id (1.x); live runs are per workflow.
  const stored = new Map<string, StoredRun>();
  const live = new Map<string, LiveRun>();
  const liveKey = (key: string, runId: string) => `${key}\u0000${runId}`;
  const storedKey =
    options.storeKey === "workflow" ? liveKey : (_key: string, runId: string) => runId;

  const workflowOf = (key: string): Workflow => {
    const workflow = Object.hasOwn(workflows, key) ? workflows[key] : undefined;
    if (!workflow) throw httpError(404, "Workflow not found");
    return workflow;
  };
  /** Every stored run of a workflow (unsorted). */
  const runsOf = (key: string): StoredRun[] =>
    [...stored.values()].filter((run) => run.workflowKey === key);
  /** The workflow's stored row of a run id (not another workflow's row under the same id). */
  const findRun = (key: string, runId: string): StoredRun | undefined => {
    const run = stored.get(storedKey(key, runId));
    return run?.workflowKey === key ? run : undefined;
  };
  const requireRun = (key: string, runId: string): StoredRun => {
    workflowOf(key);
    const run = findRun(key, runId);
    if (!run) throw httpError(404, "Workflow run not found");
    return run;
  };

  const write = (run: StoredRun, snapshot: Compact<Snapshot> | Snapshot) => {
    if (
      options.keepSuspendedWhileRunning &&
      snapshot.status === "running" &&
      run.snapshot.status === "suspended"
    )
      return;
    const now = clock.now();
    run.snapshot = clone(snapshot);
    if (!options.keepCreatedAt || run.createdAt === 0) run.createdAt = now;
    run.updatedAt = now;
  };

  /** Mastra's `createRunAsync`: get or create the live run, store a pending snapshot if none. */
  const ensureRun = (key: string, runId: string | undefined): { run: StoredRun; live: LiveRun } => {
    const workflow = workflowOf(key);
    const id = runId || randomUUID();
    let liveRun = live.get(liveKey(key, id));
    if (!liveRun) {
      liveRun = {
        state: {},
        watchers: new Set(),
        streams: new Set(),
        abort: new AbortController(),
      };
      live.set(liveKey(key, id), liveRun);
    }
    let run = findRun(key, id);
    if (!run) {
      run = {
        workflowKey: key,
        workflowName: workflow.id,
        runId: id,
        snapshot: { runId: id, status: "pending", context: {} },
        createdAt: 0,
        updatedAt: 0,
        history: [],
        execution: undefined,
        events: [],
      };
      // With rows keyed by run id, this replaces another workflow's row under the same id.
      stored.set(storedKey(key, id), run);
      write(run, {
        runId: id,
        status: "pending",
        value: {},
        context: {},
        activePaths: [],
        serializedStepGraph: serializeGraph(workflow),
        suspendedPaths: {},
        timestamp: clock.now(),
      });
    }
    return { run, live: liveRun };
  };

  const deliver = (run: StoredRun, liveRun: LiveRun, event: EngineEvent) => {
    options.onActivity?.();
    const json = accumulate(liveRun.state, event, run.runId);
    if (options.keepHistory !== false) run.history.push(json);
    const status = event.payload.workflowState.status;
    for (const watcher of [...liveRun.watchers]) watcher(json, status);
  };

  const execute = (
    key: string,
    run: StoredRun,
    liveRun: LiveRun,
    input: unknown,
    runtimeContext: Context,
    resume?: ResumeState,
  ): Promise<EngineResult> => {
    const workflow = workflowOf(key);
    if (!resume) run.history = [];
    const graph = serializeGraph(workflow);
    const context: Record<string, unknown> = Object.fromEntries(runtimeContext);
    const persist = (update: PersistUpdate) =>
      write(
        run,
        snapshotOf(run.runId, update, { graph, runtimeContext: context, now: clock.now() }),
      );
    const { observer } = options;
    // The engine sleeps through this clock, so the watchdog can tell that this execution waits.
    const { clock: executionClock, sleeping } = createExecutionClock(clock);
    const endStreams = () => {
      for (const s of [...liveRun.streams]) s.end();
      liveRun.streams.clear();
    };
    let execution: Promise<EngineResult>;
    try {
      observer?.start(run, { input, resumed: resume !== undefined });
      execution = executeWorkflow({
        workflow,
        runId: run.runId,
        clock: executionClock,
        input,
        ...(resume ? { resume } : {}),
        ...(options.formatError ? { formatError: options.formatError } : {}),
        runtimeContext,
        abortSignal: liveRun.abort.signal,
        perStep: takePerStep(run),
        emit: (event) => deliver(run, liveRun, event),
        emitV2: (event) => {
          options.onActivity?.();
          observer?.event(run, event);
          for (const s of [...liveRun.streams]) s.write(event);
        },
        persist,
      }).then((result) => {
        observer?.end(run, result);
        if (result.status !== "suspended") {
          for (const s of [...liveRun.streams])
            s.write({ type: "finish", payload: { runId: run.runId } });
          endStreams();
          // Mastra drops a finished run from memory after `start` (not after `resume`).
          if (!resume && live.get(liveKey(key, run.runId)) === liveRun)
            live.delete(liveKey(key, run.runId));
        }
        return result;
      });
    } catch (error) {
      execution = Promise.reject(error as Error);
    }
    // A crash of the engine itself (not a step error: e.g. input too deep to copy) ends the
    // run's streams; the caller decides where the error goes.
    execution = execution.catch((error: unknown) => {
      endStreams();
      throw error instanceof Error ? error : new Error(String(error));
    });
    sleepingOf.set(execution, sleeping);
    run.execution = execution;
    return execution;
  };

  /** Runs `execution` without waiting: its crash goes to the background errors, not the process. */
  const background = (execution: Promise<unknown>): void => {
    execution.catch((error: unknown) =>
      options.onBackgroundError(error instanceof Error ? error : new Error(String(error))),
    );
  };

  const resumeState = (run: StoredRun, step: unknown, resumeData: unknown): ResumeState =>
    resumeStateOf(run, { step, resumeData, compat: options.compat });

  return {
    /** `GET /workflows`. */
    listWorkflows(): Schemas["WorkflowList"] {
      return Object.fromEntries(
        Object.entries(workflows).map(([key, workflow]) => [key, describeWorkflow(workflow)]),
      );
    },
    /** `GET /workflows/{workflowId}`. */
    getWorkflow(key: string): Schemas["WorkflowInfo"] {
      return describeWorkflow(workflowOf(key), "details");
    },
    /** `POST create-run`. */
    createRun(key: string, runId: string | undefined): Schemas["CreateRunResponse"] {
      return { runId: ensureRun(key, runId).run.runId };
    },
    /** `POST start-async`. */
    startAsync(key: string, runId: string | undefined, inputData: unknown, context: Context) {
      const { run, live: liveRun } = ensureRun(key, runId);
      return execute(key, run, liveRun, inputData, context);
    },
    /** `POST start`: needs a stored run; does not wait. */
    start(key: string, runId: string, inputData: unknown, runtimeContext: Context): void {
      requireRun(key, runId);
      const { run, live: liveRun } = ensureRun(key, runId);
      background(execute(key, run, liveRun, inputData, runtimeContext));
    },
    /** `POST resume-async` (and `resume`, which does not wait). */
    resume(
      key: string,
      runId: string,
      step: unknown,
      resumeData: unknown,
      runtimeContext: Context,
    ) {
      requireRun(key, runId);
      const { run, live: liveRun } = ensureRun(key, runId);
      const state = resumeState(run, step, resumeData);
      return execute(key, run, liveRun, resumeData, mergedContext(run, runtimeContext), state);
    },
    /** `POST time-travel*` (1.x): runs the stored run again from the state `plan` makes of it. */
    rerun(key: string, runId: string, plan: (run: StoredRun) => ResumeState, context: Context) {
      const { run, live: liveRun } = ensureRun(key, requireRun(key, runId).runId);
      const state = plan(run);
      const input = state.stepResults["input"];
      return execute(key, run, liveRun, input, mergedContext(run, context), state);
    },
    /** Throws what `resume` would throw for this step, without running anything. */
    checkResume(key: string, runId: string, step: unknown): void {
      resumeState(requireRun(key, runId), step, undefined);
    },
    /**
     * `POST runs/{runId}/cancel`: aborts the live run (the running step finishes first). With
     * `markCanceled` (Mastra 1.x) the stored status turns `canceled` at once, whatever it was.
     */
    cancel(key: string, runId: string, cancelOptions: { markCanceled?: boolean } = {}): void {
      const run = requireRun(key, runId);
      ensureRun(key, runId).live.abort.abort();
      if (cancelOptions.markCanceled) write(run, { ...run.snapshot, status: "canceled" });
    },
    /** `DELETE runs/{runId}` (Mastra 1.x): forgets the run. */
    deleteRun(key: string, runId: string): void {
      requireRun(key, runId);
      live.get(liveKey(key, runId))?.abort.abort();
      live.delete(liveKey(key, runId));
      stored.delete(storedKey(key, runId));
    },
    /** `POST runs/{runId}/send-event`. */
    sendEvent(key: string, runId: string, event: string, data: unknown): void {
      const run = requireRun(key, runId);
      ensureRun(key, runId);
      run.events.push({ event, data });
    },
    /** `GET runs/{runId}/execution-result`. */
    executionResult(key: string, runId: string): Schemas["ExecutionResult"] {
      if (!Object.hasOwn(workflows, key)) throw httpError(404, `Workflow with ID ${key} not found`);
      const run = findRun(key, runId);
      if (!run) throw httpError(404, "Workflow run execution result not found");
      return executionResultOf(run);
    },
    /** `GET runs/{runId}`. */
    getRun(key: string, runId: string): Schemas["WorkflowRun"] {
      return toWire(requireRun(key, runId));
    },
    /** `GET runs` with the in-memory store's filters. */
    listRuns(key: string, query: ListRunsQuery): Schemas["WorkflowRuns"] {
      workflowOf(key);
      return listRuns0x(runsOf(key), query);
    },
    /**
     * Subscribes to a run's watch records, as Mastra's watch handler does (attaching to the live
     * run, creating it if needed). Returns `undefined` for an unknown workflow or run.
     */
    watch(key: string, runId: string, listener: RecordListener): (() => void) | undefined {
      if (!Object.hasOwn(workflows, key) || !findRun(key, runId)) return undefined;
      const liveRun = ensureRun(key, runId).live;
      liveRun.watchers.add(listener);
      return () => liveRun.watchers.delete(listener);
    },
    /** `POST stream`: starts the run and streams its `/stream` events. */
    stream(
      key: string,
      runId: string,
      inputData: unknown,
      runtimeContext: Context,
      listener: StreamListener,
    ): () => void {
      const { run, live: liveRun } = ensureRun(key, runId);
      liveRun.streams.add(listener);
      listener.write({ type: "start", payload: { runId: run.runId } });
      background(execute(key, run, liveRun, inputData, runtimeContext));
      return () => liveRun.streams.delete(listener);
    },
    /** The stored run, for tests. */
    find: findRun,
    /** Every stored run of a workflow, for tests. */
    runs: runsOf,
    /** Whether the workflow key is registered. */
    has: (key: string): boolean => Object.hasOwn(workflows, key),
    backgroundError: options.onBackgroundError,
    /** Runs work without waiting; its failure is recorded as a background error. */
    background,
    /** Whether an execution (as `startAsync`/`resume` return it) waits on a clock sleep now. */
    isSleeping: (execution: Promise<unknown>) => (sleepingOf.get(execution)?.count ?? 0) > 0,
    /** How many 0.x watch connections listen to the run now. */
    watchers: (key: string, runId: string) => live.get(liveKey(key, runId))?.watchers.size ?? 0,
  };
};

/** The runtime returned by {@link createRuntime}. */
export type Runtime = ReturnType<typeof createRuntime>;
