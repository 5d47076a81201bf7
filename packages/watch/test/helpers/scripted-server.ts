import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { RunStateSnapshot } from "@wfkit/watch";

const RS = "\u001e";

/**
 * What one GET /watch connection does.
 * - `live`: like Mastra: stays open, writes every record `emit`ted for the run, and closes right
 *   after a record whose status is not `running`. Never closes on its own otherwise.
 * - `body`: writes `pieces` (each a record's wire text without separator; `partial` adds the first
 *   half of one more), updating the run's state as Mastra would, then closes, destroys the socket
 *   or hangs.
 * - `empty`: 200 with an empty body that closes at once (Mastra's answer for an unknown run).
 * - `destroy`: sends the headers, then destroys the socket.
 * - `status`: answers with this HTTP status and a JSON error body.
 */
export type ConnectionScript =
  | { kind: "live" }
  | { kind: "body"; pieces: string[]; partial?: string; then: "close" | "destroy" | "hang" }
  | { kind: "empty" }
  | { kind: "destroy" }
  | { kind: "status"; status: number };

export interface WatchConnection {
  runId: string;
  /** Resolves when the server sees the connection closed (by either side). */
  closed: Promise<void>;
  isClosed(): boolean;
}

export interface ScriptedRun {
  /** The execution-result answer; `undefined` → 404. */
  state: RunStateSnapshot | undefined;
  /** Scripts for the next connections, in order; `fallback` once they run out. */
  connections: ConnectionScript[];
  fallback: ConnectionScript;
}

export interface ScriptedServer extends AsyncDisposable {
  url: string;
  /** Declares a run (state and connection scripts). */
  run(runId: string, run: Partial<ScriptedRun>): ScriptedRun;
  /** Writes one record (its wire text without the separator) to the run's live connections. */
  emit(runId: string, piece: string): void;
  /** Writes raw text (plus a separator) to the run's live connections; the state is unchanged. */
  emitRaw(runId: string, text: string): void;
  /** Sets the run's state without telling any connection. */
  setState(runId: string, state: RunStateSnapshot | undefined): void;
  watchConnections: WatchConnection[];
  /** Number of execution-result requests per run. */
  stateRequests: Map<string, number>;
  /** Resolves once `count` watch connections were made. */
  waitForConnections(count: number): Promise<void>;
  /** Resolves once the run's execution-result was requested `count` times (and answered). */
  waitForStateRequests(runId: string, count: number): Promise<void>;
  close(): Promise<void>;
}

/** The event inside a record piece (the piece is a JSON string literal holding the event JSON). */
export const eventOf = (piece: string): { payload: { workflowState: Record<string, unknown> } } => {
  let value: unknown = JSON.parse(piece);
  if (typeof value === "string") value = JSON.parse(value);
  return value as { payload: { workflowState: Record<string, unknown> } };
};

/** The execution-result a real server would answer after the given record. */
export const snapshotOf = (piece: string): RunStateSnapshot => {
  const state = eventOf(piece).payload.workflowState;
  const steps = state["steps"] as Record<string, unknown>;
  const snapshot: RunStateSnapshot = {
    status: state["status"] as RunStateSnapshot["status"],
    steps,
    payload: steps["input"],
  };
  if (state["result"] != null) snapshot.result = state["result"];
  if (state["error"] != null) snapshot.error = state["error"];
  return snapshot;
};

const isFinal = (piece: string): boolean =>
  eventOf(piece).payload.workflowState["status"] !== "running";

