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

/** When a step result happened, for ordering rebuilt records. */
const time = (step: StepResult): number =>
  step.endedAt ?? step.suspendedAt ?? step.resumedAt ?? step.startedAt ?? 0;

/** The key of a delivered step outcome: the step's id and its result's key. */
const outcomeKey = (step: StepRecord): string => `${String(step.id)}|${stepKey(step)}`;

/**
 * The {@link DeliveryLog} of one watch. A class, so that every watch holds its state only: the
 * methods live on the prototype, and the known steps are a `Map` (a null-prototype object would
 * be a dictionary of its own from the first step).
 */
class Log implements DeliveryLog {
  readonly #transitions = createKeyMemory<number>();
  readonly #outcomes = createKeyMemory<true>();
  readonly #known = new Map<string, StepResult>();
  /** The last record keyed, and its key: a wire record is looked up, then remembered. */
  #keyed: WatchRecord | undefined = undefined;
  #key = "";
  status: RunStatus | undefined = undefined;
  input: unknown = undefined;
  empty = true;

  get steps(): Readonly<Record<string, StepResult>> {
    const steps = Object.create(null) as Record<string, StepResult>;
    for (const [id, step] of this.#known) steps[id] = step;
    return steps;
  }

  setBaseline(state: WorkflowState<Record<string, StepResult>>): void {
    const steps = state.steps as Record<string, StepResult>;
    for (const id of Object.keys(steps)) {
      const step = steps[id] as StepResult;
      if (compareSteps(step, this.#known.get(id)) > 0) this.#known.set(id, step);
    }
    this.status = state.status;
    if (state.input !== undefined) this.input = state.input;
    this.empty = false;
  }

  ahead(steps: Readonly<Record<string, StepResult>>): Array<[string, StepResult]> {
    const ahead: Array<[string, StepResult]> = [];
    for (const id of Object.keys(steps)) {
      const step = steps[id] as StepResult;
      if (compareSteps(step, this.#known.get(id)) > 0) ahead.push([id, step]);
    }
    ahead.sort(([, a], [, b]) => time(a) - time(b));
    return ahead;
  }

  behind(steps: Readonly<Record<string, StepResult>>): boolean {
    return Object.keys(steps).some((id) => compareSteps(steps[id], this.#known.get(id)) < 0);
  }

  seenOn(record: WatchRecord): number | undefined {
    return this.#transitions.get(this.#keyOf(record));
  }

  delivered(step: StepRecord): boolean {
    return this.#outcomes.get(outcomeKey(step)) === true;
  }

  remember(record: WatchRecord, connection: number): void {
    this.#transitions.set(this.#keyOf(record), connection);
    this.#keyed = undefined; // the record is the user's now: hold no reference to it
    const step = record.payload.currentStep;
    if (step !== undefined) this.#outcomes.set(outcomeKey(step), true);
    this.setBaseline(record.payload.workflowState as WorkflowState<Record<string, StepResult>>);
  }

  /** The record's transition key, computed once for a record that is looked up, then remembered. */
  #keyOf(record: WatchRecord): string {
    if (this.#keyed !== record) {
      this.#key = transitionKey(record);
      this.#keyed = record;
    }
    return this.#key;
  }
}

/** Creates an empty {@link DeliveryLog}. */
export const createDeliveryLog = (): DeliveryLog => new Log();
