/**
 * Everything the client loads on demand, as ONE dynamic `import()` so bundlers make one lazy chunk
 * of it: the 1.x protocol, the 0.x surface beyond 0.10's calls, the checks of those calls, and
 * the debug lines of watches.
 * One chunk rather than three keeps what loads up front in as few files as possible (each file
 * is compressed on its own, so every extra one costs bytes).
 */
export { createV1Protocol } from "./protocol-v1.js";
export { createV0Surface } from "./protocol-v0-surface.js";
export { createWorkflowSurface } from "./workflow-surface-calls.js";
export { createAllRuns } from "./all-runs.js";
export { withWatchLogging } from "./watch-logging.js";
