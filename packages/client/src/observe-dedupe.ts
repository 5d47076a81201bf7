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

/**
 * Creates the record-to-events mapping of one `/observe` body.
 *
 * With `offset` > 0 the replay starts at record `offset`, so the first `offset` records of a
 * repeated part were never read and cannot be recognised: a `workflow-start` after the first record
 * is held back with up to `offset` records that follow it, until a repeat shows them to be a
 * replay (all dropped) or a new record beyond them shows a new part (all released).
 */
export function createObserveDeduper(
  offset = 0,
): (record: unknown) => WorkflowStreamEvent | readonly WorkflowStreamEvent[] | undefined {
  const seen = new Set<string>();
  let read = 0;
  let held: WorkflowStreamEvent[] | undefined;
  return (record) => {
    const event = toStreamEvent(record);
    if (event === undefined) return undefined;
    const key = JSON.stringify(record);
    const repeat = seen.has(key);
    const first = read === 0;
    read += 1;
    if (held === undefined && event.type === "workflow-start" && !first) {
      if (repeat || offset > 0) {
        held = [event];
        seen.add(key);
        return [];
      }
    }
    if (held !== undefined) {
      if (repeat) {
        held = undefined;
        return [];
      }
      seen.add(key);
      held.push(event);
      if (held.length <= offset && event.type !== "workflow-finish") return [];
      const release = held;
      held = undefined;
      return release;
    }
    if (repeat) return [];
    seen.add(key);
    return event;
  };
}
