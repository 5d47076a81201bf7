import { describe, expect, it } from "vitest";
import { createRealClock, createVirtualClock } from "../src/index.js";

describe("virtual clock", () => {
  it("starts at the given time and moves only when advanced", async () => {
    const clock = createVirtualClock(1_000);
    expect(clock.now()).toBe(1_000);
    await clock.advance(250);
    expect(clock.now()).toBe(1_250);
  });

  it("fires sleeps in order as time passes, including sleeps scheduled by woken code", async () => {
    const clock = createVirtualClock(0);
    const log: string[] = [];
    void clock.sleep(100).then(async () => {
      log.push(`a@${clock.now()}`);
      await clock.sleep(50);
      log.push(`c@${clock.now()}`);
    });
    void clock.sleep(120).then(() => log.push(`b@${clock.now()}`));
    expect(clock.pending).toBe(2);
    await clock.advance(99);
    expect(log).toEqual([]);
    await clock.advance(100);
    expect(log).toEqual(["a@100", "b@120", "c@150"]);
    expect(clock.now()).toBe(199);
  });

  it("runAll() fires every timer, and refuses endless sleeping", async () => {
    const clock = createVirtualClock(0);
    let done = false;
    void clock.sleep(5_000).then(() => (done = true));
    await clock.runAll();
    expect(done).toBe(true);
    expect(clock.now()).toBe(5_000);
    const forever = async () => {
      for (;;) await clock.sleep(1);
    };
    void forever();
    await expect(clock.runAll(20)).rejects.toThrow(/sleeping in a loop/);
  });

  it("rejects a sleep when its signal aborts", async () => {
    const clock = createVirtualClock(0);
    const controller = new AbortController();
    const sleeping = clock.sleep(1_000, controller.signal);
    controller.abort(new Error("stop"));
    await expect(sleeping).rejects.toThrow("stop");
    expect(clock.pending).toBe(0);
  });
});

describe("real clock", () => {
  it("follows wall time and cannot be advanced", async () => {
    const clock = createRealClock();
    const before = Date.now();
    await clock.sleep(5);
    expect(clock.now()).toBeGreaterThanOrEqual(before + 4);
    await expect(clock.advance(10)).rejects.toThrow(/real clock cannot be advanced/);
  });
});
