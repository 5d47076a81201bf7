import type { RunStatus, StepResult as WatchStepResult, StepStatus } from "@wfkit/watch";
import type { ProtocolOption } from "./detect.js";
import type { RetryOptions } from "./retry.js";
import type { StepResumeDataOf, StepIdOf, StepTypes } from "./registry.js";
import type { HeadersOption, Sleep } from "./transport.js";

/** Options for {@link MastraClient}. */
export interface ClientOptions {
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
  /** Headers sent with every request: an object, or a function called before each request. */
  headers?: HeadersOption;
  /** A `fetch` implementation; defaults to `globalThis.fetch`. */
  fetch?: (request: Request) => Promise<Response>;
  /**
   * Retries for safe requests. GETs retry on connection errors, 408, 429 and 5xx; POSTs that may
   * have reached the server are never sent twice (see README, "Retries").
   */
  retry?: RetryOptions;
  /**
   * The time each attempt may take, in milliseconds (for a watch: until the server answers).
   * @defaultValue 300000
   */
  timeoutMs?: number;
  /** Aborts every call made through this client. */
  signal?: AbortSignal;
  /** Waits between retries; injectable so tests don't wait. */
  sleep?: Sleep;
  /** A random number in [0, 1) for backoff jitter. @defaultValue Math.random */
  random?: () => number;
  /**
   * The server generation's wire: `"v0"` for Mastra 0.10–0.24, `"v1"` for Mastra 1.x, or
   * `"auto"` to detect it once, on the first call, from the `GET /workflows` answer (when that
   * first call is `getWorkflows()`, no extra request is sent). A server that lists no workflows
   * is taken for 0.x. See README, "Server generations".
   * @defaultValue "auto"
   */
  protocol?: ProtocolOption;
}

/** Any JSON value a workflow can take or return. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A workflow's or step's error: on the wire a stack string, here split into its parts. */
export interface WorkflowError {
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
  steps: TSteps;
  /** The run's input (the wire's `steps.input`). */
  input: TInput | undefined;
}

/** What `startAsync` and `resumeAsync` return: the run once it succeeded, failed or suspended. */
export type WorkflowResult<TResult = unknown, TInput = unknown, TSteps = StepResults> =
  | (ResultBase<TInput, TSteps> & { status: "success"; result: TResult })
  | (ResultBase<TInput, TSteps> & { status: "failed"; error: WorkflowError })
  | (ResultBase<TInput, TSteps> & {
      status: "suspended";
      /** The suspended steps' paths, e.g. `[["approval"]]`. */
      suspended: string[][];
    })
  | (ResultBase<TInput, TSteps> & { status: "canceled" });

/** A run's state at any stage, from `runExecutionResult`. */
export interface ExecutionResult<
  TResult = unknown,
  TInput = unknown,
  TSteps = StepResults,
> extends ResultBase<TInput, TSteps> {
  status: RunStatus;
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

/** The request context a run gets (`runtimeContext` on the wire). */
export type RuntimeContext = Record<string, unknown>;

/** Parameters of `start` and `startAsync`. */
export interface StartParams<TInput> {
  /** The run, from `createRun()`. Optional for `startAsync`, which then makes a new run. */
  runId: string;
  inputData: TInput;
  runtimeContext?: RuntimeContext;
}

/** Parameters of `resume` and `resumeAsync`. */
export interface ResumeParams<TStep extends string, TData> {
  runId: string;
  /** The suspended step's id, or its path (`[parent, child]`) inside a nested workflow. */
  step: TStep | readonly [TStep, ...string[]];
  resumeData?: TData;
  runtimeContext?: RuntimeContext;
}

/** Filters for `workflow.runs()`. */
export interface RunsFilter {
  fromDate?: Date | string;
  toDate?: Date | string;
  limit?: number;
  offset?: number;
  resourceId?: string;
}

/** The `{ message }` acknowledgement of fire-and-forget calls. */
export interface Acknowledgement {
  message: string;
}
