/**
 * The events of a workflow stream (`stream`, `resumeStream`, `observeStream`, `timeTravelStream`),
 * typed from the 1.x spec (`openapi/workflows-1.x.yaml`, `StreamEvent`), and the mapping of 0.x
 * `/stream` events onto the 1.x names.
 */
import type { StreamEvent1x } from "./schema-1x.js";
import {
  KNOWN_STREAM_EVENT_TYPES,
  type KnownStreamEvent,
  type OtherStreamEvent,
  type WorkflowStreamEvent,
} from "./stream-event-types.js";

export type { WorkflowStreamEvent } from "./stream-event-types.js";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

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
