/**
 * What the runtime keeps per run: the stored row (what `runs` and `runs/{runId}` report) and the
 * live part (watchers, streams, the abort flag), and the observer a generation's wire layer
 * plugs in.
 */
import type { Clock } from "./clock.js";
import type { EngineResult, PersistUpdate, StreamEngineEvent } from "./engine.js";
import { compact } from "./json-clone.js";
import type { components } from "./wire-types.js";
import type { Workflow } from "./workflow.js";

type Schemas = components["schemas"];
type Snapshot = Schemas["WorkflowRunSnapshot"];

/** Which Mastra release's error messages to answer with. */
export type MastraCompat = "0.10" | "0.14";

/** A run as stored (what `runs` and `runs/{runId}` report). */
export interface StoredRun {
  readonly workflowKey: string;
  /** The workflow's id (Mastra stores runs under it, so it is `workflowName` on the wire). */
  readonly workflowName: string;
  readonly runId: string;
  /** The stored snapshot (JSON-cloned on every write, like Mastra's in-memory store). */
  snapshot: Snapshot;
  /** Epoch ms of the last write (the in-memory store rewrites `createdAt` on every write too). */
  createdAt: number;
  updatedAt: number;
  /** Every watch record of the run's executions so far, encoded once (used by `mode: "sane"`). */
  history: string[];
  /** The execution in flight or last finished, if any. */
  execution: Promise<EngineResult> | undefined;
  /** Events delivered with `send-event`. */
  events: { event: string; data: unknown }[];
  resourceId?: string;
}

/** A watch listener: receives each record as JSON text (encoded once). */
export type RecordListener = (recordJson: string, status: string) => void;

/** A `/stream` listener. `end` is called when the run finishes (not when it suspends). */
export interface StreamListener {
  write: (event: StreamEngineEvent) => void;
  end: () => void;
}

export interface LiveRun {
  state: { currentStep?: unknown; workflowState?: Record<string, unknown> };
  watchers: Set<RecordListener>;
  streams: Set<StreamListener>;
  abort: AbortController;
}

/**
 * Sees every execution of every run (start, resume, stream alike): what a server generation's
 * wire layer builds its own views and streams from.
 */
export interface ExecutionObserver {
  /** An execution begins (`input` is the run input, or the resume data when `resumed`). */
  start(run: StoredRun, info: { input: unknown; resumed: boolean }): void;
  /** One engine event (step-start, step-result, step-suspended, step-waiting, step-finish). */
  event(run: StoredRun, event: StreamEngineEvent): void;
  /** The execution ended (finished, failed, suspended or was cancelled). */
  end(run: StoredRun, result: EngineResult): void;
}

/** Options of {@link createRuntime}. */
export interface RuntimeOptions {
  workflows: Record<string, Workflow>;
  clock: Clock;
  compat: MastraCompat;
  /** Called with errors of fire-and-forget calls that real Mastra leaves unhandled. */
  onBackgroundError: (error: Error) => void;
  /** How step errors are recorded. @defaultValue the 0.x stack string */
  formatError?: (error: unknown) => unknown;
  /**
   * Keep `createdAt` at the run's creation (Mastra 1.x's store) instead of rewriting it on every
   * write (0.10's in-memory store). @defaultValue false
   */
  keepCreatedAt?: boolean;
  /**
   * How stored runs are keyed: `"runId"` keeps one row per run id whatever the workflow (Mastra
   * 0.10's in-memory store: a run id reused by another workflow replaces the first workflow's row),
   * `"workflow"` one row per workflow and run id (Mastra 1.x). @defaultValue "runId"
   */
  storeKey?: "runId" | "workflow";
  /**
   * Skip `running` writes over a suspended snapshot, as Mastra 1.x does: a resumed execution is
   * stored only when it suspends again, waits or ends. @defaultValue false
   */
  keepSuspendedWhileRunning?: boolean;
  observer?: ExecutionObserver;
  /** Called on every run event (for the clock watchdog). */
  onActivity?: () => void;
  /** Keep every watch record in `history` (0.x `mode: "sane"` replays them). @defaultValue true */
  keepHistory?: boolean;
}

/** A stored run as `GET runs` and `GET runs/{runId}` report it on 0.x. */
export const toWire = (run: StoredRun): Schemas["WorkflowRun"] => {
  const { workflowName } = run;
  return compact({
    workflow_name: workflowName,
    run_id: run.runId,
    snapshot: run.snapshot,
    createdAt: new Date(run.createdAt).toISOString(),
    updatedAt: new Date(run.updatedAt).toISOString(),
    resourceId: run.resourceId,
    runId: run.runId,
    workflowName,
  });
};

/** The snapshot an engine write stores (JSON-compacted like Mastra's store). */
export const snapshotOf = (
  runId: string,
  update: PersistUpdate,
  extra: {
    graph: Schemas["StepGraphEntry"][];
    runtimeContext: Record<string, unknown>;
    now: number;
  },
) =>
  compact({
    runId,
    status: update.status as Snapshot["status"],
    value: {},
    context: update.stepResults as Snapshot["context"],
    activePaths: [],
    serializedStepGraph: extra.graph,
    suspendedPaths: update.suspendedPaths,
    result: update.result,
    error: update.error,
    runtimeContext: extra.runtimeContext,
    timestamp: extra.now,
  });

/** `GET runs/{runId}/execution-result` on 0.x: the stored snapshot's outcome. */
export const executionResultOf = (run: StoredRun): Schemas["ExecutionResult"] => {
  const s = run.snapshot;
  return compact({
    status: s.status,
    result: s.result,
    error: s.error as string | undefined,
    payload: s.context["input"],
    steps: s.context,
  });
};

/** A resume's runtime context: the request's entries, then the stored ones it does not override. */
export const mergedContext = (run: StoredRun, runtimeContext: Map<string, unknown>) => {
  const merged = new Map(runtimeContext);
  const saved = run.snapshot.runtimeContext ?? {};
  for (const [k, v] of Object.entries(saved)) if (!merged.has(k)) merged.set(k, v);
  return merged;
};
