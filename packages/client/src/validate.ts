import { InvalidArgumentError } from "./errors.js";
import type { ContextInput, ContextParams, RunsFilter } from "./types.js";

/** The longest id wfkit sends: far above any run id or registration key a server makes. */
export const MAX_ID_LENGTH = 1024;

/** The deepest nesting of a JSON body wfkit sends; deeper data overflows parsers on both ends. */
export const MAX_JSON_DEPTH = 1000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Throws unless `value` is an id that addresses exactly one path segment: a non-empty string, not
 * `.` or `..` (which URL parsing removes, so the request would go to another route), without
 * control characters or lone surrogates, and at most {@link MAX_ID_LENGTH} characters long.
 */
export function requireId(value: unknown, what: string, method: string): string {
  const reason = idProblem(value);
  if (reason !== undefined) {
    throw new InvalidArgumentError(
      `${method}: \`${what}\` ${reason}, got ${describeValue(value)}.` +
        (what === "runId" ? " Create one with `workflow.createRun()`." : ""),
    );
  }
  return value as string;
}

function idProblem(value: unknown): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return "must be a non-empty string";
  if (value === "." || value === "..") {
    return "must not be `.` or `..`, which URLs treat as a path step";
  }
  if (value.length > MAX_ID_LENGTH) return `must be at most ${MAX_ID_LENGTH} characters long`;
  if (CONTROL.test(value)) return "must not contain control characters";
  if (LONE_SURROGATE.test(value)) return "must be well-formed Unicode (it has a lone surrogate)";
  return undefined;
}

/** Throws unless `step` is a step id or a non-empty path of step ids. */
export function requireStep(step: unknown, method: string): string | string[] {
  if (typeof step === "string" && idProblem(step) === undefined) return step;
  if (
    Array.isArray(step) &&
    step.length > 0 &&
    step.every((s) => typeof s === "string" && idProblem(s) === undefined)
  ) {
    return step as string[];
  }
  throw new InvalidArgumentError(
    `${method}: \`step\` must be the id of the suspended step (or a path of ids for a nested step), got ${describeValue(step)}.`,
  );
}

/** Throws unless `params` is an object: the call's parameters were forgotten. */
export function requireParams(params: unknown, method: string, example: string): void {
  if (typeof params !== "object" || params === null) {
    throw new InvalidArgumentError(
      `${method}: pass the call's parameters as an object, e.g. ${example}; got ${describeValue(params)}.`,
    );
  }
}

/** Values JSON.stringify silently turns into `{}` or an index object. */
function nonJsonKind(v: object): string | undefined {
  if (v instanceof Map) return "a Map";
  if (v instanceof Set) return "a Set";
  if (v instanceof WeakMap || v instanceof WeakSet) return "a weak collection";
  if (v instanceof RegExp) return "a RegExp";
  if (v instanceof Error) return "an Error";
  if (v instanceof Promise) return "a Promise";
  if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) return "binary data (a typed array)";
  return undefined;
}

/**
 * Throws unless `value` survives `JSON.stringify` unchanged in meaning: no functions, symbols,
 * bigints, cycles, non-finite numbers, `undefined` array items, Maps, Sets, RegExps, Errors or
 * typed arrays (which JSON would drop or turn into `null` or `{}`), no `toJSON` that throws or
 * returns such a value (an invalid `Date`), and no nesting deeper than {@link MAX_JSON_DEPTH}.
 * The message names the path of the bad value.
 */
