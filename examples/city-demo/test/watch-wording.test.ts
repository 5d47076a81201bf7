import { describe, expect, it } from "vitest";
import { watchedTransitions } from "../src/watch-wording.js";

describe("what the demo says about a watch's records", () => {
  it('says "live" only when no record was rebuilt from polling', () => {
    expect(watchedTransitions(5, 0)).toBe("watched 5 transitions live");
    expect(watchedTransitions(1, 0)).toBe("watched 1 transition live");
  });

  it("names records rebuilt from polling, and never calls them live", () => {
    expect(watchedTransitions(3, 3)).toBe(
      "watched 3 transitions, rebuilt from polling the run's state (none came live from the server)",
    );
    expect(watchedTransitions(5, 2)).toBe(
      "watched 5 transitions: 3 live, 2 rebuilt from polling the run's state",
    );
    for (const [count, polled] of [
      [3, 3],
      [5, 2],
      [1, 1],
    ] as const) {
      expect(watchedTransitions(count, polled)).not.toMatch(/transitions? live/);
    }
  });
});
