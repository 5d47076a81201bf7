/**
 * The events of a workflow stream, typed from the 1.x spec (`openapi/workflows-1.x.yaml`,
 * `StreamEvent`), and the public checks on them. The stream code itself (`stream-events.ts`,
 * `event-stream.ts`) loads on demand: this file stays small because the entry exports it.
 */
import type { StreamEvent1x } from "./schema-1x.js";

/** An event the spec knows, with the record exactly as the server sent it in `raw`. */
export type KnownStreamEvent = StreamEvent1x & {
  /** The record as it came off the wire (on 0.x servers: the 0.x event before renaming). */
  raw: unknown;
};

/**
 * An event whose `type` the spec does not know (for example Mastra's `workflow-step-output` or
 * `workflow-step-progress`, or 0.x's `step-finish`). It is passed through, never dropped: its
 * wire type is in `eventType`, the whole record in `raw`. `type` is `"other"` so that a `switch`
 * on `type` narrows the known events exactly.
 */
export interface OtherStreamEvent {
  type: "other";
  /** The record's own `type`, e.g. `workflow-step-output` (empty when it had none). */
  eventType: string;
  runId?: string;
  from?: string;
  payload?: unknown;
  /** The record as it came off the wire. */
  raw: unknown;
}

/**
 * One event of a workflow stream: a discriminated union on `type`.
 *
 * @example
 * ```ts
 * for await (const event of stream) {
 *   if (event.type === "workflow-step-result") console.log(event.payload.id, event.payload.status);
 *   if (event.type === "other") console.log("not in the spec:", event.eventType);
 * }
 * ```
 */
export type WorkflowStreamEvent = KnownStreamEvent | OtherStreamEvent;

/** The `type` of every event the spec knows. */
export const KNOWN_STREAM_EVENT_TYPES: ReadonlySet<string> = new Set<StreamEvent1x["type"]>([
  "workflow-start",
  "workflow-step-start",
  "workflow-step-result",
  "workflow-step-suspended",
  "workflow-step-waiting",
  "workflow-canceled",
  "workflow-paused",
  "workflow-finish",
]);

/** Whether `value` is a stream event of a type the spec knows (used as a type guard). */
export function isKnownStreamEvent(value: WorkflowStreamEvent): value is KnownStreamEvent {
  return value.type !== "other";
}
