import type { RunStatus } from "./run-status.js";
import { compareSteps, createKeyMemory, stepKey, transitionKey } from "./transition-keys.js";
import type { StepRecord, StepResult, WatchRecord, WorkflowState } from "./watch-record.js";

/**
 * What a watch has delivered so far: the deduplication memory and the newest known result of each
 * step. Every record the watcher yields is remembered here, and every record it may yield (from
 * the wire or rebuilt from the run state) is compared with it first.
 */
export interface DeliveryLog {
  /** The run status last delivered, or taken as the starting point; `undefined` before either. */
  readonly status: RunStatus | undefined;
  /** `true` until a record was delivered or a starting point was taken. */
  readonly empty: boolean;
  /** The newest known result of each step, by step id. */
  readonly steps: Readonly<Record<string, StepResult>>;
  /** The run input carried by the last state seen. */
  readonly input: unknown;
  /**
   * Takes a run state as the starting point without delivering it: a watch opened mid-run (or on
   * a suspended run, without `follow`) reports what happens next, not what happened before.
   */
  setBaseline(state: WorkflowState<Record<string, StepResult>>): void;
  /** The steps of `steps` that are further along than known, in the order they happened. */
  ahead(steps: Readonly<Record<string, StepResult>>): Array<[string, StepResult]>;
  /** `true` when a step of `steps` is behind its known result (an old state). */
  behind(steps: Readonly<Record<string, StepResult>>): boolean;
  /** The connection that delivered this exact transition (0 = rebuilt), if any did. */
  seenOn(record: WatchRecord): number | undefined;
  /** `true` when this step result was already delivered as a record's `currentStep`. */
  delivered(step: StepRecord): boolean;
  /** Records a delivered record, from connection `connection` (0 = rebuilt from the run state). */
  remember(record: WatchRecord, connection: number): void;
}

/** Creates an empty {@link DeliveryLog}. */
export const createDeliveryLog = (): DeliveryLog => {
  const transitions = createKeyMemory<number>();
  const outcomes = createKeyMemory<true>();
  const known: Record<string, StepResult> = Object.create(null) as Record<string, StepResult>;
  let status: RunStatus | undefined;
  let input: unknown;
  let empty = true;

  const merge = (state: WorkflowState<Record<string, StepResult>>): void => {
    const steps = state.steps as Record<string, StepResult>;
    for (const id of Object.keys(steps)) {
      const step = steps[id];
      if (compareSteps(step, known[id]) > 0) known[id] = step as StepResult;
    }
    status = state.status;
    if (state.input !== undefined) input = state.input;
    empty = false;
  };

  /** When a step result happened, for ordering rebuilt records. */
  const time = (step: StepResult): number =>
    step.endedAt ?? step.suspendedAt ?? step.resumedAt ?? step.startedAt ?? 0;

  return {
    get status() {
      return status;
    },
    get empty() {
      return empty;
    },
    get steps() {
      return known;
    },
    get input() {
      return input;
    },
    setBaseline: merge,
    ahead(steps) {
      return Object.keys(steps)
        .filter((id) => compareSteps(steps[id], known[id]) > 0)
        .map((id): [string, StepResult] => [id, steps[id] as StepResult])
        .sort(([, a], [, b]) => time(a) - time(b));
    },
    behind(steps) {
      return Object.keys(steps).some((id) => compareSteps(steps[id], known[id]) < 0);
    },
    seenOn: (record) => transitions.get(transitionKey(record)),
    delivered: (step) => outcomes.get(`${String(step.id)}|${stepKey(step)}`) === true,
    remember(record, connection) {
      transitions.set(transitionKey(record), connection);
      const step = record.payload.currentStep;
      if (step !== undefined) outcomes.set(`${String(step.id)}|${stepKey(step)}`, true);
      merge(record.payload.workflowState as WorkflowState<Record<string, StepResult>>);
    },
  };
};
