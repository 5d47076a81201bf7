/** How Mastra 0.x accumulates a run's watch state, and when its watch stops. */

/** Mastra's `deepMergeWorkflowState`, used to accumulate watch state. */
export const deepMerge = (a: unknown, b: unknown): unknown => {
  if (!a || typeof a !== "object") return b;
  if (!b || typeof b !== "object") return a;
  const result: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [key, value] of Object.entries(b as Record<string, unknown>)) {
    if (value === undefined) continue;
    if (value !== null && typeof value === "object") {
      const current = result[key];
      if (Array.isArray(value)) result[key] = value.filter((item) => item !== undefined);
      else if (typeof current === "object" && current !== null)
        result[key] = deepMerge(current, value);
      else result[key] = value;
    } else {
      result[key] = value;
    }
  }
  return result;
};

/**
 * Statuses at which a 0.x watch stops: the run finished (success, failed, canceled) or
 * suspended. Not "terminal": a suspended run goes on when resumed.
 */
export const stopsWatch = (status: string): boolean =>
  status === "success" || status === "failed" || status === "suspended" || status === "canceled";
