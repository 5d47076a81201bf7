import type { RunStatus1x } from "./schema-1x.js";
import type { RunStatus, StepResult as WatchStepResult, StepStatus } from "@wfkit/watch";
import type { ProtocolOption } from "./detect.js";
import type { GenerationOption } from "./generation.js";
import type { TransportOptions } from "./options.js";
import type { StepResumeDataOf, StepIdOf, StepTypes } from "./registry.js";

/** Options for {@link MastraClient}. */
export interface ClientOptions extends TransportOptions {
  /**
   * The server's origin; a trailing slash is tolerated.
   * @defaultValue "http://localhost:4111"
   */
  baseUrl?: string;
  /**
   * The path prefix of the API routes.
   * @defaultValue "/api"
   */
  apiPrefix?: string;
  /**
   * The server generation: `"0.x"` for Mastra 0.10–0.24, `"1.x"` for Mastra 1.x, or `"auto"` to
   * detect it once, on the first call, from the `GET /workflows` answer (when that first call is
   * `getWorkflows()`, no extra request is sent). A server that lists no workflows is taken for
   * 0.x. See README, "Server generations".
   * @defaultValue "auto"
   */
  generation?: GenerationOption;
  /**
   * The same as `generation`, by its old names (`"v0"`, `"v1"`, `"auto"`).
   * @deprecated Use `generation: "0.x" | "1.x" | "auto"`.
   */
  protocol?: ProtocolOption;
}

/** Any JSON value a workflow can take or return. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * A workflow's or step's error: on the 0.x wire a stack string, on 1.x an object; here always
 * this shape, in results and in watch records alike. Other fields the server sent (1.x's
 * `statusCode`, `cause`, `details`, …) are kept as they came.
 */
export interface WorkflowError {
  [field: string]: unknown;
  /** The error's message, e.g. `City not found: Atlantis`. */
  message: string;
  /** The error's class name when the server sent one, e.g. `Error`. */
  name?: string;
  /** The full stack text the server sent, when it sent one. */
  stack?: string;
}

/** A run's status (`pending`: created, not started) and a step's status, shared with the watcher. */
export type { RunStatus, StepStatus };

/** One step's result. Times are epoch milliseconds, as the server sends them. */
export type StepResult<TOutput = unknown> = Omit<WatchStepResult<TOutput>, "error"> & {
  error?: WorkflowError;
};

/**
 * The steps of a run by step id. The wire mixes the run input in as a pseudo-step `input`; wfkit
 * moves it to the result's `input` field, so every entry here is a real step.
 */
export type StepResults = Record<string, StepResult>;

interface ResultBase<TInput, TSteps> {
  /** The run: the one the call named, or the one the server made. */
  runId: string;
  steps: TSteps;
  /** The run's input (the wire's `steps.input`). */
  input: TInput | undefined;
}

/**
 * What `startAsync` and `resumeAsync` return: the run once it succeeded, failed or suspended (or,
 * on 1.x with `perStep: true`, paused after one step).
 */
export type WorkflowResult<TResult = unknown, TInput = unknown, TSteps = StepResults> =
  | (ResultBase<TInput, TSteps> & { status: "success"; result: TResult })
  | (ResultBase<TInput, TSteps> & { status: "failed"; error: WorkflowError })
  | (ResultBase<TInput, TSteps> & {
      status: "suspended";
      /** The suspended steps' paths, e.g. `[["approval"]]`. */
      suspended: string[][];
    })
  | (ResultBase<TInput, TSteps> & { status: "canceled" })
  /** Mastra 1.x: a run started or resumed with `perStep: true` stops after one step. */
  | (ResultBase<TInput, TSteps> & { status: "paused" });

/** A run's state at any stage, from `runExecutionResult`. */
export interface ExecutionResult<
  TResult = unknown,
  TInput = unknown,
  TSteps = StepResults,
> extends ResultBase<TInput, TSteps> {
  /** A 0.x status, or on 1.x servers one of 1.x's (`paused` after a `perStep` step, …). */
  status: RunStatus | RunStatus1x;
  result?: TResult;
  error?: WorkflowError;
}

