import { afterEach, describe, expect, it, vi } from "vitest";
import { createRealClock, createVirtualClock, isFakeServerError } from "../src/index.js";
import { WATCHDOG_INTERVAL_MS, createClockWatchdog } from "../src/clock-watchdog.js";
import { call, startServer, startV1 } from "./helpers.js";

const never = new Promise<never>(() => undefined);

describe("the virtual clock watchdog", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("fails a call that sleeps on an idle virtual clock at the second idle check, naming the clock", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const watchdog = createClockWatchdog(createVirtualClock(0));
    let error: unknown;
    void watchdog.wait(never, "POST /x", () => true).catch((e: unknown) => (error = e));
    await vi.advanceTimersByTimeAsync(WATCHDOG_INTERVAL_MS);
    expect(error).toBeDefined();
    expect(isFakeServerError(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^POST \/x waits on the fake server's virtual clock .*server\.clock\.advance\(ms\).*clock: "real"/,
    );
  });

  it("leaves a call alone while the clock moves, while the server is busy, or while it sleeps on nothing", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const clock = createVirtualClock(0);
    const watchdog = createClockWatchdog(clock);
    let sleeping = false;
    let settled = false;
    void watchdog.wait(never, "POST /x", () => sleeping).catch(() => (settled = true));
    // Not sleeping on the clock (a step awaiting something else): never failed.
    await vi.advanceTimersByTimeAsync(WATCHDOG_INTERVAL_MS * 10);
    expect(settled).toBe(false);
    sleeping = true;
    for (let i = 0; i < 10; i++) {
      // Something happens between every two checks: the clock moves, or the server works.
      if (i % 2 === 0) await clock.advance(1);
      else watchdog.bump();
      await vi.advanceTimersByTimeAsync(WATCHDOG_INTERVAL_MS);
    }
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(WATCHDOG_INTERVAL_MS * 2);
    expect(settled).toBe(true);
  });

  it("only waits on a real clock", async () => {
    const watchdog = createClockWatchdog(createRealClock());
    const work = Promise.resolve(1);
    expect(watchdog.wait(work, "POST /x", () => true)).toBe(work);
  });

  it("answers an awaited 0.x start-async whose run sleeps on the untouched virtual clock with a 500 naming the clock", async () => {
    const server = await startServer();
    const res = await call(server, "POST", "/pipelineWorkflow/start-async", {
      inputData: { value: 1 },
    });
    expect(res.status).toBe(500);
    expect((res.body as { error: string }).error).toMatch(
      /^POST \/api\/workflows\/pipelineWorkflow\/start-async waits on the fake server's virtual clock \(1 sleep pending\)/,
    );
  });

  it("answers an awaited 1.x start-async the same way", async () => {
    const server = await startV1();
    const res = await call(server, "POST", "/pipelineWorkflow/start-async", {
      inputData: { value: 1 },
    });
    expect(res.status).toBe(500);
    expect((res.body as { error: string }).error).toMatch(/virtual clock/);
  });

  it("lets the same call through when the test advances the clock", async () => {
    const server = await startServer();
    const pending = call(server, "POST", "/pipelineWorkflow/start-async", {
      inputData: { value: 1 },
    });
    await server.clock.runAll();
    expect((await pending).body).toMatchObject({ status: "success" });
  });
});
