import { computeBackoff, sleep as defaultSleep } from "./backoff.js";
import {
  RecordParseError,
  RecordTooLargeError,
  StreamConsumedError,
  WatchAbortError,
  WatchReconnectError,
  WatchRunNotFoundError,
  isWatchAbortError,
} from "./errors.js";
import { parseRecordStream } from "./record-stream.js";
import { createKeyMemory, stateKey, stepKey, transitionKey } from "./transition-keys.js";
import {
  RUN_STATUSES,
  isTerminalStatus,
  splitInput,
  toWatchRecord,
  type RunStatus,
  type StepResult,
  type WatchRecord,
  type WorkflowState,
} from "./watch-record.js";
import type { RunStateSnapshot, WatchOptions, WatchSource } from "./watch-source.js";

const DEFAULT_STALL_TIMEOUT_MS = 2000;
const DEFAULT_MAX_ATTEMPTS = 5;
const DEFAULT_BASE_DELAY_MS = 250;
const DEFAULT_MAX_DELAY_MS = 5000;
/**
 * How long a state that the connection has not reported yet waits for the connection before it
 * is synthesised: records already in flight on the wire win over the snapshot.
 */
const MAX_SETTLE_MS = 250;

const noop = (): void => {};

/** Internal hooks used by `watch()`. */
export interface WatchHooks {
  /** Called once, when the first connection was accepted by the server. */
  onOpen?: () => void;
}

interface StateCall {
  /** Whether no record arrived while the lookup was in flight (only then is it trusted). */
  wireSilent: boolean;
}

type ConnectionEvent =
  | { kind: "read"; result: IteratorResult<unknown> }
  | { kind: "readError"; error: unknown }
  | { kind: "state"; call: StateCall; snapshot: RunStateSnapshot | undefined }
  | { kind: "stateError"; call: StateCall; error: unknown }
  | { kind: "settled"; call: StateCall }
  | { kind: "tick" };

type ConnectionOutcome =
  | { kind: "finished" }
  | { kind: "closedAfterFinal"; progressed: boolean }
  | { kind: "dropped"; error: unknown };

/** A tiny mailbox: events are handled in the order they happened; waiting times out with a tick. */
const createMailbox = () => {
  const queue: ConnectionEvent[] = [];
  let wake: (() => void) | undefined;
  return {
    post(event: ConnectionEvent): void {
      queue.push(event);
      wake?.();
    },
    take(timeoutMs: number): Promise<ConnectionEvent> {
      const ready = queue.shift();
      if (ready !== undefined) return Promise.resolve(ready);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          wake = undefined;
          resolve({ kind: "tick" });
        }, timeoutMs);
        wake = () => {
          clearTimeout(timer);
          wake = undefined;
          resolve(queue.shift() ?? { kind: "tick" });
        };
      });
    },
    /** Cancels a pending `take` timer (the pending promise is abandoned). */
    dispose(): void {
      wake?.();
    },
  };
};

