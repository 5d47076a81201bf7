/**
 * The fake 1.x server's `restart`, `restart-async`, `time-travel`, `time-travel-async` and
 * `time-travel-stream`, as the real server answers them (`harness/mastra-1.x/WIRE-NOTES.md`
 * § restart and time travel).
 */
import type { Clock } from "./clock.js";
import type { EngineResult, StepResults } from "./engine.js";
import { httpError } from "./errors.js";
import { reply1x, type ErrorIssue1x } from "./v1-reply.js";
import { isStepStatus1x, STEP_STATUSES } from "./v1-results.js";
import type { Runtime, StoredRun } from "./runtime.js";
import {
  IssuesError,
  type AnyCtx1x,
  type Handle1x,
  type RequestContextCtx,
  type RequestCtx,
  type RunIdCtx,
  type WorkflowCtx,
} from "./v1-http.js";
import type { V1Runs } from "./v1-runs.js";
import type { createV1Streams } from "./v1-streams.js";
import {
  ACTIVE_STATUSES,
  isRecord,
  NOT_ACTIVE,
  SETTLED_STATUSES,
  targetIndex,
  timeTravelStateOf,
  timeTravelSteps,
} from "./v1-time-travel.js";
import { createInputValidator, describeIssues } from "./v1-validation.js";
import type { Workflow } from "./workflow.js";

/** The operations of this file. */
export type ReplayOperation =
  | "restartWorkflowRun"
  | "restartWorkflowRunAsync"
  | "timeTravelWorkflowRun"
  | "timeTravelWorkflowRunAsync"
  | "timeTravelStreamWorkflowRun";

/** The time-travel operations (one body, `TimeTravelBody`). */
type TimeTravelOperation =
  "timeTravelWorkflowRun" | "timeTravelWorkflowRunAsync" | "timeTravelStreamWorkflowRun";

/** What the routes need of the 1.x handler. */
export interface ReplayDeps {
  runtime: Runtime;
  runs: V1Runs;
  workflows: Record<string, Workflow>;
  clock: Clock;
  streams: ReturnType<typeof createV1Streams>;
  /** The request's workflow key (404 when unknown). */
  keyOf: (ctx: WorkflowCtx) => string;
  /** The `runId` query parameter (400 when missing). */
  requireRunId: (ctx: RunIdCtx, action: string) => string;
  /** The stored run (404 when unknown). */
  findRun: (key: string, runId: string) => StoredRun;
  /** Waits for an execution under the clock watchdog. */
  waitFor: <T>(ctx: RequestCtx, execution: Promise<T>) => Promise<T>;
  requestContextOf: (ctx: RequestContextCtx) => Map<string, unknown>;
}

/** The stored outcome of a settled run, as `restart-async` answers it. */
const settledResult = (run: StoredRun): EngineResult => {
  const steps: StepResults = run.snapshot.context ?? {};
  return run.snapshot.status === "success"
    ? { status: "success", steps, result: run.snapshot.result }
    : { status: "failed", steps, error: "" };
};

/** A time-travel `context` entry whose `status` is not a 1.x step status, as a body issue. */
const contextStatusIssues = (context: unknown): ErrorIssue1x[] =>
  isRecord(context)
    ? Object.entries(context)
        .filter(
          ([, entry]) => isRecord(entry) && "status" in entry && !isStepStatus1x(entry.status),
        )
        .map(([id]) => ({
          field: `context.${id}.status`,
          message: `Invalid option: expected one of ${Object.keys(STEP_STATUSES)
            .map((s) => JSON.stringify(s))
            .join("|")}`,
        }))
    : [];

