import type { DeliveryLog } from "./delivery-log.js";
import type { WatchControl } from "./watch-loop.js";
import {
  RecordParseError,
  RecordTooLargeError,
  WatchAbortError,
  WatchRunNotFoundError,
} from "./errors.js";
import { createMailbox } from "./mailbox.js";
import { catchUpRecords, reconcileState, type RecordFactory } from "./reconcile-state.js";
import { parseRecordStream } from "./record-stream.js";
import { isTerminalStatus, type RunStatus } from "./run-status.js";
import { splitInput, toWatchRecord, type WatchRecord } from "./watch-record.js";
import { isAbortLike, toAbortError, type WatchSettings } from "./watch-settings.js";
import type { RunStateSnapshot, WatchSource } from "./watch-source.js";

const noop = (): void => {};

/** What one watch shares across its connections. */
export interface WatchSession {
  settings: WatchSettings;
  source: WatchSource;
  log: DeliveryLog;
  /** The watch's control: whether (and why) it was aborted by the user's signal, `close()`, `break`. */
  control: WatchControl;
  /** Reports a non-fatal problem to `onError` (never while aborted). */
  report(error: unknown): void;
  /** Called whenever the watch makes progress: the reconnection budget starts again. */
  onProgress(): void;
  /** `true` until the first state lookup was made: it may become the starting point. */
  baselinePending: boolean;
  /**
   * `true` once records may have been lost: after a reconnection or a skipped record. Only then
   * does a record that skips over steps get them rebuilt before it; on an unbroken connection the
   * wire is the truth (a watch opened mid-run does not report what happened before it).
   */
  lossPossible: boolean;
}

/** How a connection ended. */
export type ConnectionOutcome =
  | { kind: "finished" }
  | { kind: "closedAfterFinal"; progressed: boolean }
  | { kind: "dropped"; error: unknown };

interface StateCall {
  /** Whether no record arrived since the lookup started (only then is its status trusted). */
  wireSilent: boolean;
}

type ConnectionEvent =
  | { kind: "read"; result: IteratorResult<unknown> }
  | { kind: "readError"; error: unknown }
  | { kind: "skipped" }
  | { kind: "state"; call: StateCall; snapshot: RunStateSnapshot | undefined }
  | { kind: "stateError"; call: StateCall; error: unknown }
  | { kind: "settled"; call: StateCall }
  | { kind: "tick" };

/**
 * Whether the first state of a watch is where it starts rather than news: a run not started or
 * running (what happens next is on the wire), or suspended when not following (the watch waits
 * for the run to move on, as Mastra's own watch does).
 */
const isStartingPoint = (status: RunStatus, follow: boolean): boolean =>
  status === "pending" || status === "running" || (!follow && status === "suspended");

/** Delivers records in order; `true` when the watch is over once one was delivered (see `follow`). */
function* deliver(
  session: WatchSession,
  batch: WatchRecord[],
  from: number,
): Generator<WatchRecord, boolean> {
  for (const record of batch) {
    session.log.remember(record, from);
    session.onProgress();
    yield record;
    const { status } = record.payload.workflowState;
    if (isTerminalStatus(status) || (!session.settings.follow && status === "suspended"))
      return true;
  }
  return false;
}

/**
 * Reads one watch connection and yields what the watch delivers: the wire's records, each
 * preceded by rebuilt records for steps it skipped over, and rebuilt records for what the run
 * state holds and the wire did not send (after a silent `stallTimeoutMs`, after an unparsable
 * record, and once at the start). Every event (records, lookups, timers, abort) goes through one
 * mailbox, handled in order.
 */
