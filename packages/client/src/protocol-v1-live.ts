/**
 * Live records for 1.x watches. A Mastra 1.x server has no watch route, and its `/observe` serves
 * nothing for a run started with plain `/start`. So while a watch of this client is connected to
 * a run, `start` and `resume` on that run go through `/stream` and `/resume-stream` instead, and
 * the events of that response are handed to the run's watches as they arrive.
 *
 * Observed on the real 1.x server (harness/mastra-1.x/WIRE-NOTES.md, "A stream the client stops
 * reading"): the run does not depend on the stream's reader. Cancelling the body, or never
 * reading it, leaves the run going to its next stop, and `/observe` still has every record. So
 * the relay reads the body only while a watch listens, and cancels it when the last one leaves.
 */
import type { WorkflowEventStream } from "./event-stream.js";
import type { StartRequest, WorkflowsProtocol } from "./protocol.js";
import type { SurfaceProtocol, SurfaceStartRequest } from "./protocol-surface.js";

/** Receives the wire events of a run's `/stream` or `/resume-stream` body. */
export interface LiveListener {
  /** One decoded wire event (`{ type, runId, payload }`), in the server's order. */
  event(raw: unknown): void;
  /** The body ended, failed or was cancelled: no more events from this response. */
  end(): void;
  /** The run's input, as this client's `start` sent it (1.x events do not carry it). */
  input?(value: unknown): void;
  /** The run's status when the watch connected (`undefined` when it could not be read). */
  status?: string | undefined;
}

/** The live side of a 1.x protocol instance: which runs are watched, and their stream bodies. */
export interface LiveRelay {
  /** Registers a watch connection of run `key` (`workflowId|runId`); returns its unsubscribe. */
  subscribe(key: string, listener: LiveListener): () => void;
  /**
   * Whether a watch of this client listens to run `key` now; with `seen`, one whose run status
   * at connection passes `seen`.
   */
  isWatched(key: string, seen?: (status: string | undefined) => boolean): boolean;
  /**
   * Reads `stream` in the background and hands its events to the listeners of `key`, until the
   * body ends or no listener is left (then the body is cancelled; the run goes on regardless).
   */
  feed(key: string, stream: WorkflowEventStream, input?: unknown): void;
}

/** Creates an empty {@link LiveRelay}. */
export function createLiveRelay(): LiveRelay {
  const listeners = new Map<string, Set<LiveListener>>();
  const bodies = new Map<string, Set<WorkflowEventStream>>();

  const release = (key: string): void => {
    for (const body of bodies.get(key) ?? []) void body.cancel().catch(() => {});
    bodies.delete(key);
  };

  return {
    subscribe(key, listener) {
      let set = listeners.get(key);
      if (set === undefined) listeners.set(key, (set = new Set()));
      set.add(listener);
      return () => {
        if (!set.delete(listener) || set.size > 0) return;
        if (listeners.get(key) === set) listeners.delete(key);
        release(key); // nobody reads it any more; the server keeps running the run
      };
    },
    isWatched: (key, seen) =>
      [...(listeners.get(key) ?? [])].some((listener) => seen?.(listener.status) ?? true),
    feed(key, stream, input) {
      let open = bodies.get(key);
      if (open === undefined) bodies.set(key, (open = new Set()));
      open.add(stream);
      const each = (call: (listener: LiveListener) => void): void => {
        for (const listener of [...(listeners.get(key) ?? [])]) call(listener);
      };
      if (input !== undefined) each((listener) => listener.input?.(input));
      // A stream's final result is read from its events; nobody awaits it here.
      stream.result.catch(() => {});
      void (async () => {
        try {
          for await (const event of stream) each((listener) => listener.event(event.raw));
        } catch {
          // A dropped connection: the watches fall back to polling the run state.
        } finally {
          open.delete(stream);
          if (open.size === 0 && bodies.get(key) === open) bodies.delete(key);
          each((listener) => listener.end());
        }
      })();
    },
  };
}

/** The `start` and `resume` of a 1.x protocol that feed the run's watches (see the file header). */
export type LiveCalls = Pick<WorkflowsProtocol, "start" | "resume">;

/**
 * Wraps the plain 1.x `start` and `resume`: while a watch of this client listens to the run, the
 * call is sent once as `POST /stream` (`/resume-stream`) instead, answers with the plain call's
 * acknowledgement as soon as the server accepted it (response headers), and its events go to the
 * watches. Without a watch, the plain route is used, as before.
 */
export function createLiveCalls(
  plain: LiveCalls,
  surface: Pick<SurfaceProtocol, "stream" | "resumeStream">,
  relay: LiveRelay,
): LiveCalls {
  return {
    async start(workflowId, request, call) {
      const { runId } = request;
      const key = `${workflowId}|${runId}`;
      // Only a run not started yet: `/stream` of a suspended or finished run does not re-run it
      // as `/start` does (it answers an empty stream, or 409).
      if (runId === undefined || !relay.isWatched(key, (status) => status === "pending")) {
        return plain.start(workflowId, request, call);
      }
      const body = await surface.stream(workflowId, { ...startFields(request), runId }, call);
      relay.feed(key, body, request.inputData);
      return { message: "Workflow run started" };
    },
    async resume(workflowId, request, call) {
      const key = `${workflowId}|${request.runId}`;
      if (!relay.isWatched(key)) return plain.resume(workflowId, request, call);
      const { step } = request;
      const body = await surface.resumeStream(
        workflowId,
        {
          runId: request.runId,
          ...(step === undefined ? {} : { step: typeof step === "string" ? step : [...step] }),
          ...(request.resumeData === undefined ? {} : { resumeData: request.resumeData }),
          ...(request.runtimeContext ? { requestContext: request.runtimeContext } : {}),
        },
        call,
      );
      relay.feed(key, body);
      return { message: "Workflow run resumed" };
    },
  };
}

/** The `/stream` body fields of a `start` request (its 1.x options were checked by `startRequest`). */
function startFields(request: StartRequest): Omit<SurfaceStartRequest, "runId"> {
  const options: Partial<SurfaceStartRequest> = { ...request.options1x };
  return {
    ...options,
    inputData: request.inputData,
    ...(request.runtimeContext ? { requestContext: request.runtimeContext } : {}),
  };
}
