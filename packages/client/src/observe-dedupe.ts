/**
 * The repeats of a 1.x `/observe` body, removed (harness/mastra-1.x/WIRE-NOTES.md, "/observe"):
 *
 * - during a live streamed run, the cached records are followed by the live records from the
 *   beginning again;
 * - after a stream that suspended, the replay is followed by the suspended part again (from its
 *   `workflow-start`, without a second `workflow-finish`).
 *
 * A repeat is a record identical to one already read. The one record that legitimately repeats
 * is `workflow-start` after a `workflow-finish` (the start of a `resume-stream`'s part): it is held
 * back until the next record shows whether a new part begins (a new record) or a replay (a
 * repeat, and the start is dropped with it).
 */
import { toStreamEvent, type WorkflowStreamEvent } from "./stream-events.js";

/** Creates the record-to-events mapping of one `/observe` body. */
export function createObserveDeduper(): (
  record: unknown,
) => WorkflowStreamEvent | readonly WorkflowStreamEvent[] | undefined {
  const seen = new Set<string>();
  let afterFinish = false;
  let held: WorkflowStreamEvent | undefined;
  return (record) => {
    const event = toStreamEvent(record);
    if (event === undefined) return undefined;
    const key = JSON.stringify(record);
    const repeat = seen.has(key);
    if (event.type === "workflow-start" && repeat && afterFinish && held === undefined) {
      held = event;
      afterFinish = false;
      return [];
    }
    const release = held;
    held = undefined;
    if (repeat) return [];
    seen.add(key);
    afterFinish = event.type === "workflow-finish";
    return release === undefined ? event : [release, event];
  };
}
