/**
 * The 1.x views of a stored run, typed by `openapi/workflows-1.x.yaml`: its flat state
 * (`GET runs/{runId}`, `WorkflowRunResult`) and its row (`GET runs`, `WorkflowRun`).
 */
import type { StoredRun } from "./stored-run.js";
import type { RunStatus1x, StepResult1x, WorkflowRun1x, WorkflowRunResult1x } from "./v1-reply.js";
import {
  RUN_RESULT_FIELDS,
  WITH_TRACING_CONTEXT,
  isSerializedError1x,
  stepEntries,
  storedStepRecord,
  toStepResult1x,
  type Json,
} from "./v1-results.js";
import { serializeGraphV1 } from "./v1-workflow-description.js";
import type { Workflow } from "./workflow.js";

/** What the views read of the 1.x layer's per-run state. */
export interface RunViewDeps {
  workflowOf: (run: StoredRun) => Workflow;
  indexOf: (run: StoredRun, id: string) => number;
  statusOf: (run: StoredRun) => RunStatus1x;
  /** The step in flight as the store shows it, if any. */
  storedActiveStep: (run: StoredRun) => { id: string; record: Json; index: number } | undefined;
  /** The run input of the latest start (before the engine stored one). */
  latestInput: (run: StoredRun) => unknown;
  /** Whether the run was ever started. */
  hasStarted: (run: StoredRun) => boolean;
}

/** `to[key] = from[key]` for one key (one field of a typed answer). */
const copyField = <T, K extends keyof T>(to: T, from: T, key: K): void => {
  to[key] = from[key];
};

/** Creates the run views over the 1.x layer's state. */
export const createRunViews = (deps: RunViewDeps) => {
  const { workflowOf, indexOf, statusOf, storedActiveStep, hasStarted } = deps;

  const stepsOf = (run: StoredRun): Record<string, StepResult1x> => {
    const steps: Record<string, StepResult1x> = {};
    for (const [id, value] of stepEntries(run.snapshot.context ?? {}))
      steps[id] = storedStepRecord(value);
    const active = storedActiveStep(run);
    if (active) steps[active.id] = toStepResult1x(active.record);
    return steps;
  };

  const inputOf = (run: StoredRun): unknown => {
    const context = run.snapshot.context ?? {};
    return "input" in context ? context["input"] : deps.latestInput(run);
  };

  /** The top-level error of a failed run: its failing step's error, `{ message, name }`. */
  const errorOf = (run: StoredRun) => {
    const { error } = run.snapshot;
    return isSerializedError1x(error) ? { error } : {};
  };

  /** `GET runs/{runId}`: the flat run state, optionally limited to `fields`. */
  const runState = (run: StoredRun, fields?: readonly string[]): WorkflowRunResult1x => {
    const s = run.snapshot;
    const active = storedActiveStep(run);
    const full: WorkflowRunResult1x = {
      runId: run.runId,
      workflowName: run.workflowName,
      ...(run.resourceId === undefined ? {} : { resourceId: run.resourceId }),
      createdAt: new Date(run.createdAt).toISOString(),
      updatedAt: new Date(run.updatedAt).toISOString(),
      status: statusOf(run),
      ...(s.result === undefined ? {} : { result: s.result }),
      ...errorOf(run),
      ...(hasStarted(run) ? { payload: inputOf(run) } : {}),
      steps: stepsOf(run),
      activeStepsPath: active ? { [active.id]: [active.index] } : {},
      serializedStepGraph: serializeGraphV1(workflowOf(run)),
      suspendedPaths: s.suspendedPaths ?? {},
      resumeLabels: {},
      waitingPaths: {},
    };
    if (!fields) return full;
    const { runId, workflowName, resourceId, createdAt, updatedAt, status } = full;
    const narrowed: WorkflowRunResult1x = {
      runId,
      workflowName,
      ...(resourceId === undefined ? {} : { resourceId }),
      ...{ createdAt, updatedAt, status },
    };
    for (const field of RUN_RESULT_FIELDS)
      if (fields.includes(field) && field in full) copyField(narrowed, full, field);
    return narrowed;
  };

  /**
   * A row of `GET runs` (the in-memory store's row, snapshot included). A run that never
   * started keeps the pending snapshot `create-run` wrote; the engine's writes add
   * `stepExecutionPath` and `requestContext`, and those that stop a run other than by success
   * an empty `tracingContext`.
   */
  const runRow = (run: StoredRun): WorkflowRun1x => {
    const s = run.snapshot;
    const context = s.context ?? {};
    const graph = serializeGraphV1(workflowOf(run));
    const path = stepEntries(context).map(([id]) => id);
    const lastIndex = path.length === 0 ? undefined : indexOf(run, path[path.length - 1]!);
    const snapshot: WorkflowRun1x["snapshot"] = hasStarted(run)
      ? {
          runId: run.runId,
          status: statusOf(run),
          value: {},
          context: { ...("input" in context ? { input: context["input"] } : {}), ...stepsOf(run) },
          activePaths: lastIndex === undefined ? [] : [lastIndex],
          stepExecutionPath: path,
          activeStepsPath: {},
          serializedStepGraph: graph,
          suspendedPaths: s.suspendedPaths ?? {},
          waitingPaths: {},
          resumeLabels: {},
          ...(s.result === undefined ? {} : { result: s.result }),
          ...errorOf(run),
          requestContext: s.runtimeContext ?? {},
          timestamp: run.updatedAt,
          ...(WITH_TRACING_CONTEXT.has(String(s.status)) ? { tracingContext: {} } : {}),
        }
      : {
          runId: run.runId,
          status: statusOf(run),
          value: {},
          context: {},
          activePaths: [],
          activeStepsPath: {},
          serializedStepGraph: graph,
          suspendedPaths: {},
          resumeLabels: {},
          waitingPaths: {},
          timestamp: run.updatedAt,
        };
    return {
      workflow_name: run.workflowName,
      run_id: run.runId,
      snapshot,
      createdAt: new Date(run.createdAt).toISOString(),
      updatedAt: new Date(run.updatedAt).toISOString(),
      ...(run.resourceId === undefined ? {} : { resourceId: run.resourceId }),
      runId: run.runId,
      workflowName: run.workflowName,
    };
  };

  return { runState, runRow };
};