async function* runWatch(
  source: WatchSource,
  options: WatchOptions,
  hooks: WatchHooks,
  control: { signal: AbortSignal; isClosed: () => boolean; dispose: () => void },
): AsyncGenerator<WatchRecord, void, undefined> {
  const { runId, follow = false } = options;
  const { signal } = control;
  const stallTimeoutMs = options.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS;
  const maxAttempts = options.reconnect?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const backoff = {
    baseDelayMs: options.reconnect?.baseDelayMs ?? DEFAULT_BASE_DELAY_MS,
    maxDelayMs: options.reconnect?.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
    random: options.random ?? Math.random,
  };
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const shouldReconnect = options.shouldReconnect ?? (() => true);

  const report = (error: unknown): void => {
    if (signal.aborted || options.onError === undefined) return;
    try {
      options.onError(error);
    } catch {
      // A throwing error handler must not break the watch.
    }
  };

  /** Transition keys, with the connection number that first delivered them (0 = synthetic). */
  const transitions = createKeyMemory<number>();
  const states = createKeyMemory<true>();
  let lastStatus: RunStatus | undefined;
  let lastState: WorkflowState | undefined;
  let failures = 0;
  let lastFailure: unknown;
  let connectionNumber = 0;
  let accepted = false;

  const remember = (record: WatchRecord, connection: number): void => {
    transitions.set(transitionKey(record), connection);
    states.set(stateKey(record.payload.workflowState), true);
    lastStatus = record.payload.workflowState.status;
    lastState = record.payload.workflowState;
  };

  /**
   * Whether the watch is over once a record with this status was yielded. `waiting` (a sleep or
   * an awaited event) is never the end: the run goes on by itself, so the watcher attaches again.
   */
  const ends = (status: RunStatus): boolean =>
    isTerminalStatus(status) || (!follow && status === "suspended");

  const synthetic = (
    workflowState: WorkflowState<Record<string, StepResult>>,
    currentStep?: StepResult & { id: string },
  ): WatchRecord => ({
    type: "watch",
    runId,
    eventTimestamp: new Date(now()),
    payload: currentStep ? { currentStep, workflowState } : { workflowState },
    synthetic: true,
  });

  /**
   * The records the server did not send, rebuilt from a snapshot: one per step whose result
   * changed since the last yielded state (in the order the steps ended, suspended or started),
   * then the run's final state when it is not running. Each carries the state accumulated so far.
   */
  const synthesize = (snapshot: RunStateSnapshot): WatchRecord[] => {
    const { steps, input } = splitInput(snapshot.steps ?? {});
    const base: Omit<WorkflowState<Record<string, StepResult>>, "status" | "steps"> = {};
    const runInput = input !== undefined ? input : snapshot.payload;
    if (runInput !== undefined) base.input = runInput;
    const before = (lastState?.steps ?? {}) as Record<string, StepResult | undefined>;
    const time = (step: StepResult) =>
      step.endedAt ?? step.suspendedAt ?? step.resumedAt ?? step.startedAt ?? 0;
    const changed = Object.entries(steps as Record<string, StepResult>)
      .filter(([id, step]) => stepKey(step) !== stepKey(before[id]))
      .sort(([, a], [, b]) => time(a) - time(b));
    const records: WatchRecord[] = [];
    const sofar = { ...(lastState?.steps ?? {}) } as Record<string, StepResult>;
    for (const [id, step] of changed) {
      sofar[id] = step;
      records.push(synthetic({ ...base, status: "running", steps: { ...sofar } }, { ...step, id }));
    }
    if (snapshot.status !== "running") {
      const final: WorkflowState<Record<string, StepResult>> = {
        ...base,
        status: snapshot.status,
        steps,
      };
      if (snapshot.result !== undefined) final.result = snapshot.result;
      if (snapshot.error !== undefined) final.error = snapshot.error;
      records.push(synthetic(final));
    }
    return records;
  };

  /**
   * Whether a synthetic record is news: its exact state was never yielded, and it differs from
   * the last yielded state in the run status or in a step that both know. Steps the snapshot lacks
   * are ignored: Mastra 0.10's execution-result omits a running `.sleep()` step that the watch
   * reported as `waiting`.
   */
  const isNews = (record: WatchRecord): boolean => {
    const state = record.payload.workflowState;
    if (transitions.get(transitionKey(record)) !== undefined) return false;
    if (record.payload.currentStep === undefined && states.get(stateKey(state))) return false;
    if (lastState === undefined || state.status !== lastState.status) return true;
    const before = lastState.steps as Record<string, StepResult | undefined>;
    const after = state.steps as Record<string, StepResult | undefined>;
    return Object.keys(after).some((id) => stepKey(after[id]) !== stepKey(before[id]));
  };

  /** The records for states the server did not send; empty when nothing was missed. */
  const reconcile = (snapshot: RunStateSnapshot): WatchRecord[] => {
    const status = snapshot.status;
    if (!RUN_STATUSES.includes(status) || status === "pending") return [];
    // While running, the connection is the source of truth; a running snapshot only matters
    // when the run left a suspended/waiting state without the server telling us.
    if (status === "running" && (lastStatus === undefined || lastStatus === "running")) return [];
    const records = synthesize(snapshot);
    return records.some(isNews) ? records : [];
  };

  async function* readConnection(
    body: ReadableStream<Uint8Array>,
    connection: AbortController,
    number: number,
  ): AsyncGenerator<WatchRecord, ConnectionOutcome, undefined> {
    const mailbox = createMailbox();
    const records = parseRecordStream(body, {
      signal: connection.signal,
      onError: report,
      ...(options.maxRecordBytes === undefined ? {} : { maxRecordBytes: options.maxRecordBytes }),
    })[Symbol.asyncIterator]();
    const read = (): void => {
      records.next().then(
        (result) => mailbox.post({ kind: "read", result }),
        (error: unknown) => mailbox.post({ kind: "readError", error }),
      );
    };
    let stateCall: StateCall | undefined;
    const lookUpState = (): void => {
      const call: StateCall = { wireSilent: true };
      stateCall = call;
      Promise.resolve()
        .then(() => source.state(signal))
        .then(
          (snapshot) => mailbox.post({ kind: "state", call, snapshot }),
          (error: unknown) => mailbox.post({ kind: "stateError", call, error }),
        );
    };
    /** A synthetic record waiting to see whether the wire reports the same thing first. */
    let deferred:
      { call: StateCall; records: WatchRecord[]; timer: ReturnType<typeof setTimeout> } | undefined;
    const settleMs = Math.min(MAX_SETTLE_MS, stallTimeoutMs);
    const dropDeferred = (): void => {
      if (deferred !== undefined) clearTimeout(deferred.timer);
      deferred = undefined;
    };
    let sawFinal = false;
    let progressed = false;
    const onAbort = (): void => mailbox.post({ kind: "tick" });
    signal.addEventListener("abort", onAbort, { once: true });
    read();
    lookUpState();
    try {
      for (;;) {
        const event = await mailbox.take(stallTimeoutMs);
        if (signal.aborted) throw new WatchAbortError(signal.reason);
        switch (event.kind) {
          case "read": {
            if (event.result.done) {
              return sawFinal
                ? { kind: "closedAfterFinal", progressed }
                : { kind: "dropped", error: undefined };
            }
            read();
            let record: WatchRecord;
            try {
              record = toWatchRecord(event.result.value);
            } catch (error) {
              report(error);
              continue;
            }
            if (record.runId !== runId) {
              report(
                new RecordParseError(
                  record.runId,
                  undefined,
                  `belongs to another run than "${runId}"`,
                ),
              );
              continue;
            }
            if (stateCall) stateCall.wireSilent = false;
            dropDeferred(); // the wire is alive: it reports the run's progress itself
            const status = record.payload.workflowState.status;
            if (status !== "running") sawFinal = true;
            const seenOn = transitions.get(transitionKey(record));
            if (seenOn !== undefined && seenOn !== number) continue; // replayed or already synthesised
            remember(record, number);
            failures = 0;
            progressed = true;
            yield record;
            if (ends(status)) return { kind: "finished" };
            continue;
          }
          case "readError": {
            if (event.error instanceof RecordTooLargeError) throw event.error;
            return { kind: "dropped", error: event.error };
          }
          case "state": {
            if (event.call !== stateCall) continue;
            stateCall = undefined;
            if (!event.call.wireSilent) continue; // records arrived meanwhile: the wire is ahead
            if (event.snapshot === undefined) throw new WatchRunNotFoundError(runId);
            const records = reconcile(event.snapshot);
            if (records.length === 0) continue;
            dropDeferred();
            const call = event.call;
            deferred = {
              call,
              records,
              timer: setTimeout(() => mailbox.post({ kind: "settled", call }), settleMs),
            };
            continue;
          }
          case "settled": {
            if (deferred === undefined || deferred.call !== event.call) continue;
            const { records } = deferred;
            deferred = undefined;
            for (const record of records) {
              if (!isNews(record)) continue;
              remember(record, 0);
              failures = 0;
              progressed = true;
              yield record;
              if (ends(record.payload.workflowState.status)) return { kind: "finished" };
            }
            continue;
          }
          case "stateError": {
            if (event.call === stateCall) stateCall = undefined;
            report(event.error);
            continue;
          }
          case "tick": {
            // The connection stayed open through a silent period: it is healthy.
            failures = 0;
            if (stateCall === undefined && deferred === undefined) lookUpState();
            continue;
          }
        }
      }
    } finally {
      signal.removeEventListener("abort", onAbort);
      dropDeferred();
      mailbox.dispose();
      connection.abort(new WatchAbortError());
      await records.return?.().catch(noop);
    }
  }

  try {
    for (;;) {
      if (signal.aborted) throw new WatchAbortError(signal.reason);
      if (failures > maxAttempts) throw new WatchReconnectError(runId, maxAttempts, lastFailure);
      if (failures > 0) await sleep(computeBackoff(failures, backoff), signal);
      const connection = new AbortController();
      const onAbort = (): void => connection.abort(signal.reason);
      signal.addEventListener("abort", onAbort, { once: true });
      let outcome: ConnectionOutcome;
      try {
        let body: ReadableStream<Uint8Array>;
        try {
          body = await source.open(connection.signal);
        } catch (error) {
          if (signal.aborted) throw new WatchAbortError(signal.reason);
          if (error instanceof WatchRunNotFoundError || !shouldReconnect(error)) throw error;
          failures++;
          lastFailure = error;
          report(error);
          continue;
        }
        if (!accepted) {
          accepted = true;
          hooks.onOpen?.();
        }
        connectionNumber++;
        outcome = yield* readConnection(body, connection, connectionNumber);
      } finally {
        signal.removeEventListener("abort", onAbort);
        connection.abort(new WatchAbortError());
      }

      if (outcome.kind === "finished") return;
      if (outcome.kind === "closedAfterFinal") {
        // Normal close after a suspension while following: attach again. Wait a little if the
        // connection brought nothing new, so a server that closes at once is not hammered.
        if (!outcome.progressed) await sleep(computeBackoff(1, backoff), signal);
        continue;
      }

      // The connection dropped before the run reached a non-running status: find out why.
      const dropCause =
        outcome.error ??
        new Error(
          `The watch connection for run "${runId}" closed before the run reached a final status.`,
        );
      let snapshot: RunStateSnapshot | undefined;
      try {
        snapshot = await source.state(signal);
      } catch (error) {
        if (signal.aborted) throw new WatchAbortError(signal.reason);
        failures++;
        lastFailure = outcome.error ?? error;
        report(error);
        continue;
      }
      if (snapshot === undefined) throw new WatchRunNotFoundError(runId);
      // Known run: attach again. The new connection reconciles with the run state once it is
      // open, after a server that replays has had the chance to resend what the drop lost.
      failures++;
      lastFailure = dropCause;
      report(dropCause);
    }
  } catch (error) {
    if (control.isClosed()) return;
    if (signal.aborted) throw isWatchAbortError(error) ? error : new WatchAbortError(signal.reason);
    throw error;
  } finally {
    control.dispose();
  }
}

