/**
 * The operations only the calls loaded on demand use (the 1.x protocol, the calls beyond the 0.10
 * surface): apart from `operations.ts` so that they load with those calls, not up front.
 */
import { op, type OperationTable } from "./operations.js";
import type { paths } from "./schema.js";
import type { paths1x } from "./schema-1x.js";

/** The one newer call 0.10.15 has a route for: `stream` (0.x event names, see `stream-events.ts`). */
export const v0SurfaceOperations = {
  stream: op("post", "/workflows/{workflowId}/stream", { stream: true }),
} as const satisfies OperationTable<paths>;

/**
 * The Mastra 1.x routes (`openapi/workflows-1.x.yaml`) whose calls differ from 0.x; the routes 1.x
 * kept are called through {@link v0Operations}. Declare a 1.x operation here, under the same name
 * as its 0.x counterpart if it has one, when the client starts calling it (the table is shipped
 * code, so it holds only what is called).
 */
export const v1Operations = {
  listRuns: op("get", "/workflows/{workflowId}/runs"),
  getRun: op("get", "/workflows/{workflowId}/runs/{runId}"),
  // observe replays and follows a run; it changes nothing on the server.
  observe: op("post", "/workflows/{workflowId}/observe", { idempotent: true, stream: true }),
} as const satisfies OperationTable<paths1x>;

/**
 * The routes only Mastra 1.x has (streams, resume-no-wait, restart, time travel, delete, counts),
 * typed against the 1.x spec (`openapi/workflows-1.x.yaml`). A 0.x client never sends these (`UnsupportedByServerError`).
 */
export const v1SurfaceOperations = {
  stream: op("post", "/workflows/{workflowId}/stream", { stream: true }),
  resumeStream: op("post", "/workflows/{workflowId}/resume-stream", { stream: true }),
  observeStream: op("post", "/workflows/{workflowId}/observe", { idempotent: true, stream: true }),
  resumeNoWait: op("post", "/workflows/{workflowId}/resume-no-wait"),
  restart: op("post", "/workflows/{workflowId}/restart"),
  restartAsync: op("post", "/workflows/{workflowId}/restart-async"),
  timeTravel: op("post", "/workflows/{workflowId}/time-travel"),
  timeTravelAsync: op("post", "/workflows/{workflowId}/time-travel-async"),
  timeTravelStream: op("post", "/workflows/{workflowId}/time-travel-stream", { stream: true }),
  // Deleting twice is harmless: the second answers 404 at worst.
  deleteRun: op("delete", "/workflows/{workflowId}/runs/{runId}"),
  runCounts: op("get", "/workflows/run-counts"),
} as const satisfies OperationTable<paths1x>;
