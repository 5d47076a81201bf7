import { describe, expect, it } from "vitest";
import {
  AbortError,
  BadRequestError,
  ConnectionError,
  InvalidArgumentError,
  NotFoundError,
  ServerError,
  TimeoutError,
  WatchReconnectError,
  WatchRunNotFoundError,
  WfkitError,
} from "@wfkit/client";
import { EXIT, UsageError, exitCodeOf } from "@wfkit/cli";

describe("exitCodeOf", () => {
  it("3 when the command must change: usage, invalid arguments, 400, 404, an unknown watched run", () => {
    expect(exitCodeOf(new UsageError("bad flag"))).toBe(EXIT.usage);
    expect(exitCodeOf(new InvalidArgumentError("runId is empty"))).toBe(3);
    expect(
      exitCodeOf(new BadRequestError("bad_request", "Invalid input data", { status: 400 })),
    ).toBe(3);
    expect(exitCodeOf(new NotFoundError("not_found", "Workflow not found", { status: 404 }))).toBe(
      3,
    );
    expect(exitCodeOf(new WatchRunNotFoundError("run-1"))).toBe(3);
    expect(exitCodeOf(new WfkitError("step_not_suspended", "approval is not suspended"))).toBe(3);
  });

  it("4 when the server could not answer: refused, timeout, 5xx, 429, a watch that could not reconnect", () => {
    expect(exitCodeOf(new ConnectionError("fetch failed"))).toBe(EXIT.unavailable);
    expect(exitCodeOf(new TimeoutError("timed out"))).toBe(4);
    expect(
      exitCodeOf(new ServerError("server_error", "Internal Server Error", { status: 500 })),
    ).toBe(4);
    expect(exitCodeOf(new WfkitError("http_error", "Too Many", { status: 429 }))).toBe(4);
    expect(exitCodeOf(new WatchReconnectError("run-1", 5, new Error("reset")))).toBe(4);
  });

  it("130 for an abort, 1 for anything that is not a wfkit error", () => {
    expect(exitCodeOf(new AbortError())).toBe(EXIT.interrupted);
    expect(exitCodeOf(new Error("bug"))).toBe(EXIT.failed);
  });
});