export function requireJson(value: unknown, what: string, method: string): void {
  if (value === undefined) return;
  const fail = (path: string, problem: string): never => {
    throw new InvalidArgumentError(`${method}: \`${path}\` ${problem}`);
  };
  const seen: object[] = [];
  const visit = (input: unknown, path: string, depth: number): void => {
    let v = input;
    if (
      typeof v === "object" &&
      v !== null &&
      typeof (v as { toJSON?: unknown }).toJSON === "function"
    ) {
      try {
        v = (v as { toJSON: (key: string) => unknown }).toJSON("");
      } catch (cause) {
        throw new InvalidArgumentError(
          `${method}: \`${path}\` has a toJSON() that threw: ${String(cause)}`,
          { cause },
        );
      }
      if (v === null && input instanceof Date) fail(path, "is an invalid Date. Send a valid one.");
    }
    switch (typeof v) {
      case "function":
      case "symbol":
      case "bigint":
        return fail(path, `is a ${typeof v}, which JSON cannot carry. Send plain data.`);
      case "number":
        if (!Number.isFinite(v)) {
          fail(path, `is ${v}, which JSON would turn into null. Send a finite number.`);
        }
        return;
      case "object": {
        if (v === null) return;
        if (depth > MAX_JSON_DEPTH) {
          fail(path, `is nested deeper than ${MAX_JSON_DEPTH} levels. Send flatter data.`);
        }
        const kind = nonJsonKind(v);
        if (kind !== undefined) {
          fail(path, `is ${kind}, which JSON turns into {}. Convert it to plain data first.`);
        }
        if (seen.includes(v)) fail(path, "refers back to itself, so it cannot be sent as JSON.");
        seen.push(v);
        if (Array.isArray(v)) {
          for (let i = 0; i < v.length; i++) {
            const child: unknown = v[i];
            if (child === undefined) {
              fail(`${path}[${i}]`, "is undefined, which JSON turns into null. Send null.");
            }
            visit(child, `${path}[${i}]`, depth + 1);
          }
        } else {
          for (const [key, child] of Object.entries(v)) {
            if (child !== undefined) visit(child, `${path}.${key}`, depth + 1);
          }
        }
        seen.pop();
        return;
      }
      default:
        return;
    }
  };
  visit(value, what, 1);
}

/**
 * The context to send (`runtimeContext` on 0.x, `requestContext` on 1.x) as a plain object: a
 * plain object as it is, or the entries of anything with `entries()` (Mastra's `RuntimeContext`
 * or `RequestContext`, a `Map`), so the user's values are never silently lost.
 */
export function toContext(
  value: ContextInput | undefined,
  what: string,
  method: string,
): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  let out: Record<string, unknown>;
  const entries = (value as { entries?: unknown }).entries;
  if (typeof value === "object" && !Array.isArray(value) && typeof entries === "function") {
    out = {};
    for (const entry of (value as { entries(): Iterable<unknown> }).entries()) {
      const [key, item] = entry as [unknown, unknown];
      if (typeof key !== "string") {
        throw new InvalidArgumentError(
          `${method}: \`${what}\` has a key that is not a string (${describeValue(key)}).`,
        );
      }
      Object.defineProperty(out, key, {
        value: item,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  } else if (isPlainObject(value)) {
    out = value as Record<string, unknown>;
  } else {
    throw new InvalidArgumentError(
      `${method}: \`${what}\` must be a plain object, a Map or a Mastra RuntimeContext/RequestContext, got ${describeValue(value)}.`,
    );
  }
  requireJson(out, what, method);
  return out;
}

/** Throws unless the runs filter is valid: real dates, non-negative integer paging. */
export function requireRunsFilter(filter: unknown, method: string): RunsFilter {
  if (filter === undefined) return {};
  requireParams(filter, method, "{ limit: 20 }");
  const f = filter as RunsFilter;
  for (const key of ["fromDate", "toDate"] as const) {
    const d: unknown = f[key];
    if (d === undefined) continue;
    const t = d instanceof Date ? d.getTime() : typeof d === "string" ? Date.parse(d) : Number.NaN;
    if (Number.isNaN(t)) {
      throw new InvalidArgumentError(
        `${method}: \`${key}\` must be a valid Date or ISO date string, got ${d instanceof Date ? "an invalid Date" : describeValue(d)}.`,
      );
    }
  }
  for (const key of ["limit", "offset"] as const) {
    const n: unknown = f[key];
    if (n !== undefined && !(Number.isSafeInteger(n) && (n as number) >= 0)) {
      throw new InvalidArgumentError(
        `${method}: \`${key}\` must be a non-negative integer, got ${describeValue(n)}.`,
      );
    }
  }
  if (f.resourceId !== undefined) requireId(f.resourceId, "resourceId", method);
  return f;
}

function isPlainObject(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A short, safe description of a bad value for an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "string") {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  }
  try {
    const text = JSON.stringify(value) ?? typeof value;
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
  } catch {
    return typeof value;
  }
}

/** The context a call sends, from `runtimeContext` or its 1.x name `requestContext`. */
export function contextOf(
  params: ContextParams,
  method: string,
): Record<string, unknown> | undefined {
  if (params.runtimeContext !== undefined && params.requestContext !== undefined) {
    throw new InvalidArgumentError(
      `${method}: give \`runtimeContext\` or \`requestContext\`, not both; they are one context.`,
    );
  }
  return params.requestContext !== undefined
    ? toContext(params.requestContext, "requestContext", method)
    : toContext(params.runtimeContext, "runtimeContext", method);
}
