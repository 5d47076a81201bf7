/** Where a resume picks a stored run up, and Mastra's refusals when it cannot. */
import type { ResumeState, StepResults } from "./engine.js";
import { httpError } from "./errors.js";
import { clone } from "./json-clone.js";
import type { MastraCompat, StoredRun } from "./stored-run.js";

/** Normalises a resume `step` (string, path array or step objects) to step ids. */
const toStepIds = (step: unknown): string[] =>
  (Array.isArray(step) ? step : [step]).map((s) =>
    typeof s === "string" ? s : String((s as { id?: unknown } | null | undefined)?.id),
  );

/**
 * The state a resume of `run` at `step` starts from. Throws Mastra's 500s when the run is not
 * suspended or the step is not one of its suspended steps (worded per `compat`).
 */
export const resumeStateOf = (
  run: StoredRun,
  request: { step: unknown; resumeData: unknown; compat: MastraCompat },
): ResumeState => {
  const snapshot = run.snapshot;
  const steps = toStepIds(request.step);
  if (snapshot.status !== "suspended") throw httpError(500, "This workflow run was not suspended");
  const suspended = Object.keys(snapshot.suspendedPaths ?? {});
  if (!suspended.includes(steps[0] ?? "")) {
    throw httpError(
      500,
      request.compat === "0.14"
        ? `This workflow step "${steps[0]}" was not suspended. Available suspended steps: [${suspended.join(", ")}]`
        : "This workflow step was not suspended",
    );
  }
  const context: StepResults = snapshot.context ?? {};
  return {
    steps,
    stepResults: { ...clone(context), input: clone(context["input"]) },
    resumePayload: request.resumeData,
    resumePath: [...(snapshot.suspendedPaths?.[steps[0]!] ?? [0])],
  };
};
