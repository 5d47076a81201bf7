/**
 * The resume preflight's wait for a run still running is timed on the client's clock: on a
 * virtual clock, the wait ends exactly when that clock passes `timeoutMs`, and not before.
 */
import { describe, expect, it } from "vitest";
import { MastraClient, isWfkitError } from "@wfkit/client";
import { createVirtualClock } from "@wfkit/test-utils";
import { createWireFetch, json } from "./helpers/wire.js";

const running = {
  type: "watch",
  runId: "r",
  eventTimestamp: 1,
  payload: {
    currentStep: { id: "a", status: "running" },
    workflowState: { status: "running", steps: {}, result: null, error: null },
  },
};

/** A watch that sends one `running` record, then stays open until aborted. */
const openWatch = (signal: AbortSignal): Response =>
  new Response(
    new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(`${JSON.stringify(running)}\x1e`));
        signal.addEventListener("abort", () => controller.error(signal.reason), { once: true });
      },
    }),
  );

describe.each(["v0", "v1"] as const)("resume preflight on the %s wire", (protocol) => {
  it("waits for a running run on the client's clock, up to timeoutMs", async () => {
    const clock = createVirtualClock();
    const wire = createWireFetch((call) =>
      call.path.endsWith("/watch") || call.path.endsWith("/stream")
        ? openWatch(call.signal)
        : json({ status: "running", steps: {} }),
    );
    const client = new MastraClient({
      fetch: wire.fetch,
      protocol,
      clock,
      timeoutMs: 5_000,
      retry: { retries: 0 },
    });
    const outcome = { settled: false };
    const resume = client
      .getWorkflow("testWorkflow")
      .resume({ runId: "r", step: "a" })
      .catch((error: unknown) => error)
      .finally(() => void (outcome.settled = true));
    // The preflight reads the state, opens the watch, then reads the state again.
    while (wire.calls.length < 3) await new Promise((resolve) => setImmediate(resolve));
    await clock.advance(4_999);
    expect(outcome.settled).toBe(false);
    await clock.advance(1);
    const error = await resume;
    expect(isWfkitError(error) && error.code).toBe("run_not_suspended");
    expect(wire.calls.filter((c) => /resume/.test(c.path))).toEqual([]);
  });
});
