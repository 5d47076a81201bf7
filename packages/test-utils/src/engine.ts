/** Runs a workflow graph as Mastra 0.10's `DefaultExecutionEngine` does (same watch events, field
 * order and result shapes); HTTP- and storage-free: callers pass `emit` and `persist`. */
import type { Clock } from "./clock.js";
import { pauseRun } from "./per-step.js";
import { formatStepError } from "./step-error.js";
import { entryId, type Step, type Workflow, type WorkflowEntry } from "./workflow.js";

/** A step result as stored in a run's `steps` map. */
export type StepRecord = Record<string, unknown> & { status: string };

/** A run's `steps` map: step id → result, plus `input` holding the run input. */
export type StepResults = Record<string, unknown>;

/** One raw watch event, before the run's accumulated state is merged in. */
export interface EngineEvent {
  type: "watch";
  payload: {
    currentStep?: Record<string, unknown>;
    workflowState: { status: string; steps: StepResults; result?: unknown; error?: unknown };
  };
  eventTimestamp: number;
}

/** One `/stream` event (single-encoded on the wire). */
export interface StreamEngineEvent {
  type: string;
  payload: Record<string, unknown>;
}

/** What `start-async`/`resume-async` answer. */
export type EngineResult =
  | { status: "success"; steps: StepResults; result: unknown }
  | { status: "failed"; steps: StepResults; error: string }
  | { status: "suspended"; steps: StepResults; suspended: string[][] }
  | { status: "canceled"; steps: StepResults }
  | { status: "paused"; steps: StepResults };

/** A snapshot write: what Mastra persists after each entry. */
export interface PersistUpdate {
  status: string;
  stepResults: StepResults;
  suspendedPaths: Record<string, number[]>;
  result?: unknown;
  error?: unknown;
}

/** Where a resumed run picks up. */
export interface ResumeState {
  steps: string[];
  stepResults: StepResults;
  resumePayload: unknown;
  resumePath: number[];
}

/** Options of {@link executeWorkflow}. */
export interface ExecuteOptions {
  workflow: Workflow;
  runId: string;
  clock: Clock;
  input: unknown;
  resume?: ResumeState;
  runtimeContext: Map<string, unknown>;
  abortSignal: AbortSignal;
  /** 1.x `perStep: true`: stop `paused` after one entry (`per-step.ts`). */ perStep?: boolean;
  emit: (event: EngineEvent) => void;
  /** Receives the `/stream` ("watch-v2") events: step-start, step-result, step-suspended, step-waiting, step-finish. */
  emitV2: (event: StreamEngineEvent) => void;
  persist: (update: PersistUpdate) => void;
  /**
   * How a thrown step error is recorded.
   * @defaultValue {@link formatStepError} (0.x: the stack string)
   */
  formatError?: (error: unknown) => unknown;
}

interface EntryOutcome {
  result: StepRecord;
  suspendedPaths: Record<string, number[]>;
}

const outputOf = (stepResults: StepResults, entry: WorkflowEntry | undefined): unknown => {
  if (!entry) return stepResults["input"];
  const record = stepResults[entryId(entry)] as { output?: unknown } | undefined;
  return record?.output;
};

