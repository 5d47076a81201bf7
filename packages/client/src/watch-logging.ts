import type { DebugLog } from "./logger.js";
import type { WorkflowsProtocol } from "./protocol.js";
import type { Clock } from "./transport.js";

/**
 * `protocol` with debug lines for every watch connection (the first, then each reconnect) and
 * every reconciliation (a read of the run state the watcher compares its records with).
 */
export function withWatchLogging<P extends WorkflowsProtocol>(
  protocol: P,
  log: DebugLog,
  clock: Clock,
): P {
  return {
    ...protocol,
    watchSource(workflowId, runId, call) {
      const source = protocol.watchSource(workflowId, runId, call);
      const run = `${workflowId} run ${runId}`;
      let connections = 0;
      return {
        async open(signal) {
          const n = ++connections;
          const what = n === 1 ? `watch ${run}: connect` : `reconnect ${run}: connection ${n}`;
          const started = clock.now();
          const took = () => `${Math.round(clock.now() - started)} ms`;
          try {
            const body = await source.open(signal);
            log.line(`${what} opened in ${took()}`);
            return body;
          } catch (error) {
            log.line(
              `${what} failed in ${took()}: ${error instanceof Error ? error.name : "error"}`,
            );
            throw error;
          }
        },
        async state(signal) {
          const started = clock.now();
          const state = await source.state(signal);
          log.line(
            `reconcile ${run}: run state ${state?.status ?? "unknown (404)"} read in ${Math.round(clock.now() - started)} ms`,
          );
          return state;
        },
      };
    },
  };
}
