/**
 * Shared by the fake server's hostile tests: the vitest-free helpers of `helpers/measure.ts`, and
 * the heap measurement as an assertion.
 */
import { expect } from "vitest";
import { gc, heapAfterGc } from "./helpers/measure.js";

export {
  SOAK,
  count,
  createRandom,
  deepInputJson,
  deepObject,
  lazyBody,
} from "./helpers/measure.js";

/**
 * The memory in use after full collections: the JS heap plus the `ArrayBuffer`s outside it (where
 * encoded stream chunks and request bodies live).
 */
export const heapUsed = async (): Promise<number> => {
  expect(gc, "the hostile project runs node with --expose-gc").toBeTypeOf("function");
  return heapAfterGc();
};