const runStep = async (
  options: ExecuteOptions,
  step: Step,
  stepResults: StepResults,
  prevOutput: unknown,
  path: number[],
  suspendedPaths: Record<string, number[]>,
): Promise<StepRecord> => {
  const { clock, emit, resume } = options;
  const isResumed = resume?.steps[0] === step.id;
  const startTime = isResumed ? undefined : clock.now();
  const resumeTime = isResumed ? clock.now() : undefined;
  // Same spread order as Mastra: a resumed step keeps its old fields (status "suspended" included),
  // which is why the first watch record of a resumed step still says "suspended".
  const stepInfo: Record<string, unknown> = {
    ...(stepResults[step.id] as object | undefined),
    ...(isResumed ? { resumePayload: resume?.resumePayload } : { payload: prevOutput }),
    ...(startTime !== undefined ? { startedAt: startTime } : {}),
    ...(resumeTime !== undefined ? { resumedAt: resumeTime } : {}),
  };
  emit({
    type: "watch",
    payload: {
      currentStep: { id: step.id, status: "running", ...stepInfo },
      workflowState: {
        status: "running",
        steps: { ...stepResults, [step.id]: { status: "running", ...stepInfo } },
        result: null,
        error: null,
      },
    },
    eventTimestamp: clock.now(),
  });
  options.emitV2({ type: "step-start", payload: { id: step.id, ...stepInfo, status: "running" } });

  let execResults: StepRecord;
  let suspended: { payload: unknown } | undefined;
  try {
    const output = await step.execute({
      inputData: prevOutput,
      resumeData: isResumed ? resume?.resumePayload : undefined,
      suspend: async (payload) => {
        suspendedPaths[step.id] = path;
        suspended = { payload };
      },
      sleep: (ms) => clock.sleep(ms),
      runId: options.runId,
      runtimeContext: options.runtimeContext,
      requestContext: options.runtimeContext,
      abortSignal: options.abortSignal,
      getInitData: () => stepResults["input"],
      getStepResult: (id) => {
        const record = stepResults[id] as { status?: string; output?: unknown } | undefined;
        return record?.status === "success" ? record.output : null;
      },
    });
    execResults = suspended
      ? { status: "suspended", suspendPayload: suspended.payload, suspendedAt: clock.now() }
      : { status: "success", output, endedAt: clock.now() };
  } catch (error) {
    execResults = {
      status: "failed",
      error: (options.formatError ?? formatStepError)(error),
      endedAt: clock.now(),
    };
  }

  emit({
    type: "watch",
    payload: {
      currentStep: { id: step.id, ...stepInfo, ...execResults },
      workflowState: {
        status: "running",
        steps: { ...stepResults, [step.id]: { ...stepInfo, ...execResults } },
        result: null,
        error: null,
      },
    },
    eventTimestamp: clock.now(),
  });
  if (execResults.status === "suspended") {
    options.emitV2({ type: "step-suspended", payload: { id: step.id, ...execResults } });
  } else {
    options.emitV2({ type: "step-result", payload: { id: step.id, ...execResults } });
    options.emitV2({ type: "step-finish", payload: { id: step.id, metadata: {} } });
  }
  return { ...stepInfo, ...execResults } as StepRecord;
};

const runSleep = async (
  options: ExecuteOptions,
  entry: Extract<WorkflowEntry, { type: "sleep" }>,
  stepResults: StepResults,
  prevOutput: unknown,
  suspendedPaths: Record<string, number[]>,
): Promise<StepRecord> => {
  const { clock, emit, persist } = options;
  const startedAt = clock.now();
  emit({
    type: "watch",
    payload: {
      currentStep: { id: entry.id, status: "waiting", payload: prevOutput, startedAt },
      workflowState: {
        status: "waiting",
        steps: {
          ...stepResults,
          [entry.id]: { status: "waiting", payload: prevOutput, startedAt },
        },
        result: null,
        error: null,
      },
    },
    eventTimestamp: clock.now(),
  });
  options.emitV2({
    type: "step-waiting",
    payload: { id: entry.id, payload: prevOutput, startedAt, status: "waiting" },
  });
  persist({ status: "waiting", stepResults, suspendedPaths });
  await clock.sleep(entry.duration);
  persist({ status: "running", stepResults, suspendedPaths });
  const endedAt = clock.now();
  const execResults: StepRecord = {
    payload: prevOutput,
    startedAt,
    endedAt,
    status: "success",
    output: prevOutput,
  };
  stepResults[entry.id] = { ...execResults };
  emit({
    type: "watch",
    payload: {
      currentStep: { id: entry.id, ...execResults },
      workflowState: {
        status: "running",
        steps: { ...stepResults, [entry.id]: { ...execResults } },
        result: null,
        error: null,
      },
    },
    eventTimestamp: clock.now(),
  });
  options.emitV2({ type: "step-result", payload: { id: entry.id, ...execResults } });
  options.emitV2({ type: "step-finish", payload: { id: entry.id, metadata: {} } });
  return execResults;
};

