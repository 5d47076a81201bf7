import type { DeliveryLog } from "./delivery-log.js";
import type { RunStatus } from "./run-status.js";
import {
  splitInput,
  type StepResult,
  type WatchRecord,
  type WorkflowState,
} from "./watch-record.js";
import type { RunStateSnapshot } from "./watch-source.js";

/** What rebuilt records need besides the log. */
export interface RecordFactory {
  runId: string;
  /** Epoch milliseconds, for `eventTimestamp`. */
  now(): number;
}

type State = WorkflowState<Record<string, StepResult>>;

const synthetic = (
  factory: RecordFactory,
  workflowState: State,
  currentStep?: StepResult & { id: string },
): WatchRecord => ({
  type: "watch",
  runId: factory.runId,
  eventTimestamp: new Date(factory.now()),
  payload: currentStep ? { currentStep, workflowState } : { workflowState },
  synthetic: true,
});

/**
 * The records of step results the watch has not delivered (`ahead`, oldest first): one per step,
 * each carrying the run state known so far plus that step, with status `running`.
 */
export const catchUpRecords = (
  log: DeliveryLog,
  ahead: ReadonlyArray<[string, StepResult]>,
  factory: RecordFactory,
  input: unknown = log.input,
): WatchRecord[] => {
  const sofar: Record<string, StepResult> = { ...log.steps };
  return ahead.map(([id, step]) => {
    sofar[id] = step;
    const state: State = { status: "running", steps: { ...sofar } };
    if (input !== undefined) state.input = input;
    return synthetic(factory, state, { ...step, id });
  });
};

/**
 * The records a run-state snapshot holds that the watch has not delivered: one per step result
 * that is further along than known (in the order the steps ended, suspended or started), then the
 * run's own record when it is not running and that is news. Empty when nothing was missed, and
 * for an old snapshot (one that has a step behind what was delivered).
 *
 * `trusted` says the wire stayed silent since the lookup started: only then may the snapshot's
 * status alone (with no step further along) end a watch, since a record in flight could be newer.
 * Steps the snapshot lacks are ignored: Mastra 0.10's execution-result omits a running `.sleep()`
 * step that the watch reported as `waiting`.
 */
export const reconcileState = (
  log: DeliveryLog,
  snapshot: RunStateSnapshot,
  factory: RecordFactory,
  trusted: boolean,
): WatchRecord[] => {
  const status: RunStatus = snapshot.status;
  if (status === "pending") return [];
  const { steps, input } = splitInput(snapshot.steps ?? {});
  if (log.behind(steps)) return [];
  const runInput = input !== undefined ? input : snapshot.payload;
  const ahead = log.ahead(steps);
  const records = catchUpRecords(log, ahead, factory, runInput ?? log.input);
  const statusIsNews = status !== log.status && (trusted || ahead.length > 0);
  if (status !== "running" && (ahead.length > 0 || statusIsNews)) {
    const final: State = { status, steps };
    if (runInput !== undefined) final.input = runInput;
    if (snapshot.result !== undefined) final.result = snapshot.result;
    if (snapshot.error !== undefined) final.error = snapshot.error;
    records.push(synthetic(factory, final));
  }
  return records;
};
