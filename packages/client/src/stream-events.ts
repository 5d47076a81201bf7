/**
 * The events of a workflow stream (`stream`, `resumeStream`, `observeStream`, `timeTravelStream`),
 * typed from the 1.x spec (`openapi/workflows-1.x.yaml`, `StreamEvent`), and the mapping of 0.x
 * `/stream` events onto the 1.x names.
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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether `value` is a stream event of a type the spec knows (used as a type guard). */
export function isKnownStreamEvent(value: WorkflowStreamEvent): value is KnownStreamEvent {
  return value.type !== "other";
}

function other(record: Record<string, unknown>): OtherStreamEvent {
  const { type, runId, from, payload } = record;
  return {
    type: "other",
    eventType: typeof type === "string" ? type : "",
    ...(typeof runId === "string" ? { runId } : {}),
    ...(typeof from === "string" ? { from } : {}),
    ...(payload === undefined ? {} : { payload }),
    raw: record,
  };
}

/**
 * A 1.x record as a {@link WorkflowStreamEvent}; `undefined` for a record that is not an object
 * (the caller reports it as a bad record).
 */
export function toStreamEvent(record: unknown): WorkflowStreamEvent | undefined {
  if (!isObject(record)) return undefined;
  const known = typeof record.type === "string" && KNOWN_STREAM_EVENT_TYPES.has(record.type);
  if (!known || !isObject(record.payload)) return other(record);
  return { ...(record as StreamEvent1x), raw: record };
}

/** 0.x `/stream` event types and their 1.x names. */
const V0_NAMES: Readonly<Record<string, StreamEvent1x["type"]>> = {
  start: "workflow-start",
  "step-start": "workflow-step-start",
  "step-result": "workflow-step-result",
  "step-suspended": "workflow-step-suspended",
  "step-waiting": "workflow-step-waiting",
  finish: "workflow-finish",
};

/**
 * Maps the events of a 0.10 `/stream` body (`start`, `step-start`, `step-result`,
 * `step-suspended`, `step-waiting`, `step-finish`, `finish`) onto the 1.x names, keeping the
 * original record in `raw`. 0.x's `finish` carries no status: it is derived from the steps seen
 * (a failed step → `failed`, a step still suspended → `suspended`, otherwise `success`), and 0.x
 * sends no final result (`finalWorkflowResult` stays absent). `step-finish` has no 1.x name and
 * passes through as `other`. 0.10.15 sends no `finish` when a run suspends and keeps the body
 * open: a `step-suspended` while no step is running is followed by a `workflow-finish`
 * (`suspended`) made here, whose `raw` is that `step-suspended` record; a later `finish` is dropped.
 */
export function createV0EventMapper(
  workflowId: string,
  runId: string,
): (record: unknown) => WorkflowStreamEvent | readonly WorkflowStreamEvent[] | undefined {
  const statuses = new Map<string, string>();
  let finished = false;
  const finish = (raw: Record<string, unknown>): KnownStreamEvent => {
    finished = true;
    const all = [...statuses.values()];
    const workflowStatus = all.includes("failed")
      ? "failed"
      : all.includes("suspended")
        ? "suspended"
        : "success";
    return {
      runId,
      from: "WORKFLOW",
      raw,
      type: "workflow-finish",
      payload: { workflowStatus, metadata: {} },
    };
  };
  return (record) => {
    if (!isObject(record)) return undefined;
    const name = typeof record.type === "string" ? V0_NAMES[record.type] : undefined;
    const payload = isObject(record.payload) ? record.payload : {};
    if (name === undefined) return other(record);
    const envelope = { runId, from: "WORKFLOW" as const, raw: record };
    if (name === "workflow-start") {
      return { ...envelope, type: name, payload: { workflowId } } as KnownStreamEvent;
    }
    if (name === "workflow-finish") return finished ? [] : finish(record);
    const id = typeof payload.id === "string" ? payload.id : "";
    if (typeof payload.status === "string") statuses.set(id, payload.status);
    const event = {
      ...envelope,
      type: name,
      payload: { stepName: id, ...payload, id },
    } as KnownStreamEvent;
    const stopped =
      name === "workflow-step-suspended" && ![...statuses.values()].includes("running");
    return stopped && !finished ? [event, finish(record)] : event;
  };
}
