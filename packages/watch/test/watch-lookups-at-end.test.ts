import { describe, expect, it } from "vitest";
import { watchRecords, type RunStateSnapshot, type WatchSource } from "@wfkit/watch";
import { finishedReason } from "@wfkit/watch/internal";
import { createTestClock, settle } from "./helpers/test-clock.js";
import { RESUME, RUN, consume } from "./helpers/watch-fixtures.js";

interface HeldLookup {
  signal: AbortSignal;
  answer: (snapshot: RunStateSnapshot | undefined) => void;
}

/**
 * A source whose body the test writes, and whose run-state lookups wait until the test answers
 * them (an abort rejects one, as a fetch does). `asked` resolves at the first lookup.
 */
const heldSource = () => {
  const encoder = new TextEncoder();
  let body: ReadableStreamDefaultController<Uint8Array> | undefined;
  const lookups: HeldLookup[] = [];
  let asked: () => void = () => {};
  const firstLookup = new Promise<void>((resolve) => (asked = resolve));
  const source: WatchSource = {
    open: async () => new ReadableStream({ start: (controller) => void (body = controller) }),
    state: (signal) =>
      new Promise((resolve, reject) => {
        lookups.push({ signal, answer: resolve });
        signal.addEventListener("abort", () => reject(signal.reason), { once: true });
        asked();
      }),
  };
  const send = (pieces: readonly string[]): void => {
    for (const piece of pieces) body!.enqueue(encoder.encode(`${piece}\u001e`));
  };
  return { source, lookups, firstLookup, send };
};

const ENDED = { status: "success" as const, steps: {} };

describe("run-state lookups when a watch is over", () => {
  it("a watch that reaches its stop aborts what it still has in flight with the finished reason, and reports nothing", async () => {
    const clock = createTestClock();
    const errors: unknown[] = [];
    const { source, lookups, firstLookup, send } = heldSource();
    const records = watchRecords(source, {
      runId: RUN,
      clock,
      onError: (error) => errors.push(error),
    });
    const { done, records: seen } = consume(records);
    await firstLookup;
    send(RESUME);
    await done;
    expect(seen.at(-1)?.payload.workflowState.status).toBe("success");
    expect(lookups).toHaveLength(1);
    expect(lookups[0]!.signal.aborted).toBe(true);
    expect(lookups[0]!.signal.reason).toBe(finishedReason());
    lookups[0]!.answer(ENDED);
    await settle();
    expect(errors).toEqual([]);
    expect(clock.timers).toEqual([]);
  });

  it("closing a watch aborts the lookup it sent, not with the finished reason", async () => {
    const clock = createTestClock();
    const { source, lookups, firstLookup } = heldSource();
    const records = watchRecords(source, { runId: RUN, clock });
    await firstLookup;
    await records.return?.();
    expect(lookups[0]!.signal.aborted).toBe(true);
    expect(lookups[0]!.signal.reason).not.toBe(finishedReason());
  });

  it("aborting a watch with its signal aborts the lookup it sent", async () => {
    const clock = createTestClock();
    const controller = new AbortController();
    const { source, lookups, firstLookup } = heldSource();
    const { done } = consume(
      watchRecords(source, { runId: RUN, clock, signal: controller.signal }),
    );
    await firstLookup;
    controller.abort(new Error("user stop"));
    await done.catch(() => {});
    expect(lookups[0]!.signal.aborted).toBe(true);
    expect(lookups[0]!.signal.reason).toEqual(new Error("user stop"));
  });
});
