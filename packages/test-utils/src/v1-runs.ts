/**
 * What a Mastra 1.x server adds on top of the shared runtime: the stream records of each run
 * (`{ type, runId, from, payload }`), the cache `/observe` replays, the step in flight, and the
 * 1.x shapes of results, run state, run rows and workflow details. It watches every execution
 * through the runtime's observer; nothing here knows about HTTP.
 */
import { randomUUID } from "node:crypto";
import type { StreamEngineEvent } from "./engine.js";
import type { ExecutionObserver, StoredRun } from "./stored-run.js";
import {
  finishRecord,
  omit,
  pick,
  record,
  v1Result,
  type Json,
  type V1Record,
  type V1Subscriber,
} from "./v1-results.js";
import type { RunStatus1x } from "./v1-reply.js";
import { createRunViews } from "./v1-run-views.js";
import { entryId, type Workflow } from "./workflow.js";

export type { V1Record, V1Subscriber } from "./v1-results.js";
export { RUN_RESULT_FIELDS } from "./v1-results.js";

interface Execution {
  /** Started by `/stream` or `/resume-stream`: its records are cached for `/observe`. */
  streamed: boolean;
  /** Its records so far, without `workflow-finish` (what `/observe` repeats after the cache). */
  buffer: V1Record[];
  /** How it ended, once it has. */
  ended: string | undefined;
}

interface RunState {
  /** Records of streamed executions, in order (what `/observe` replays). */
  cache: V1Record[];
  current: Execution | undefined;
  /** The next execution comes from a stream route. */
  nextStreamed: boolean;
  subscribers: Set<V1Subscriber>;
  /** The step in flight: its stored record so far, its position in the graph and its call id. */
  active: { id: string; record: Json; index: number; callId: string | undefined } | undefined;
  /** The run input of the latest start. */
  input: unknown;
  started: boolean;
}

/**
 * Creates the 1.x layer over a runtime's runs. Pass `observer` to `createRuntime`.
 */