export async function* readConnection(
  session: WatchSession,
  body: ReadableStream<Uint8Array>,
  connection: AbortController,
  number: number,
): AsyncGenerator<WatchRecord, ConnectionOutcome, undefined> {
  const { settings, source, log } = session;
  // The connection's signal aborts with the watch (with the watch's reason), and only then once
  // the connection is open: the lookups use it too.
  const { signal } = connection;
  const { runId, follow, clock } = settings;
  const factory: RecordFactory = { runId, now: () => clock.now() };
  const mailbox = createMailbox<ConnectionEvent>(clock);
  const records = parseRecordStream(body, {
    signal: connection.signal,
    onError: (error) => {
      session.report(error);
      session.lossPossible = true;
      mailbox.post({ kind: "skipped" });
    },
    ...(settings.maxRecordBytes === undefined ? {} : { maxRecordBytes: settings.maxRecordBytes }),
  });
  const read = (): void => {
    records.next().then(
      (result) => mailbox.post({ kind: "read", result }),
      (error: unknown) => mailbox.post({ kind: "readError", error }),
    );
  };

  let stateCall: StateCall | undefined;
  /** A record was skipped while a lookup was in flight: look again once it is back. */
  let lookAgain = false;
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

  /** A snapshot with news, waiting `settleMs` for the wire to report the same thing first. */
  let deferred: { call: StateCall; snapshot: RunStateSnapshot; timer: AbortController } | undefined;
  const dropDeferred = (): void => {
    deferred?.timer.abort();
    deferred = undefined;
  };
  const defer = (call: StateCall, snapshot: RunStateSnapshot): void => {
    dropDeferred();
    const timer = new AbortController();
    deferred = { call, snapshot, timer };
    clock
      .sleep(settings.settleMs, timer.signal)
      .then(() => mailbox.post({ kind: "settled", call }), noop);
  };

  let sawFinal = false;
  let progressed = false;
  /** The records a wire record brings: none when it is old or already delivered. */
  const fromWire = (record: WatchRecord): WatchRecord[] => {
    const seenOn = log.seenOn(record);
    if (seenOn !== undefined && seenOn !== number) return []; // replayed or already rebuilt
    // A watch's first record on an unbroken connection starts it (a watch opened mid-run does not
    // report what happened before it).
    if (log.empty && !session.lossPossible) return [record];
    const { steps, status } = record.payload.workflowState;
    const current = record.payload.currentStep;
    const ahead = log.ahead(steps as Record<string, never>);
    if (ahead.length === 0) {
      if (log.behind(steps as Record<string, never>)) return []; // an old record
      if (status === log.status && (current === undefined || log.delivered(current))) return [];
    }
    // Steps the record skipped over (lost on a dropped connection or in a skipped record).
    if (!session.lossPossible) return [record];
    const skipped = ahead.filter(([id]) => id !== current?.id);
    return [...catchUpRecords(log, skipped, factory, record.payload.workflowState.input), record];
  };

  const onAbort = (): void => mailbox.post({ kind: "tick" });
  signal.addEventListener("abort", onAbort, { once: true });
  read();
  lookUpState();
  try {
    for (;;) {
      const event = await mailbox.take(settings.stallTimeoutMs);
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
            session.report(error);
            session.lossPossible = true;
            mailbox.post({ kind: "skipped" });
            continue;
          }
          if (record.runId !== runId) {
            const reason = `belongs to another run than "${runId}"`;
            session.report(new RecordParseError(record.runId, undefined, reason));
            continue;
          }
          if (stateCall) stateCall.wireSilent = false;
          if (deferred) deferred.call.wireSilent = false;
          if (record.payload.workflowState.status !== "running") sawFinal = true;
          const batch = fromWire(record);
          if (batch.length > 0) progressed = true;
          if (yield* deliver(session, batch, number)) return { kind: "finished" };
          continue;
        }
        case "readError": {
          if (event.error instanceof RecordTooLargeError) throw event.error;
          if (isAbortLike(event.error) && !connection.signal.aborted) {
            throw toAbortError(event.error);
          }
          return { kind: "dropped", error: event.error };
        }
        case "skipped": {
          // A record was lost in the stream: the run state tells what it said.
          if (stateCall === undefined) lookUpState();
          else lookAgain = true;
          continue;
        }
        case "state": {
          if (event.call !== stateCall) continue;
          stateCall = undefined;
          if (lookAgain) {
            lookAgain = false;
            lookUpState();
          }
          const { snapshot } = event;
          if (snapshot === undefined) throw new WatchRunNotFoundError(runId);
          if (session.baselinePending) {
            session.baselinePending = false;
            // Only a state read on an unbroken first connection is where the watch starts.
            if (log.empty && !session.lossPossible && isStartingPoint(snapshot.status, follow)) {
              const { steps, input } = splitInput(snapshot.steps ?? {});
              const start = { status: snapshot.status, steps, input: input ?? snapshot.payload };
              log.setBaseline(start);
              continue;
            }
          }
          const preview = reconcileState(log, snapshot, factory, event.call.wireSilent);
          if (preview.length > 0) defer(event.call, snapshot);
          continue;
        }
        case "settled": {
          if (deferred === undefined || deferred.call !== event.call) continue;
          const { call, snapshot } = deferred;
          deferred = undefined;
          const batch = reconcileState(log, snapshot, factory, call.wireSilent);
          if (batch.length > 0) progressed = true;
          if (yield* deliver(session, batch, 0)) return { kind: "finished" };
          continue;
        }
        case "stateError": {
          if (event.call === stateCall) stateCall = undefined;
          if (isAbortLike(event.error)) throw toAbortError(event.error);
          session.report(event.error);
          continue;
        }
        case "tick": {
          // The connection stayed open through a silent period: it is healthy.
          session.onProgress();
          if (stateCall === undefined && deferred === undefined) lookUpState();
          continue;
        }
      }
    }
  } finally {
    signal.removeEventListener("abort", onAbort);
    dropDeferred();
    mailbox.dispose();
    // Leaving the records cancels the body when it is still open (the watch is then over, and
    // aborting it aborts the connection's controller too).
    await records.return?.().catch(noop);
  }
}
