import type { RunStateSnapshot, WatchSource } from "@wfkit/watch";
import { finishedReason } from "@wfkit/watch/internal";
import { describe, expect, it } from "vitest";
import { createOpeningWatches } from "../src/watch-opening.js";

/**
 * A source whose lookups stay pending until answered, recording each one that reached it; like the
 * transport, a lookup with an aborted signal fails at once.
 */
const pendingSource = (reached: Array<(snapshot: RunStateSnapshot) => void>): WatchSource => ({
  open: () => Promise.reject(new Error("not opened in this test")),
  state: (signal) =>
    new Promise((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      reached.push(resolve);
      signal.addEventListener("abort", () => reject(signal.reason), { once: true });
    }),
});

const running: RunStateSnapshot = { status: "running", steps: {} };

describe("a client's watches share its run-state lookup slots", () => {
  it("at most six lookups reach the server at once; the next starts when one is answered", async () => {
    const watches = createOpeningWatches();
    const reached: Array<(snapshot: RunStateSnapshot) => void> = [];
    const lookups = Array.from({ length: 8 }, () =>
      watches.queueLookups(pendingSource(reached)).state(new AbortController().signal),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(reached).toHaveLength(6);
    reached[0]!(running);
    await expect(lookups[0]).resolves.toEqual(running);
    await new Promise((resolve) => setImmediate(resolve));
    expect(reached).toHaveLength(7);
  });

  it("a waiting lookup whose signal aborts fails with the source's own abort at once", async () => {
    const watches = createOpeningWatches();
    const reached: Array<(snapshot: RunStateSnapshot) => void> = [];
    for (let i = 0; i < 6; i++) {
      void watches.queueLookups(pendingSource(reached)).state(new AbortController().signal);
    }
    const controller = new AbortController();
    const waiting = watches.queueLookups(pendingSource(reached)).state(controller.signal);
    await new Promise((resolve) => setImmediate(resolve));
    expect(reached).toHaveLength(6);
    const reason = new Error("stop");
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    // The aborted lookup left the queue: answering a slot lets nobody else in.
    reached[0]!(running);
    await new Promise((resolve) => setImmediate(resolve));
    expect(reached).toHaveLength(6);
  });

  it("when its watch finished, a lookup already sent is answered rather than aborted, and a waiting one is never sent", async () => {
    const watches = createOpeningWatches();
    const reached: Array<(snapshot: RunStateSnapshot) => void> = [];
    const sent = Array.from({ length: 6 }, () => new AbortController());
    const inFlight = sent.map((controller) =>
      watches.queueLookups(pendingSource(reached)).state(controller.signal),
    );
    const later = new AbortController();
    const waiting = watches.queueLookups(pendingSource(reached)).state(later.signal);
    await new Promise((resolve) => setImmediate(resolve));
    expect(reached).toHaveLength(6);
    sent[0]!.abort(finishedReason());
    later.abort(finishedReason());
    await expect(waiting).rejects.toBe(finishedReason());
    reached[0]!(running);
    await expect(inFlight[0]).resolves.toEqual(running);
    // The answered lookup freed its slot, and the finished watch's waiting lookup took none.
    await new Promise((resolve) => setImmediate(resolve));
    expect(reached).toHaveLength(6);
  });

  it("a lookup already sent is aborted by any other abort (a close, the user's signal)", async () => {
    const watches = createOpeningWatches();
    const reached: Array<(snapshot: RunStateSnapshot) => void> = [];
    const controller = new AbortController();
    const lookup = watches.queueLookups(pendingSource(reached)).state(controller.signal);
    await new Promise((resolve) => setImmediate(resolve));
    expect(reached).toHaveLength(1);
    const reason = new Error("closed");
    controller.abort(reason);
    await expect(lookup).rejects.toBe(reason);
  });
});
