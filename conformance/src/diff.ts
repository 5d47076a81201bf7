import type { Normalised } from "./normalise.js";

/** One place where two normalised values differ. `undefined` means "absent on that side". */
export interface ValueDifference {
  /** JSON-path-like location, e.g. `$.steps.approval.status`. */
  path: string;
  expected: Normalised | undefined;
  actual: Normalised | undefined;
}

const isObject = (value: unknown): value is { [key: string]: Normalised } =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const pathKey = (key: string) =>
  /^[A-Za-z_$][\w$-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;

/**
 * Every leaf-level difference between two normalised values. Object key order is ignored; array
 * order is not. An empty list means the values are equal.
 */
export function diffValues(
  expected: Normalised | undefined,
  actual: Normalised | undefined,
  path = "$",
): ValueDifference[] {
  if (isObject(expected) && isObject(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
    return keys.flatMap((key) => diffValues(expected[key], actual[key], path + pathKey(key)));
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const length = Math.max(expected.length, actual.length);
    const out: ValueDifference[] = [];
    for (let i = 0; i < length; i++)
      out.push(...diffValues(expected[i], actual[i], `${path}[${i}]`));
    return out;
  }
  return Object.is(expected, actual) ? [] : [{ path, expected, actual }];
}
