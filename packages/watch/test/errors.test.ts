import { describe, expect, it } from "vitest";
import {
  RecordParseError,
  RecordTooLargeError,
  StreamConsumedError,
  WatchAbortError,
  WatchCallbackError,
  WatchError,
  WatchReconnectError,
  WatchRunNotFoundError,
  isRecordParseError,
  isRecordTooLargeError,
  isStreamConsumedError,
  isWatchAbortError,
  isWatchCallbackError,
  isWatchError,
  isWatchReconnectError,
  isWatchRunNotFoundError,
  isWfkitError,
  WfkitError,
} from "@wfkit/watch";

const cause = new Error("underlying");

const cases = [
  [new RecordParseError("{x", cause), "RecordParseError", "record_parse", isRecordParseError],
  [new RecordTooLargeError(10), "RecordTooLargeError", "record_too_large", isRecordTooLargeError],
  [new StreamConsumedError(cause), "StreamConsumedError", "stream_consumed", isStreamConsumedError],
  [new WatchRunNotFoundError("r1"), "WatchRunNotFoundError", "not_found", isWatchRunNotFoundError],
  [
    new WatchReconnectError("r1", 5, cause),
    "WatchReconnectError",
    "reconnect_failed",
    isWatchReconnectError,
  ],
  [new WatchAbortError(cause), "WatchAbortError", "aborted", isWatchAbortError],
  [new WatchCallbackError(cause), "WatchCallbackError", "callback_failed", isWatchCallbackError],
] as const;

describe("errors", () => {
  it.each(cases)("%s has its name, code, base class and guard", (error, name, code, guard) => {
    expect(error).toBeInstanceOf(WatchError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.code).toBe(code);
    expect(isWatchError(error)).toBe(true);
    expect(guard(error)).toBe(true);
    for (const [other, , , otherGuard] of cases)
      if (other !== error) expect(otherGuard(error)).toBe(false);
    expect(error.message.length).toBeGreaterThan(30);
  });

  it("forwards cause only when given", () => {
    expect(new WatchReconnectError("r1", 5, cause).cause).toBe(cause);
    expect(new WatchCallbackError(cause).cause).toBe(cause);
    expect("cause" in new RecordTooLargeError(1)).toBe(false);
  });

  it("says what happened and what to do next", () => {
    const reconnect = new WatchReconnectError("r1", 3, cause);
    expect(reconnect.message).toContain('"r1"');
    expect(reconnect.message).toContain("3 reconnection attempt(s)");
    expect(reconnect.message).toContain("underlying");
    expect(reconnect.attempts).toBe(3);
    expect(new WatchRunNotFoundError("r9").message).toMatch(/r9.*Create the run first/s);
    expect(new RecordTooLargeError(1024).message).toMatch(/1024 bytes.*maxRecordBytes/s);
  });

  it("guards reject non-errors", () => {
    expect(isWatchError(new Error("x"))).toBe(false);
    expect(isWatchError({ code: "aborted" })).toBe(false);
    expect(isWatchAbortError(undefined)).toBe(false);
  });
});

describe("one error family", () => {
  it("every watch error is a WfkitError, recognised by its brand", () => {
    for (const [error] of cases) {
      expect(error).toBeInstanceOf(WfkitError);
      expect(isWfkitError(error)).toBe(true);
    }
  });

  it("an unknown run is a not-found error", () => {
    expect(new WatchRunNotFoundError("r1").code).toBe("not_found");
  });

  it("guards recognise an error made by another copy of the package (same brand, other class)", () => {
    // A second copy of @wfkit/watch has its own classes: instanceof fails, the registered brand holds.
    class CopiedError extends Error {
      override readonly name = "WatchRunNotFoundError";
      readonly code = "not_found";
      constructor() {
        super("copy");
        Object.defineProperty(this, Symbol.for("wfkit.error"), { value: true });
      }
    }
    const copy = new CopiedError();
    expect(copy).not.toBeInstanceOf(WfkitError);
    expect(isWfkitError(copy)).toBe(true);
    expect(isWatchRunNotFoundError(copy)).toBe(true);
    expect(isWatchError(copy)).toBe(true);
  });

  it("guards reject look-alikes without the brand", () => {
    const lookAlike = Object.assign(new Error("x"), { name: "WatchAbortError", code: "aborted" });
    expect(isWfkitError(lookAlike)).toBe(false);
    expect(isWatchAbortError(lookAlike)).toBe(false);
  });
});