/**
 * Builds the watch iterator; `watch()` passes hooks, `watchRecords()` none.
 * `return()` closes everything (connections, lookups, timers) even while a `next()` is pending.
 */
export function createWatchIterator<
  TSteps extends Record<string, StepResult> = Record<string, StepResult>,
>(
  source: WatchSource,
  options: WatchOptions,
  hooks: WatchHooks = {},
): AsyncIterableIterator<WatchRecord<TSteps>> {
  const internal = new AbortController();
  const external = options.signal;
  let closed = false;
  const onExternalAbort = (): void => internal.abort(external?.reason);
  if (external?.aborted) internal.abort(external.reason);
  else external?.addEventListener("abort", onExternalAbort, { once: true });
  const dispose = (): void => {
    external?.removeEventListener("abort", onExternalAbort);
    internal.abort(new WatchAbortError());
  };
  const generator = runWatch(source, options, hooks, {
    signal: internal.signal,
    isClosed: () => closed,
    dispose,
  }) as AsyncGenerator<WatchRecord<TSteps>, void, undefined>;
  let claimed = false;
  const iterator: AsyncIterableIterator<WatchRecord<TSteps>> = {
    next: () => generator.next(),
    async return(value?: unknown) {
      closed = true;
      dispose();
      await generator.return();
      return { done: true, value };
    },
    throw: (error?: unknown) => generator.throw(error),
    [Symbol.asyncIterator]() {
      if (claimed) throw new StreamConsumedError();
      claimed = true;
      return iterator;
    },
  };
  return iterator;
}

