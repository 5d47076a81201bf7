/** The pure normalisers of normalize.ts, on the edge cases of both wires. */
import { describe, expect, it } from "vitest";
import { InvalidResponseError } from "../src/errors.js";
import {
  requireObject,
  splitSteps,
  toAcknowledgement,
  toCreatedRun,
  toWorkflowError,
} from "../src/normalize.js";

describe("toWorkflowError", () => {
  it("reads name and message from a 0.x stack string and keeps the stack", () => {
    const stack = "TypeError: boom\n    at step (file.js:1:1)";
    expect(toWorkflowError(stack)).toEqual({ name: "TypeError", message: "boom", stack });
  });

  it("a bare 'SomethingError: text' without a stack is still named", () => {
    expect(toWorkflowError("RangeError: too far")).toEqual({
      name: "RangeError",
      message: "too far",
    });
  });

  it("a plain sentence with a colon is a message, not a name", () => {
    expect(toWorkflowError("Note: nothing here\nsecond line")).toEqual({
      message: "Note: nothing here",
    });
  });

  it("keeps a 1.x error object's fields, without a prototype to pollute", () => {
    const error = toWorkflowError(
      JSON.parse('{"message":"m","name":"E","stack":"s","code":7,"__proto__":{"x":1}}'),
    );
    expect(error).toMatchObject({ message: "m", name: "E", stack: "s", code: 7 });
    expect(Object.getPrototypeOf(error)).toBeNull();
    expect(Object.keys(error)).toContain("__proto__");
  });

  it("an object without a string message gets its JSON as the message", () => {
    expect(toWorkflowError({ reason: 1 }).message).toBe('{"reason":1}');
  });

  it("anything else becomes its string", () => {
    expect(toWorkflowError(42)).toEqual({ message: "42" });
    expect(toWorkflowError(undefined)).toEqual({ message: "undefined" });
  });
});

describe("splitSteps", () => {
  it("moves the input pseudo-step out and normalises each step's error", () => {
    const { steps, input } = splitSteps({
      input: { city: "Paris" },
      fetch: { status: "failed", error: "Error: down" },
      done: { status: "success", output: 1, error: null },
    });
    expect(input).toEqual({ city: "Paris" });
    expect(Object.keys(steps)).toEqual(["fetch", "done"]);
    expect(steps["fetch"]!.error).toEqual({ name: "Error", message: "down" });
    expect(steps["done"]).not.toHaveProperty("error");
    expect(Object.getPrototypeOf(steps)).toBeNull();
  });

  it("a step named __proto__ is an own entry", () => {
    const { steps } = splitSteps(JSON.parse('{"__proto__":{"status":"success"}}'));
    expect(Object.keys(steps)).toEqual(["__proto__"]);
  });

  it("anything but an object is no steps and no input", () => {
    expect(splitSteps([1, 2])).toEqual({ steps: {}, input: undefined });
    expect(splitSteps(null).input).toBeUndefined();
  });
});

describe("requireObject, toAcknowledgement, toCreatedRun", () => {
  it("requireObject rejects arrays, null and strings, naming the call and the shape", () => {
    expect(() => requireObject([], "runs")).toThrow(InvalidResponseError);
    expect(() => requireObject(null, "runs")).toThrow(/^runs answered with/);
    expect(() => requireObject("<html>", "runs")).toThrow(/the string "<html>"/);
  });

  it("toAcknowledgement needs a string message", () => {
    expect(toAcknowledgement({ message: "ok", extra: 1 }, "resume")).toEqual({ message: "ok" });
    expect(() => toAcknowledgement({ message: 1 }, "resume")).toThrow(/resume answered without/);
  });

  it("toCreatedRun needs a non-empty runId", () => {
    expect(toCreatedRun({ runId: "r1" }, "createRun")).toEqual({ runId: "r1" });
    expect(() => toCreatedRun({ runId: "" }, "createRun")).toThrow(InvalidResponseError);
    expect(() => toCreatedRun({}, "createRun")).toThrow(/without a `runId`/);
  });
});