/** Creates the restart and time-travel routes. */
export const createReplayRoutes = (deps: ReplayDeps): { [K in ReplayOperation]: Handle1x<K> } => {
  const { runtime, runs, workflows } = deps;
  const { executionStream, failedStream } = deps.streams;
  const validator = createInputValidator();

  const target = (ctx: RunIdCtx & WorkflowCtx, action: string) => {
    const runId = deps.requireRunId(ctx, action);
    const key = deps.keyOf(ctx);
    return { key, runId, run: deps.findRun(key, runId) };
  };

  /** The time-travel request, checked as 1.x checks its body before anything runs. */
  const timeTravel = (ctx: AnyCtx1x<TimeTravelOperation>) => {
    const runId = deps.requireRunId(ctx, "time travel workflow");
    if (ctx.request.bodyText.trim() === "")
      throw new IssuesError("Invalid request body", [
        { field: "root", message: "Invalid input: expected object, received undefined" },
      ]);
    const { step, inputData, resumeData, context } = ctx.body;
    if (typeof step !== "string" && !Array.isArray(step))
      throw new IssuesError("Invalid request body", [{ field: "step", message: "Invalid input" }]);
    const badStatuses = contextStatusIssues(context);
    if (badStatuses.length > 0) throw new IssuesError("Invalid request body", badStatuses);
    const key = deps.keyOf(ctx);
    const run = deps.findRun(key, runId);
    const workflow = workflows[key]!;
    /** Throws Mastra's 500 for a bad target; answers `Invalid inputData: …` for bad input. */
    const plan = () => {
      const index = targetIndex(workflow, run, timeTravelSteps(step));
      const entry = workflow.graph[index]!;
      const schema = entry.type === "step" ? entry.step.inputSchema : undefined;
      const issues = schema && inputData !== undefined ? validator.issues(schema, inputData) : [];
      const problem = issues.length > 0 ? describeIssues("Invalid inputData", issues) : undefined;
      const launch = () =>
        runtime.rerun(
          key,
          runId,
          (stored) =>
            timeTravelStateOf(workflow, stored, {
              step,
              inputData,
              resumeData,
              context,
              index,
              now: deps.clock.now(),
            }),
          deps.requestContextOf(ctx),
        );
      return { problem, launch };
    };
    return { run, plan };
  };

  return {
    restartWorkflowRun: (ctx) => {
      const { run } = target(ctx, "restart workflow");
      // Mastra answers at once and only logs a run that is not active.
      const status = runs.statusOf(run);
      if (!ACTIVE_STATUSES.has(status) && !SETTLED_STATUSES.has(status))
        runtime.backgroundError(new Error(NOT_ACTIVE));
      return reply1x("restartWorkflowRun", 200, { message: "Workflow run restarted" });
    },
    restartWorkflowRunAsync: async (ctx) => {
      const { run } = target(ctx, "restart workflow");
      const status = runs.statusOf(run);
      if (SETTLED_STATUSES.has(status))
        return reply1x("restartWorkflowRunAsync", 200, runs.result(run, settledResult(run)));
      // An active run of the fake always has its execution in memory: the restart joins it.
      if (!ACTIVE_STATUSES.has(status) || !run.execution) throw httpError(500, NOT_ACTIVE);
      const result = runs.result(run, await deps.waitFor(ctx, run.execution));
      return reply1x("restartWorkflowRunAsync", 200, result);
    },
    timeTravelWorkflowRun: (ctx) => {
      const { plan } = timeTravel(ctx);
      runtime.background(
        Promise.resolve().then(() => {
          const { problem, launch } = plan();
          if (problem) throw new Error(problem);
          return launch();
        }),
      );
      return reply1x("timeTravelWorkflowRun", 200, { message: "Workflow run time travel started" });
    },
    timeTravelWorkflowRunAsync: async (ctx) => {
      const { run, plan } = timeTravel(ctx);
      const { problem, launch } = plan();
      if (problem) throw httpError(400, problem);
      const result = runs.result(run, await deps.waitFor(ctx, launch()));
      return reply1x("timeTravelWorkflowRunAsync", 200, result);
    },
    timeTravelStreamWorkflowRun: (ctx) => {
      const { run, plan } = timeTravel(ctx);
      let planned: ReturnType<typeof plan>;
      try {
        planned = plan();
      } catch (error) {
        return failedStream(ctx, run, (error as Error).message, {});
      }
      if (planned.problem)
        return failedStream(ctx, run, planned.problem, {
          message: planned.problem,
          domain: "MASTRA_WORKFLOW",
          category: "USER",
          code: "WORKFLOW_SCHEMA_VALIDATION_FAILED",
          details: { type: "inputData" },
        });
      return executionStream(ctx, run, true, planned.launch);
    },
  };
};