/**
 * Watches a run and yields its records as typed {@link WatchRecord}s.
 *
 * - Ends at the run's first non-running status, or with `follow: true` at a terminal one
 *   (success, failed, canceled), attaching again after each suspension.
 * - After every (re)connect, and whenever the connection is silent for `stallTimeoutMs`, compares
 *   with the run's state; a state the server did not send (the run finished before the watch
 *   connected, or resumed between two connections) is yielded as a record with `synthetic: true`.
 *   No transition is yielded twice.
 * - Connects at once; `await iterator.ready` before starting the run to see every record.
 * - Reconnects dropped connections with capped exponential backoff and jitter.
 * - `break`, `return()` or aborting `signal` close every connection and timer.
 *
 * @example
 * ```ts
 * for await (const record of watchRecords(source, { runId, follow: true })) {
 *   console.log(record.payload.workflowState.status);
 * }
 * ```
 * @throws {@link WatchRunNotFoundError} when the server does not know the run.
 * @throws {@link WatchReconnectError} when the connection was lost and could not be re-established.
 * @throws {@link WatchAbortError} when `signal` aborts.
 * @throws {@link StreamConsumedError} when iterated twice.
 */
export function watchRecords<
  TSteps extends Record<string, StepResult> = Record<string, StepResult>,
