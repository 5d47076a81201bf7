/**
 * Careless input of issue 11 (findings 5, 14, 15, 16): calls that must fail with
 * `InvalidArgumentError` before any request. Shared by client-api-input.test.ts and
 * bench/hostile-figures.mjs.
 */
import type { MastraClient, Workflow } from "@wfkit/client";

export const deep = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { v: value };
  return value;
};
export const throwing = {
  toJSON: () => {
    throw new Error("nope");
  },
};

export const carelessInputCases: [string, (w: Workflow, c: MastraClient) => unknown][] = [
  ['runById(".")', (w) => w.runById(".")],
  ['runById("..")', (w) => w.runById("..")],
  ['getWorkflow("..").createRun()', (_, c) => c.getWorkflow("..").createRun()],
  ['getWorkflow(".").details()', (_, c) => c.getWorkflow(".").details()],
  ["a lone surrogate in a runId", (w) => w.runById("r\uD800")],
  ["a 1 MB runId", (w) => w.runById("r".repeat(1 << 20))],
  ["a control character in a runId", (w) => w.cancelRun("r\n1")],
  ["startAsync(undefined)", (w) => w.startAsync(undefined as never)],
  ["start(undefined)", (w) => w.start(undefined as never)],
  ["resume(undefined)", (w) => w.resume(undefined as never)],
  ["runs with new Date(NaN)", (w) => w.runs({ fromDate: new Date(Number.NaN) })],
  ["runs with a date string that is no date", (w) => w.runs({ toDate: "yesterday-ish" })],
  ["runs with limit: NaN", (w) => w.runs({ limit: Number.NaN })],
  ["a toJSON that throws", (w) => w.start({ runId: "r", inputData: { x: throwing } })],
  [
    "an invalid Date in inputData",
    (w) => w.start({ runId: "r", inputData: { at: new Date(Number.NaN) } }),
  ],
  ["inputData 5,000 levels deep", (w) => w.startAsync({ inputData: deep(5000) })],
  ["a Map in inputData", (w) => w.start({ runId: "r", inputData: { m: new Map([["a", 1]]) } })],
  ["a Set in inputData", (w) => w.start({ runId: "r", inputData: { s: new Set([1]) } })],
  ["a RegExp in inputData", (w) => w.start({ runId: "r", inputData: { r: /x/ } })],
  ["an Error in inputData", (w) => w.start({ runId: "r", inputData: { e: new Error("x") } })],
  [
    "a typed array in inputData",
    (w) => w.start({ runId: "r", inputData: { b: new Uint8Array(2) } }),
  ],
  ["undefined in an array", (w) => w.start({ runId: "r", inputData: { list: [1, undefined] } })],
  [
    "a context that is a string",
    (w) => w.start({ runId: "r", inputData: {}, runtimeContext: "x" as never }),
  ],
];
