import type { StepGraphEntry } from "@wfkit/client";
import type { StepResult } from "@wfkit/watch";

/** One line of the step display: a step (or a group of parallel/conditional branches). */
export interface StepRow {
  /** The step's key in the run's `steps` (nested steps: `parent.child`). */
  id: string;
  /** What the line shows: the step id, or e.g. `sleep 50ms`, `parallel`. */
  label: string;
  /** Indentation: 0 for top-level steps, 1 under a parallel group or nested workflow, … */
  depth: number;
  /** The step's result; absent on group lines. */
  step?: StepResult;
  /** Group lines (parallel, branches) carry no status of their own. */
  group?: true;
}

/** The ordered skeleton of a workflow's steps, from its step graph. */
interface GraphRow {
  id: string;
  label: string;
  depth: number;
  group?: true;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const GROUP_LABELS: Record<string, string> = {
  parallel: "parallel",
  conditional: "branch",
};

const walk = (entries: unknown, depth: number, prefix: string, rows: GraphRow[]): void => {
  if (!Array.isArray(entries)) return;
  for (const entry of entries as StepGraphEntry[]) {
    if (!isRecord(entry)) continue;
    const type = String(entry.type);
    const step = isRecord(entry.step) ? entry.step : undefined;
    if (type === "sleep" || type === "sleepUntil") {
      const id = typeof entry["id"] === "string" ? entry["id"] : "";
      const duration = typeof entry["duration"] === "number" ? ` ${entry["duration"]}ms` : "";
      rows.push({ id: prefix + id, label: `${type}${duration}`, depth });
    } else if (Array.isArray(entry.steps)) {
      rows.push({
        id: `${prefix}#${rows.length}`,
        label: GROUP_LABELS[type] ?? type,
        depth,
        group: true,
      });
      walk(entry.steps, depth + 1, prefix, rows);
    } else if (step !== undefined && typeof step["id"] === "string") {
      rows.push({ id: prefix + step["id"], label: step["id"], depth });
      walk(step["serializedStepFlow"], depth + 1, `${prefix}${step["id"]}.`, rows);
    }
  }
};

/**
 * Lays out a run's steps for display: in step-graph order, parallel branches and nested workflows
 * indented under their parent, only the steps that started. Steps missing from the graph follow
 * in the order the run reports them.
 */
export const layoutSteps = (
  graph: readonly StepGraphEntry[] | undefined,
  steps: Readonly<Record<string, StepResult | undefined>>,
): StepRow[] => {
  const skeleton: GraphRow[] = [];
  walk(graph, 0, "", skeleton);
  const rows: StepRow[] = [];
  const placed = new Set<string>();
  let pendingGroups: GraphRow[] = [];
  for (const row of skeleton) {
    if (row.group === true) {
      pendingGroups = pendingGroups.filter((group) => group.depth < row.depth);
      pendingGroups.push(row);
      continue;
    }
    const step = steps[row.id];
    if (step === undefined) continue;
    for (const group of pendingGroups) {
      if (group.depth < row.depth)
        rows.push({ id: group.id, label: group.label, depth: group.depth, group: true });
    }
    pendingGroups = pendingGroups.filter((group) => group.depth >= row.depth);
    rows.push({ id: row.id, label: row.label, depth: row.depth, step });
    placed.add(row.id);
  }
  for (const [id, step] of Object.entries(steps)) {
    if (placed.has(id) || step === undefined) continue;
    const depth = id.split(".").length - 1;
    rows.push({ id, label: id.split(".").pop() ?? id, depth, step });
  }
  return rows;
};