>(source: WatchSource, options: WatchOptions): WatchIterator<TSteps> {
  let opened = noop;
  const ready = new Promise<void>((resolve) => {
    opened = resolve;
  });
  const inner = createWatchIterator<TSteps>(source, options, { onOpen: () => opened() });
  // Connect now rather than at the first next(): Mastra does not replay, so a run started right
  // after this call would otherwise lose its first records.
  let first: Promise<IteratorResult<WatchRecord<TSteps>>> | undefined = inner.next();
  first.catch(noop);
  const settledReady = Promise.race([ready, first.then(noop)]);
  settledReady.catch(noop);
  let claimed = false;
  const iterator: WatchIterator<TSteps> = {
    ready: settledReady,
    next() {
      const pending = first;
      first = undefined;
      return pending ?? inner.next();
    },
    return: (value?: unknown) => {
      first = undefined;
      return inner.return!(value);
    },
    throw: (error?: unknown) => inner.throw!(error),
    [Symbol.asyncIterator]() {
      if (claimed) throw new StreamConsumedError();
      claimed = true;
      return iterator;
    },
  };
  return iterator;
}

/** The iterator `watchRecords` returns. */
export interface WatchIterator<
  TSteps extends Record<string, StepResult> = Record<string, StepResult>,
> extends AsyncIterableIterator<WatchRecord<TSteps>> {
  /**
   * Resolves once the server has accepted the watch: start the run after this and no record is
   * missed. Rejects when the watch could not be opened. The connection opens when
   * `watchRecords` is called, not at the first `next()`.
   */
  readonly ready: Promise<void>;
}