export const createV1Runs = (workflows: Record<string, Workflow>) => {
  const states = new WeakMap<StoredRun, RunState>();
  const stateOf = (run: StoredRun): RunState => {
    let state = states.get(run);
    if (!state) {
      state = {
        cache: [],
        current: undefined,
        nextStreamed: false,
        subscribers: new Set(),
        active: undefined,
        input: undefined,
        started: false,
      };
      states.set(run, state);
    }
    return state;
  };
  const workflowOf = (run: StoredRun): Workflow => workflows[run.workflowKey]!;
  const indexOf = (run: StoredRun, id: string): number =>
    workflowOf(run).graph.findIndex((entry) => entryId(entry) === id);

  const publish = (run: StoredRun, value: V1Record) => {
    const state = stateOf(run);
    const execution = state.current;
    if (execution?.streamed) state.cache.push(value);
    if (execution && value.type !== "workflow-finish") execution.buffer.push(value);
    for (const subscriber of [...state.subscribers]) subscriber(value);
  };

  /** The 1.x record of one engine event (`undefined` for events 1.x does not stream). */
  const toRecord = (run: StoredRun, event: StreamEngineEvent): V1Record | undefined => {
    const state = stateOf(run);
    const p = event.payload;
    const id = String(p["id"]);
    switch (event.type) {
      case "step-start": {
        const payload: Json = {
          stepName: id,
          id,
          stepCallId: randomUUID(),
          payload: p["payload"],
          startedAt: p["startedAt"],
          status: "running",
          ...("resumedAt" in p
            ? { resumePayload: p["resumePayload"], resumedAt: p["resumedAt"] }
            : {}),
        };
        state.active = {
          id,
          record: omit(payload, ["stepName", "id", "stepCallId"]),
          index: indexOf(run, id),
          callId: payload["stepCallId"] as string,
        };
        return record(run, "workflow-step-start", payload);
      }
      case "step-waiting": {
        const payload: Json = {
          stepName: id,
          id,
          payload: p["payload"],
          startedAt: p["startedAt"],
          status: "waiting",
        };
        state.active = {
          id,
          record: { status: "waiting", payload: p["payload"], startedAt: p["startedAt"] },
          index: indexOf(run, id),
          callId: undefined,
        };
        return record(run, "workflow-step-waiting", payload);
      }
      case "step-result":
      case "step-suspended": {
        const active = state.active?.id === id ? state.active : undefined;
        // A `.sleep()` entry's result carries no call id, payload or start time.
        const outcome = active?.callId
          ? omit(p, ["id", "payload", "startedAt"])
          : pick(p, ["endedAt", "status", "output"]);
        const base = active?.callId
          ? { stepName: id, id, stepCallId: active.callId, ...active.record }
          : { stepName: id, id };
        state.active = undefined;
        return record(
          run,
          event.type === "step-result" ? "workflow-step-result" : "workflow-step-suspended",
          { ...base, ...outcome },
        );
      }
      default:
        return undefined;
    }
  };

  /** A `workflow-finish` record (1.x reports zero token usage for plain workflows). */
  const observer: ExecutionObserver = {
    start(run, { input, resumed }) {
      const state = stateOf(run);
      state.current = { streamed: state.nextStreamed, buffer: [], ended: undefined };
      state.nextStreamed = false;
      state.active = undefined;
      if (!resumed) state.input = input;
      state.started = true;
      publish(run, record(run, "workflow-start", { workflowId: run.workflowName }));
    },
    event(run, event) {
      const value = toRecord(run, event);
      if (value) publish(run, value);
    },
    end(run, result) {
      const state = stateOf(run);
      state.active = undefined;
      if (result.status === "paused") publish(run, record(run, "workflow-paused", {}));
      publish(
        run,
        finishRecord(
          run,
          result.status,
          {},
          result.status === "success" ? { finalWorkflowResult: result.result } : {},
        ),
      );
      if (state.current) state.current.ended = result.status;
    },
  };

  const inProgress = (run: StoredRun): boolean => {
    const current = states.get(run)?.current;
    return current !== undefined && current.ended === undefined;
  };

  /** The status 1.x reports: `running` while an execution is in flight (0.10 wrote none). */
  const statusOf = (run: StoredRun): RunStatus1x => {
    const stored = run.snapshot.status;
    return inProgress(run) && stored !== "waiting" && stored !== "canceled" ? "running" : stored;
  };

  /**
   * The step in flight as the store shows it. A resumed execution shows none: Mastra 1.x skips
   * `running` writes over a suspended snapshot, so the run reads as it was stored at suspension
   * (status aside) until the execution suspends again, waits or ends.
   */
  const storedActiveStep = (run: StoredRun) =>
    inProgress(run) && run.snapshot.status !== "suspended" ? states.get(run)?.active : undefined;

  const hasStarted = (run: StoredRun) =>
    states.get(run)?.started === true || "input" in (run.snapshot.context ?? {});

  const { runState, runRow } = createRunViews({
    ...{ workflowOf, indexOf, statusOf, storedActiveStep, hasStarted },
    latestInput: (run) => states.get(run)?.input,
  });

  return {
    observer,
    /** Marks the run's next execution as started by a stream route (cached for `/observe`). */
    markStreamed(run: StoredRun) {
      stateOf(run).nextStreamed = true;
    },
    /** Subscribes to the run's records; returns the unsubscribe function. */
    subscribe(run: StoredRun, subscriber: V1Subscriber): () => void {
      const state = stateOf(run);
      state.subscribers.add(subscriber);
      return () => state.subscribers.delete(subscriber);
    },
    /** A record of this run, for answers that never reach the engine (validation failures). */
    record,
    finishRecord,
    /**
     * What `/observe` sends: the cached records from `offset`, then the current streamed
     * execution's records again, and whether it is still running (then it goes on live).
     */
    observe(run: StoredRun, offset: number): { replay: V1Record[]; live: boolean } {
      const state = states.get(run);
      if (!state) return { replay: [], live: false };
      const current = state.current?.streamed ? state.current : undefined;
      const live = current !== undefined && current.ended === undefined;
      // Mastra keeps a suspended run's output stream in memory and plays it again (no finish).
      const repeat = current && (live || current.ended === "suspended") ? current.buffer : [];
      return { replay: [...state.cache.slice(Math.max(0, offset)), ...repeat], live };
    },
    /** `GET runs/{runId}`: the flat run state, optionally limited to `fields`. */
    runState,
    /** A row of `GET runs`. */
    runRow,
    /** Whether an execution of the run is in flight. */
    inProgress,
    /** The status 1.x reports for a run. */
    statusOf,
    /** What `start-async` and `resume-async` answer. */
    result: v1Result,
  };
};

/** The layer returned by {@link createV1Runs}. */
export type V1Runs = ReturnType<typeof createV1Runs>;
