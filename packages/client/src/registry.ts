import type { StepResult as WatchStepResult } from "@wfkit/watch";
import type { StepResult, StepResults, UntypedWorkflow, WorkflowTypes } from "./types.js";

/**
 * Your server's workflows, by registration key. Empty until you augment it, usually with the file
 * `wfkit typegen` writes; then `client.getWorkflow("key")` is typed from its entry without a
 * generic, and an unknown key is a compile error.
 *
 * @example
 * ```ts
 * declare module "@wfkit/client" {
 *   interface WorkflowRegistry {
 *     testWorkflow: {
 *       input: { city: string };
 *       result: { summary: string; approved: boolean };
 *       steps: {
 *         approval: {
 *           suspend: { message: string; city: string };
 *           resume: { approved: boolean; approver?: string };
 *         };
 *       };
 *     };
 *   }
 * }
 * ```
 */
export interface WorkflowRegistry {}

/** One step's types inside a {@link WorkflowEntry}. Every part is optional (`unknown` if absent). */
export interface StepTypes {
  /** The step's input. */
  input?: unknown;
  /** The step's output. */
  output?: unknown;
  /** The payload the step passes to `suspend()` (`suspendPayload` in results and records). */
  suspend?: unknown;
  /** The `resumeData` the step takes; required by `resume` unless it admits `undefined`. */
  resume?: unknown;
}

/**
 * One workflow's types, as a {@link WorkflowRegistry} entry or a `getWorkflow<W>()` generic: the
 * run's input and result and, per step id, the step's types. The step ids form the union
 * `resume({ step })` accepts and `record.payload.currentStep.id` is typed with.
 */
export interface WorkflowEntry {
  input?: unknown;
  result?: unknown;
  steps?: { [stepId: string]: StepTypes };
}

/** The registry's keys; `never` while the registry is empty. */
export type RegisteredWorkflowKey = keyof WorkflowRegistry & string;

/**
 * The keys `getWorkflow(key)` accepts: the registry's keys once it has entries, any string while
 * it is empty. Pass a generic (`getWorkflow<UntypedWorkflow>(key)`) to address a key the
 * registry does not list.
 */
export type WorkflowKey<R extends object = WorkflowRegistry> = [keyof R & string] extends [never]
  ? string
  : keyof R & string;

/** The types of workflow `K` in registry `R`. */
export type RegistryEntryOf<R extends object, K extends string> = K extends keyof R
  ? R[K] extends WorkflowTypes
    ? R[K]
    : never
  : UntypedWorkflow;

type StepMapOf<W> = W extends { steps: infer S }
  ? S extends { [stepId: string]: StepTypes }
    ? S
    : never
  : never;

type Part<T, K extends string> = T extends { [P in K]: infer V } ? V : unknown;

/** Whether `W` describes its steps (a `steps` map with literal ids). */
type HasSteps<W> = [StepMapOf<W>] extends [never]
  ? false
  : string extends keyof StepMapOf<W>
    ? false
    : true;

/** The ids of `W`'s steps, or `string` when `W` does not list them. */
export type StepIdOf<W> =
  HasSteps<W> extends true
    ? keyof StepMapOf<W> & string
    : W extends { resume: infer R }
      ? string extends keyof R
        ? string
        : keyof R & string
      : string;

/** Step `S`'s types in `W`, `{}` when `W` does not describe it. */
export type StepTypesOf<W, S extends string> =
  HasSteps<W> extends true ? (S extends keyof StepMapOf<W> ? StepMapOf<W>[S] : {}) : {};

/** The suspend payload of step `S` in `W`. */
export type SuspendPayloadOf<W, S extends string> = Part<StepTypesOf<W, S>, "suspend">;

/** The `resumeData` step `S` of `W` takes (`unknown` when undescribed). */
export type StepResumeDataOf<W, S extends string> =
  HasSteps<W> extends true
    ? Part<StepTypesOf<W, S>, "resume">
    : W extends { resume: infer R }
      ? S extends keyof R
        ? R[S]
        : unknown
      : unknown;

/** `{ resumeData: D }` where `D` must be sent, `{}` where it may be left out. */
export type ResumeDataRequirement<D> = [D] extends [never]
  ? {}
  : unknown extends D
    ? {}
    : undefined extends D
      ? {}
      : { resumeData: D };

/**
 * `W`'s step results by step id, as results carry them (`result.steps.approval.suspendPayload`),
 * or {@link StepResults} when `W` does not list its steps.
 */
export type StepResultsOf<W> =
  HasSteps<W> extends true
    ? {
        [S in keyof StepMapOf<W> & string]?: Omit<
          StepResult<Part<StepMapOf<W>[S], "output">>,
          "payload" | "suspendPayload" | "resumePayload"
        > & {
          payload?: Part<StepMapOf<W>[S], "input">;
          suspendPayload?: SuspendPayloadOf<W, S>;
          resumePayload?: StepResumeDataOf<W, S>;
        };
      }
    : StepResults;

/**
 * `W`'s steps as watch records carry them (`record.payload.currentStep.id`, its
 * `suspendPayload`), or the watcher's default when `W` does not list its steps.
 */
export type WatchStepsOf<W> =
  HasSteps<W> extends true
    ? {
        [S in keyof StepMapOf<W> & string]: WatchStepResult<
          Part<StepMapOf<W>[S], "output">,
          Part<StepMapOf<W>[S], "input">
        > & { suspendPayload?: SuspendPayloadOf<W, S>; resumePayload?: StepResumeDataOf<W, S> };
      }
    : Record<string, WatchStepResult>;