const runEntry = async (
  options: ExecuteOptions,
  entry: WorkflowEntry,
  prevEntry: WorkflowEntry | undefined,
  stepResults: StepResults,
  path: number[],
): Promise<EntryOutcome> => {
  const suspendedPaths: Record<string, number[]> = {};
  const prevOutput = outputOf(stepResults, prevEntry);
  let result: StepRecord;
  if (entry.type === "step") {
    result = await runStep(options, entry.step, stepResults, prevOutput, path, suspendedPaths);
    stepResults[entry.step.id] = result;
  } else {
    result = await runSleep(options, entry, stepResults, prevOutput, suspendedPaths);
  }
  if (options.abortSignal.aborted) result = { ...result, status: "canceled" };
  options.persist({
    status: result.status === "success" ? "running" : result.status,
    stepResults,
    suspendedPaths,
  });
  return { result, suspendedPaths };
};

const finish = (
  options: ExecuteOptions,
  stepResults: StepResults,
  last: StepRecord,
): EngineResult => {
  const { emit, clock } = options;
  const at = clock.now();
  switch (last.status) {
    case "success":
      emit({
        type: "watch",
        payload: {
          workflowState: { status: "success", steps: stepResults, result: last["output"] },
        },
        eventTimestamp: at,
      });
      return { status: "success", steps: stepResults, result: last["output"] };
    case "failed":
      emit({
        type: "watch",
        payload: {
          workflowState: {
            status: "failed",
            steps: stepResults,
            result: null,
            error: last["error"],
          },
        },
        eventTimestamp: at,
      });
      return { status: "failed", steps: stepResults, error: String(last["error"]) };
    case "suspended": {
      const suspended = Object.entries(stepResults).flatMap(([id, record]) =>
        (record as { status?: unknown } | undefined)?.status === "suspended" ? [[id]] : [],
      );
      emit({
        type: "watch",
        payload: {
          workflowState: { status: "suspended", steps: stepResults, result: null, error: null },
        },
        eventTimestamp: at,
      });
      return { status: "suspended", steps: stepResults, suspended };
    }
    default:
      // Mastra emits no watch event for a cancelled run.
      return { status: "canceled", steps: stepResults };
  }
};

/**
 * Executes (or resumes) one run of `workflow` to completion, failure, suspension or cancellation.
 * Never rejects because of a step: step errors become a `failed` result.
 */
export const executeWorkflow = async (options: ExecuteOptions): Promise<EngineResult> => {
  const { workflow, resume } = options;
  const graph = workflow.graph;
  const startIndex = resume?.resumePath[0] ?? 0;
  const stepResults: StepResults = resume ? { ...resume.stepResults } : { input: options.input };
  let last: EntryOutcome | undefined;
  for (let i = startIndex; i < graph.length; i++) {
    last = await runEntry(options, graph[i]!, graph[i - 1], stepResults, [i]);
    if (last.result.status !== "success") {
      const result = finish(options, stepResults, last.result);
      options.persist(persistFinal(result, stepResults, last));
      return result;
    }
    if (options.perStep && i + 1 < graph.length) return pauseRun(options, stepResults);
  }
  if (!last) {
    const result: EngineResult = { status: "success", steps: stepResults, result: undefined };
    options.persist(persistFinal(result, stepResults));
    return result;
  }
  const result = finish(options, stepResults, last.result);
  options.persist(persistFinal(result, stepResults, last));
  return result;
};

/** The final snapshot write; a failed run stores its step's error as recorded (string or object). */
const persistFinal = (
  result: EngineResult,
  stepResults: StepResults,
  last?: EntryOutcome,
): PersistUpdate => ({
  status: result.status,
  stepResults,
  suspendedPaths: last?.suspendedPaths ?? {},
  result: result.status === "success" ? result.result : undefined,
  error: result.status === "failed" ? last?.result["error"] : undefined,
});
