import { InvalidArgumentError } from "./errors.js";

/** Throws unless `value` is a non-empty string. */
export function requireId(value: unknown, what: string, method: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new InvalidArgumentError(
      `${method}: \`${what}\` must be a non-empty string, got ${describeValue(value)}.` +
        (what === "runId" ? " Create one with `workflow.createRun()`." : ""),
    );
  }
  return value;
}

/** Throws unless `step` is a step id or a non-empty path of step ids. */
export function requireStep(step: unknown, method: string): string | string[] {
  if (typeof step === "string" && step !== "") return step;
  if (
    Array.isArray(step) &&
    step.length > 0 &&
    step.every((s) => typeof s === "string" && s !== "")
  ) {
    return step as string[];
  }
  throw new InvalidArgumentError(
    `${method}: \`step\` must be the id of the suspended step (or a path of ids for a nested step), got ${describeValue(step)}.`,
  );
}

/**
 * Throws unless `value` survives `JSON.stringify` unchanged in meaning: no functions, symbols,
 * bigints, cycles, or non-finite numbers (which JSON would silently drop or turn into `null`).
 */
export function requireJson(value: unknown, what: string, method: string): void {
  if (value === undefined) return;
  const seen: object[] = [];
  const visit = (v: unknown, path: string): void => {
    switch (typeof v) {
      case "function":
      case "symbol":
      case "bigint":
        throw new InvalidArgumentError(
          `${method}: \`${path}\` is a ${typeof v}, which JSON cannot carry. Send plain data.`,
        );
      case "number":
        if (!Number.isFinite(v)) {
          throw new InvalidArgumentError(
            `${method}: \`${path}\` is ${v}, which JSON would turn into null. Send a finite number.`,
          );
        }
        return;
      case "object": {
        if (v === null) return;
        if (typeof (v as { toJSON?: unknown }).toJSON === "function") return;
        if (seen.includes(v)) {
          throw new InvalidArgumentError(
            `${method}: \`${path}\` refers back to itself, so it cannot be sent as JSON.`,
          );
        }
        seen.push(v);
        for (const [key, child] of Object.entries(v)) {
          if (child !== undefined)
            visit(child, Array.isArray(v) ? `${path}[${key}]` : `${path}.${key}`);
        }
        seen.pop();
        return;
      }
      default:
        return;
    }
  };
  visit(value, what);
}

function describeValue(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "string") return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}
