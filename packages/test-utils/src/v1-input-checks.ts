/**
 * What the fake 1.x server checks of a request's workflow data: input against the workflow's
 * `inputSchema`, resume data against the suspended step's `resumeSchema` (zod-style messages).
 */
import type { StoredRun } from "./stored-run.js";
import { createInputValidator, describeIssues, type ValidationIssue } from "./v1-validation.js";
import type { JsonSchema, Workflow } from "./workflow.js";

/** Creates the checks for a server's workflows. */
export const createInputChecks = (workflows: Record<string, Workflow>) => {
  const validator = createInputValidator();
  const inputProblem = (key: string, inputData: unknown): string | undefined => {
    const schema = workflows[key]!.inputSchema;
    const issues = schema ? validator.issues(schema, inputData) : [];
    return issues.length > 0 ? describeIssues("Invalid input data", issues) : undefined;
  };

  const stepOf = (key: string, id: string) =>
    workflows[key]!.graph.flatMap((entry) =>
      entry.type === "step" && entry.step.id === id ? [entry.step] : [],
    )[0];

  /** The resume request's step ids: `step` is optional when one step is suspended. */
  const resumeSteps = (run: StoredRun, step: unknown): string[] => {
    if (step === undefined) {
      const suspended = Object.keys(run.snapshot.suspendedPaths ?? {});
      return suspended.length > 0 ? [suspended[0]!] : [];
    }
    return (Array.isArray(step) ? step : [step]).map(String);
  };

  /** `Invalid resume data: …` when the run waits on this step and the data does not fit its schema. */
  const resumeProblem = (key: string, run: StoredRun, steps: string[], data: unknown) => {
    const id = steps[0];
    if (run.snapshot.status !== "suspended" || id === undefined) return undefined;
    if (!Object.keys(run.snapshot.suspendedPaths ?? {}).includes(id)) return undefined;
    const schema: JsonSchema | undefined = stepOf(key, id)?.resumeSchema;
    const issues: ValidationIssue[] = schema ? validator.issues(schema, data) : [];
    return issues.length > 0 ? describeIssues("Invalid resume data", issues) : undefined;
  };

  return { inputProblem, resumeSteps, resumeProblem };
};
