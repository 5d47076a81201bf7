/**
 * The requests a server is serving, each with its own abort signal: it fires when the client goes
 * away or when the server closes. No `AbortSignal.any` over the server's long-lived signal (on
 * Node 20 that keeps every request's signal alive): a request leaves the set when its answer is
 * complete, or, for a streamed answer, when the body ends, errors or is cancelled (the body calls
 * the request's `release`).
 */

/** One request being served. */
export interface InflightCall {
  readonly signal: AbortSignal;
  /** The request is finished: forget it. Idempotent. */
  end(): void;
}

/** Streamed answers (their body is live): the server tracks them until the body ends. */
const liveResponses = new WeakSet<Response>();

/** Marks a response whose body streams (a watch, `/stream`, `/observe`). */
export const markLive = (response: Response): Response => {
  liveResponses.add(response);
  return response;
};

/** Creates the set of requests in flight. */
export const createInflight = () => {
  const active = new Set<AbortController>();
  let closed: unknown;
  let closedAtAll = false;

  const begin = (source: AbortSignal): InflightCall => {
    const controller = new AbortController();
    const onAbort = () => controller.abort(source.reason);
    if (closedAtAll) controller.abort(closed);
    else if (source.aborted) controller.abort(source.reason);
    else source.addEventListener("abort", onAbort, { once: true });
    active.add(controller);
    let ended = false;
    return {
      signal: controller.signal,
      end() {
        if (ended) return;
        ended = true;
        active.delete(controller);
        source.removeEventListener("abort", onAbort);
      },
    };
  };

  /**
   * Ends `call` now, unless the answer streams: a streamed body calls `end` (the request's
   * `release`) itself when it ends, errors or is cancelled.
   */
  const settle = (response: Response, call: InflightCall): Response => {
    if (!liveResponses.has(response)) call.end();
    return response;
  };

  return {
    begin,
    settle,
    /** Aborts every request in flight and every later one. */
    abortAll(reason: unknown) {
      closedAtAll = true;
      closed = reason;
      for (const controller of [...active]) controller.abort(reason);
    },
    /** How many requests are in flight. */
    get size() {
      return active.size;
    },
  };
};