/**
 * Describes one workflow's types for `client.getWorkflow<W>()`: its input, its result, and the
 * resume data each suspendable step takes.
 *
 * @example
 * ```ts
 * type City = {
 *   input: { city: string };
 *   result: { summary: string; approved: boolean };
 *   resume: { approval: { approved: boolean; approver?: string } };
 * };
 * const workflow = client.getWorkflow<City>("testWorkflow");
 * ```
 */
export interface WorkflowTypes {
  input?: unknown;
  result?: unknown;
  /** The resume data by step id (the short form; `steps` also types suspend payloads). */
  resume?: Record<string, unknown>;
  /** Per step id: its `input`, `output`, `suspend` payload and `resume` data (see `WorkflowEntry`). */
  steps?: { [stepId: string]: StepTypes };
}

/** The types of a workflow nobody described. */
export interface UntypedWorkflow {
  input: unknown;
  result: unknown;
  resume: Record<string, unknown>;
}

/** `W`'s input type. */
export type InputOf<W extends WorkflowTypes> = W extends { input: infer I } ? I : unknown;
/** `W`'s result type. */
export type ResultOf<W extends WorkflowTypes> = W extends { result: infer R } ? R : unknown;
/** The ids of `W`'s resumable steps. */
export type ResumeStepOf<W extends WorkflowTypes> = StepIdOf<W>;
/** The resume data step `S` of `W` takes. */
export type ResumeDataOf<W extends WorkflowTypes, S extends string> = StepResumeDataOf<W, S>;

/** The request context a run gets (`runtimeContext` on the 0.x wire, `requestContext` on 1.x). */
export type RuntimeContext = Record<string, unknown>;

/**
 * Anything with `entries()`: Mastra's own `RuntimeContext` (0.x) or `RequestContext` (1.x), or a
 * `Map`. wfkit sends its entries as an object, without importing `@mastra/core`.
 */
export interface ContextEntries {
  entries(): Iterable<readonly [string, unknown]>;
}

/** A context as calls take it: a plain object, or anything with `entries()`. */
export type ContextInput = RuntimeContext | ContextEntries;

/** The context parameters of `start`, `startAsync`, `resume` and `resumeAsync`. */
export interface ContextParams {
  /** The run's context: a plain object, a `Map`, or Mastra's `RuntimeContext`. */
  runtimeContext?: ContextInput;
  /** Mastra 1.x's name for `runtimeContext`; give one or the other. */
  requestContext?: ContextInput;
}

/** Parameters of `start` and `startAsync`. */
export interface StartParams<TInput> extends ContextParams {
  /**
   * The run, from `createRun()`. Optional for `startAsync`, which then sends a new id it made
   * itself (so a retry can never make a second run) and returns it as the result's `runId`.
   */
  runId: string;
  inputData: TInput;
}

/** Parameters of `resume` and `resumeAsync`. */
export interface ResumeParams<TStep extends string, TData> extends ContextParams {
  runId: string;
  /**
   * The suspended step's id, or its path (`[parent, child]`) inside a nested workflow. Omitted:
   * the run's only suspended step (a run with several throws `StepAmbiguousError`).
   */
  step?: TStep | readonly [TStep, ...string[]];
  resumeData?: TData;
  /**
   * Reads the run's state first (one GET) and throws before sending when the run is not
   * suspended or `step` is not one of its suspended steps. `false` skips that read.
   * @defaultValue true
   */
  preflight?: boolean;
}

/** Filters for `workflow.runs()`. */
export interface RunsFilter {
  fromDate?: Date | string;
  toDate?: Date | string;
  limit?: number;
  offset?: number;
  resourceId?: string;
  /** Only runs with this status (Mastra 1.x servers; 0.x throws `UnsupportedByServerError`). */
  status?: RunStatus1x;
}

/** The `{ message }` acknowledgement of fire-and-forget calls. */
export interface Acknowledgement {
  message: string;
}
