/**
 * Deterministic fault injection: rules are matched against each request in the order they were
 * added, and each rule fires a fixed number of times.
 */
import type { OperationIdFor, RouteFor } from "./operation-ids.js";
import type { ServerGeneration } from "./server-options.js";

/**
 * Which requests a fault applies to. Every given field must match; none given = every request.
 * `G` narrows `operationId` to one generation's operations.
 */
export interface FaultMatch<G extends ServerGeneration = ServerGeneration> {
  /** HTTP method, case-insensitive. */
  method?: string;
  /**
   * The operation the request routes to, by `operationId` (`startWorkflowRunAsync`,
   * `watchWorkflowRun`, …): typed, so a misspelt id does not compile.
   */
  operationId?: OperationIdFor<G>;
  /** The operation the request routes to, as `"METHOD /path/template"` (without the API prefix). */
  route?: RouteFor<G>;
  /** The request path (including the API prefix): exact string or pattern. */
  path?: string | RegExp;
}

interface FaultBase<G extends ServerGeneration = ServerGeneration> {
  /** Requests the fault applies to. */
  match?: FaultMatch<G>;
  /**
   * How many matching requests the fault fires for before it is used up.
   * @defaultValue 1 for `fail`; unlimited (`Infinity`) for the others
   */
  times?: number;
}

/** Answers matching requests with an error instead of handling them. */
export interface FailFault<G extends ServerGeneration = ServerGeneration> extends FaultBase<G> {
  type: "fail";
  /** @defaultValue 503 */
  status?: number;
  /** JSON body. @defaultValue `{ error: "Injected fault" }` */
  body?: unknown;
  /** `Retry-After` header value (seconds or an HTTP date). */
  retryAfter?: number | string;
  /** Extra response headers. */
  headers?: Record<string, string>;
}

/** Delays matching requests (on the server clock: advance a virtual clock to let them through). */
export interface LatencyFault<G extends ServerGeneration = ServerGeneration> extends FaultBase<G> {
  type: "latency";
  ms: number;
}

/** Cuts the watch connection abruptly after `afterRecords` records (a network error for the client). */
export interface DropWatchFault extends FaultBase<"0.x"> {
  type: "drop-watch";
  afterRecords: number;
}

/** Stops sending watch records after `afterRecords` records and never closes the body. */
export interface StallWatchFault extends FaultBase<"0.x"> {
  type: "stall-watch";
  /** @defaultValue 0 */
  afterRecords?: number;
}

/**
 * Sends the watch record at index `record` (0-based) cut in half but still terminated by U+001E,
 * so the reader sees one unparsable record; with `thenClose`, the body ends right after the cut
 * half instead (no separator).
 */
export interface TruncateRecordFault extends FaultBase<"0.x"> {
  type: "truncate-record";
  /** @defaultValue 0 */
  record?: number;
  thenClose?: boolean;
}

/** Holds every watch record back and sends them all in one chunk when the watch ends. */
export interface BufferWatchFault extends FaultBase<"0.x"> {
  type: "buffer-watch";
}

/** A fault for `faults` / `server.inject()`. */
export type Fault =
  | FailFault
  | LatencyFault
  | DropWatchFault
  | StallWatchFault
  | TruncateRecordFault
  | BufferWatchFault;

/**
 * The faults a server of generation `G` takes: every fault on 0.x; `fail` and `latency` on 1.x
 * (which has no `/watch`).
 */
export type FaultFor<G extends ServerGeneration> = G extends "1.x"
  ? FailFault<"1.x"> | LatencyFault<"1.x">
  : FailFault<"0.x"> | LatencyFault<"0.x"> | WatchFault;

/** A fault that only affects watch bodies. */
export type WatchFault = DropWatchFault | StallWatchFault | TruncateRecordFault | BufferWatchFault;

/** The handle `server.inject()` returns. */
export interface InjectedFault {
  readonly fault: Fault;
  /** How many more times it fires. */
  readonly remaining: number;
  /** How many times it has fired. */
  readonly fired: number;
  /** Removes the fault. */
  clear(): void;
}

interface Entry {
  fault: Fault;
  remaining: number;
  fired: number;
}

/** `true` for faults that act on watch bodies. */
export const isWatchFault = (fault: Fault): fault is WatchFault =>
  fault.type === "drop-watch" ||
  fault.type === "stall-watch" ||
  fault.type === "truncate-record" ||
  fault.type === "buffer-watch";

/** The request a fault is matched against. */
export interface FaultTarget {
  method: string;
  path: string;
  operationId: string | undefined;
  route: string | undefined;
}

const matches = (match: FaultMatch | undefined, target: FaultTarget): boolean => {
  if (!match) return true;
  if (match.method !== undefined && match.method.toUpperCase() !== target.method.toUpperCase())
    return false;
  if (match.operationId !== undefined && match.operationId !== target.operationId) return false;
  if (match.route !== undefined && match.route !== target.route) return false;
  if (match.path !== undefined) {
    const { path } = target;
    if (typeof match.path === "string" ? match.path !== path : !match.path.test(path)) return false;
  }
  return true;
};

/**
 * Creates the fault registry of a server.
 */
export const createFaults = (initial: readonly Fault[] = []) => {
  const entries: Entry[] = [];
  const add = (fault: Fault): InjectedFault => {
    const entry: Entry = {
      fault,
      remaining: fault.times ?? (fault.type === "fail" ? 1 : Number.POSITIVE_INFINITY),
      fired: 0,
    };
    entries.push(entry);
    return {
      fault,
      get remaining() {
        return entry.remaining;
      },
      get fired() {
        return entry.fired;
      },
      clear() {
        const i = entries.indexOf(entry);
        if (i !== -1) entries.splice(i, 1);
      },
    };
  };
  for (const fault of initial) add(fault);

  return {
    add,
    clear: () => {
      entries.length = 0;
    },
    /**
     * Takes the faults that apply to a request: uses one firing of each matching rule, and
     * returns them in order. Watch faults only apply to the watch operation.
     */
    take(target: FaultTarget): Fault[] {
      const taken: Fault[] = [];
      for (const entry of [...entries]) {
        if (entry.remaining <= 0) continue;
        if (isWatchFault(entry.fault) && target.operationId !== "watchWorkflowRun") continue;
        if (!matches(entry.fault.match, target)) continue;
        // A request answered by an earlier `fail` does not consume later rules.
        if (taken.some((f) => f.type === "fail")) break;
        entry.remaining--;
        entry.fired++;
        taken.push(entry.fault);
      }
      return taken;
    },
  };
};

/** The registry returned by {@link createFaults}. */
export type Faults = ReturnType<typeof createFaults>;
