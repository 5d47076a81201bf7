/**
 * Where Mastra 1.x's `time-travel*` and `restart*` pick a stored run up again (observed on the real
 * server, `harness/mastra-1.x/WIRE-NOTES.md` § restart and time travel): the state the engine
 * re-runs from, and the refusals with Mastra's messages.
 */
import type { ResumeState, StepResults } from "./engine.js";
import { httpError } from "./errors.js";
import { clone } from "./json-clone.js";
import type { StoredRun } from "./stored-run.js";
import { entryId, type Workflow } from "./workflow.js";

/** The body fields of a time-travel request the fake models. */
export interface TimeTravelRequest {
  step: unknown;
  inputData: unknown;
  resumeData: unknown;
  /** Step results to assume for the steps before the target, by step id. */
  context: unknown;
}

/** Statuses `restart*` re-runs (Mastra's `createRestartExecutionParams`). */
export const ACTIVE_STATUSES: ReadonlySet<string> = new Set(["running", "waiting"]);

/** Statuses whose stored result `restart-async` answers without running anything. */
export const SETTLED_STATUSES: ReadonlySet<string> = new Set(["success", "failed", "tripwire"]);

/** `restart-async` of a run that is neither active nor settled. */
export const NOT_ACTIVE = "This workflow run was not active";

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The step ids a time-travel `step` names; Mastra's 500 when it names none. */
export const timeTravelSteps = (step: unknown): string[] => {
  const ids = Array.isArray(step) ? step.map(String) : typeof step === "string" ? [step] : [];
  if (ids.length === 0 || ids[0] === "")
    throw httpError(500, "Step is required and must be a valid step or array of steps");
  return ids;
};

/** Mastra's 500 for a step that is not in the workflow's graph. */
export const unknownStepMessage = (run: StoredRun, step: string): string =>
  `Cannot time travel to step '${step}': the step does not exist in the current execution graph. ` +
  "The workflow definition has likely changed since the run was recorded (renamed step, or an " +
  "unnamed .map() step whose generated id changed across processes). Steps recorded in the " +
  `snapshot: ${Object.keys(run.snapshot.context ?? {})
    .filter((id) => id !== "input")
    .join(", ")}. The stored snapshot has not been modified.`;

/** The index of the time-travel target in the graph; throws Mastra's 500 when it is not there. */
export const targetIndex = (workflow: Workflow, run: StoredRun, steps: string[]): number => {
  const index = steps.length === 1 ? workflow.graph.findIndex((e) => entryId(e) === steps[0]) : -1;
  if (index < 0) throw httpError(500, unknownStepMessage(run, steps.join(".")));
  return index;
};

/**
 * The state a time travel of `run` to graph entry `index` re-runs from: the results of the steps
 * before it (the request's `context` over the stored ones), the previous step's output replaced by
 * `inputData` (the run input when the target is the first step), the target resumed with
 * `resumeData` when it is given, and nothing after the target.
 */
export const timeTravelStateOf = (
  workflow: Workflow,
  run: StoredRun,
  request: TimeTravelRequest & { index: number; now: number },
): ResumeState => {
  const { index, inputData, resumeData, now } = request;
  const stored: StepResults = run.snapshot.context ?? {};
  const overrides = isRecord(request.context) ? request.context : {};
  const stepResults: StepResults = {
    input: clone(index === 0 ? inputData : stored["input"]),
  };
  for (const entry of workflow.graph.slice(0, index)) {
    const id = entryId(entry);
    const record = Object.hasOwn(overrides, id) ? overrides[id] : stored[id];
    if (isRecord(record))
      stepResults[id] = { status: "success", startedAt: now, endedAt: now, ...clone(record) };
  }
  if (index > 0) {
    const previous = entryId(workflow.graph[index - 1]!);
    const record = isRecord(stepResults[previous]) ? stepResults[previous] : {};
    stepResults[previous] = { status: "success", ...record, output: clone(inputData) };
  }
  const target = entryId(workflow.graph[index]!);
  const resumed = resumeData !== undefined;
  if (resumed && isRecord(stored[target]))
    stepResults[target] = { ...clone(stored[target]), payload: clone(inputData) };
  return {
    steps: resumed ? [target] : [],
    stepResults,
    resumePayload: resumeData,
    resumePath: [index],
  };
};
