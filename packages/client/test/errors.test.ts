/** The error helpers as pure functions: the server's reason, kept whole on one line. */
import { describe, expect, it } from "vitest";
import {
  ConnectionError,
  NotFoundError,
  ResponseLostError,
  isConnectionError,
  isNotFoundError,
} from "@wfkit/client";
import {
  MAX_REASON_LENGTH,
  createApiError,
  errorText,
  oneLine,
  relabelError,
} from "../src/errors.js";

/** A 1.x 400 for a start without its input, as Mastra 1.71 words it. */
const v1BadInput = {
  error: "Invalid input data: \n- city: Invalid input: expected string, received undefined",
};

describe("the message keeps the whole reason", () => {
  it("a 1.x 400 keeps the field list that follows the first line", () => {
    const error = createApiError(
      "POST /api/workflows/w/start-async",
      new Response(null, { status: 400 }),
      v1BadInput,
    );
    expect(error.message).toBe(
      "POST /api/workflows/w/start-async failed with 400: Invalid input data: - city: Invalid input: expected string, received undefined",
    );
    expect(error.body).toBe(v1BadInput.error);
  });

  it("oneLine collapses every run of whitespace, newlines included", () => {
    expect(oneLine("  a\n\n b\t\tc\r\n")).toBe("a b c");
  });

  it("oneLine cuts only past a generous length, and says how much is left in body", () => {
    const long = "x".repeat(MAX_REASON_LENGTH + 10);
    expect(oneLine("y".repeat(MAX_REASON_LENGTH))).toHaveLength(MAX_REASON_LENGTH);
    expect(oneLine(long)).toBe(
      `${"x".repeat(MAX_REASON_LENGTH)}… (10 more characters in \`body\`)`,
    );
    expect(MAX_REASON_LENGTH).toBeGreaterThanOrEqual(1000);
  });

  it("errorText reads { error: string }, { error: { message } }, text, and JSON otherwise", () => {
    expect(errorText({ error: "boom" })).toBe("boom");
    expect(errorText({ error: { message: "inner" } })).toBe("inner");
    expect(errorText("plain")).toBe("plain");
    expect(errorText({ other: 1 })).toBe('{"other":1}');
    expect(errorText("")).toBeUndefined();
  });
});

describe("relabelError", () => {
  it("keeps the class, code, status and body, and leads with the user's call", () => {
    const original = createApiError(
      "GET /api/workflows",
      new Response(null, { status: 404 }),
      "nope",
    );
    const error = relabelError(
      original,
      "createRun (POST /workflows/w/create-run)",
      "detecting the server generation",
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(isNotFoundError(error)).toBe(true);
    expect(error).toMatchObject({ status: 404, body: "nope", cause: original });
    expect((error as Error).message).toBe(
      "createRun (POST /workflows/w/create-run) failed: detecting the server generation: GET /api/workflows failed with 404: nope",
    );
  });

  it("works for connection errors and leaves foreign errors alone", () => {
    const lost = relabelError(new ResponseLostError("x"), "start (POST /p)", "why");
    expect(lost).toBeInstanceOf(ResponseLostError);
    expect(isConnectionError(relabelError(new ConnectionError("x"), "c", "w"))).toBe(true);
    const foreign = new Error("plain");
    expect(relabelError(foreign, "c", "w")).toBe(foreign);
  });
});