export const createScriptedServer = async (): Promise<ScriptedServer> => {
  const runs = new Map<string, ScriptedRun>();
  const live = new Map<string, Set<ServerResponse>>();
  const watchConnections: WatchConnection[] = [];
  const stateRequests = new Map<string, number>();
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const stateWaiters: Array<{ runId: string; count: number; resolve: () => void }> = [];

  const getRun = (runId: string): ScriptedRun | undefined => runs.get(runId);

  const track = (runId: string, res: ServerResponse): void => {
    let isClosed = false;
    const closed = new Promise<void>((resolve) =>
      res.on("close", () => {
        isClosed = true;
        live.get(runId)?.delete(res);
        resolve();
      }),
    );
    watchConnections.push({ runId, closed, isClosed: () => isClosed });
    for (const waiter of [...waiters]) {
      if (watchConnections.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };

  const startBody = (res: ServerResponse): void => {
    res.writeHead(200, {
      "access-control-allow-origin": "*",
      "content-type": "text/plain; charset=UTF-8",
    });
    res.flushHeaders();
  };

  const write = (runId: string, res: ServerResponse, piece: string): void => {
    const run = getRun(runId);
    if (run) run.state = snapshotOf(piece);
    res.write(piece + RS);
  };

  const handleWatch = (runId: string, res: ServerResponse): void => {
    track(runId, res);
    const run = getRun(runId);
    const script: ConnectionScript = run
      ? (run.connections.shift() ?? run.fallback)
      : { kind: "empty" };
    switch (script.kind) {
      case "empty":
        startBody(res);
        res.end();
        return;
      case "status":
        res.writeHead(script.status, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: `scripted ${script.status}` }));
        return;
      case "destroy":
        startBody(res);
        // Once the headers have left, cut the socket.
        res.socket?.write("", () => res.socket?.destroy());
        return;
      case "live": {
        startBody(res);
        let connections = live.get(runId);
        if (!connections) live.set(runId, (connections = new Set()));
        connections.add(res);
        return;
      }
      case "body": {
        startBody(res);
        for (const piece of script.pieces) write(runId, res, piece);
        if (script.partial !== undefined) {
          res.write(script.partial.slice(0, Math.floor(script.partial.length / 2)));
        }
        if (script.then === "close") res.end();
        // Let the written bytes leave before the socket goes.
        else if (script.then === "destroy") res.socket?.write("", () => res.socket?.destroy());
        return;
      }
    }
  };

  const handleState = (runId: string, res: ServerResponse): void => {
    stateRequests.set(runId, (stateRequests.get(runId) ?? 0) + 1);
    const state = getRun(runId)?.state;
    if (state === undefined) {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "Workflow run execution result not found" }));
      wakeStateWaiters();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(state));
    wakeStateWaiters();
  };
  const wakeStateWaiters = (): void => {
    for (const waiter of [...stateWaiters]) {
      if ((stateRequests.get(waiter.runId) ?? 0) >= waiter.count) {
        stateWaiters.splice(stateWaiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const watchMatch = /^\/api\/workflows\/[^/]+\/watch$/.exec(url.pathname);
    const stateMatch = /^\/api\/workflows\/[^/]+\/runs\/([^/]+)\/execution-result$/.exec(
      url.pathname,
    );
    if (req.method === "GET" && watchMatch) {
      const runId = url.searchParams.get("runId");
      if (runId === null) {
        res.writeHead(400, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: "runId required to watch workflow" }));
        return;
      }
      handleWatch(runId, res);
      return;
    }
    if (req.method === "GET" && stateMatch?.[1] !== undefined) {
      handleState(decodeURIComponent(stateMatch[1]), res);
      return;
    }
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("404 Not Found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const close = async (): Promise<void> => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };

  return {
    url: `http://127.0.0.1:${port}`,
    run(runId, run) {
      const full: ScriptedRun = {
        state: run.state,
        connections: run.connections ?? [],
        fallback: run.fallback ?? { kind: "live" },
      };
      runs.set(runId, full);
      return full;
    },
    emit(runId, piece) {
      const run = getRun(runId);
      if (run) run.state = snapshotOf(piece);
      const final = isFinal(piece);
      for (const res of [...(live.get(runId) ?? [])]) {
        res.write(piece + RS);
        if (final) {
          // Mastra stops writing after a non-running record and closes on the next tick.
          live.get(runId)?.delete(res);
          setImmediate(() => res.end());
        }
      }
    },
    emitRaw(runId, text) {
      for (const res of live.get(runId) ?? []) res.write(text + RS);
    },
    setState(runId, state) {
      const run = getRun(runId);
      if (run) run.state = state;
    },
    watchConnections,
    stateRequests,
    waitForConnections(count) {
      if (watchConnections.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    waitForStateRequests(runId, count) {
      return new Promise((resolve) => {
        stateWaiters.push({ runId, count, resolve });
        wakeStateWaiters();
      });
    },
    close,
    [Symbol.asyncDispose]: close,
  };
};
