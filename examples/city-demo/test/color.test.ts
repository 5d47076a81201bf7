import { describe, expect, it } from "vitest";
import { shouldUseColor } from "../src/color.js";

describe("shouldUseColor", () => {
  it("colours a terminal and leaves pipes and files plain", () => {
    expect(shouldUseColor({ env: {}, isTTY: true })).toBe(true);
    expect(shouldUseColor({ env: {}, isTTY: false })).toBe(false);
    expect(shouldUseColor({ env: {}, isTTY: undefined })).toBe(false);
  });

  it("turns colour off for a non-empty NO_COLOR and for TERM=dumb", () => {
    expect(shouldUseColor({ env: { NO_COLOR: "1" }, isTTY: true })).toBe(false);
    expect(shouldUseColor({ env: { NO_COLOR: "" }, isTTY: true })).toBe(true);
    expect(shouldUseColor({ env: { TERM: "dumb" }, isTTY: true })).toBe(false);
  });

  it("lets FORCE_COLOR win, as Node does: on for any value but 0 and false", () => {
    expect(shouldUseColor({ env: { FORCE_COLOR: "1" }, isTTY: false })).toBe(true);
    expect(shouldUseColor({ env: { FORCE_COLOR: "" }, isTTY: false })).toBe(true);
    expect(shouldUseColor({ env: { FORCE_COLOR: "1", NO_COLOR: "1" }, isTTY: false })).toBe(true);
    expect(shouldUseColor({ env: { FORCE_COLOR: "0" }, isTTY: true })).toBe(false);
    expect(shouldUseColor({ env: { FORCE_COLOR: "false" }, isTTY: true })).toBe(false);
  });
});
