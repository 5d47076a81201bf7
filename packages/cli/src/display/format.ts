import type { StepResult } from "@wfkit/watch";
import type { Colors } from "../context.js";

/** `850ms`, `1.2s`, `3m 4s`. */
export const formatDuration = (ms: number): string => {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes}m ${Math.round((ms % 60_000) / 1000)}s`;
};

/**
 * How long a finished or suspended step took, when the server said. A resumed step counts from
 * its resume, so the time it spent waiting for a person is not its duration.
 */
export const stepDuration = (step: StepResult): string | undefined => {
  const end = step.endedAt ?? (step.status === "suspended" ? step.suspendedAt : undefined);
  const resumed =
    typeof step.resumedAt === "number" && typeof end === "number" && step.resumedAt <= end
      ? step.resumedAt
      : undefined;
  const start = resumed ?? step.startedAt;
  if (typeof start !== "number" || typeof end !== "number") return undefined;
  return formatDuration(end - start);
};

/** The status symbol of a step: ✔ ✖ ⏸ ⏳, or the spinner frame while it runs. */
export const statusSymbol = (status: string, colors: Colors, frame: string): string => {
  switch (status) {
    case "success":
      return colors.green("✔");
    case "failed":
      return colors.red("✖");
    case "canceled":
      return colors.yellow("✖");
    case "suspended":
      return colors.yellow("⏸");
    case "waiting":
      return colors.cyan("⏳");
    case "running":
      return colors.cyan(frame);
    default:
      return colors.dim("○");
  }
};

/** The first line of an error's message, whatever shape it arrives in. */
export const errorMessage = (error: unknown): string | undefined => {
  if (error === undefined || error === null) return undefined;
  if (typeof error === "string") {
    const first = error.split("\n")[0] ?? error;
    return first.replace(/^Error: /, "");
  }
  if (typeof error === "object" && typeof (error as { message?: unknown }).message === "string") {
    return (error as { message: string }).message;
  }
  return JSON.stringify(error);
};
