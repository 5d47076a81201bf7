import { randomUUID } from "node:crypto";

/** A plain JSON Schema object (draft-07 or later); reported by `details()` the way Mastra reports it. */
export type JsonSchema = { readonly [key: string]: unknown };

/** What a step's `execute` receives. Mirrors the fields Mastra passes to `execute`. */
export interface StepContext<TInput = any, TResume = any> {
  /** The previous step's output (the run input for the first step). */
  inputData: TInput;
  /** The `resumeData` sent by `resume`/`resume-async`, when this step is the one being resumed. */
  resumeData: TResume | undefined;
  /** Suspends the run after `execute` returns; the step is reported `suspended` with this payload. */
  suspend: (payload?: unknown) => Promise<void>;
  /** Waits on the server's clock (virtual in tests unless the server uses real time). */
  sleep: (ms: number) => Promise<void>;
  /** The run this step belongs to. */
  runId: string;
  /** Values from the request body's `runtimeContext` object (`requestContext` on a 1.x server). */
  runtimeContext: Map<string, unknown>;
  /** The same map as `runtimeContext`, under its Mastra 1.x name. */
  requestContext: Map<string, unknown>;
  /** Aborts when the run is cancelled. */
  abortSignal: AbortSignal;
  /** The run input. */
  getInitData: () => unknown;
  /** The output of an earlier successful step, or `null`. */
  getStepResult: (stepId: string) => unknown;
}

/** Options of {@link createStep}. */
export interface StepOptions<TInput = any, TOutput = unknown, TResume = any> {
  /** Step id: the key in `steps`, `allSteps` and every run's `steps` map. */
  id: string;
  description?: string;
  inputSchema?: JsonSchema;
  outputSchema?: JsonSchema;
  suspendSchema?: JsonSchema;
  resumeSchema?: JsonSchema;
  /** Returns the step output, throws to fail the run, or calls `suspend`. */
  execute: (context: StepContext<TInput, TResume>) => Promise<TOutput> | TOutput;
}

/** A step built by {@link createStep}. */
export interface Step<TInput = any, TOutput = unknown, TResume = any> extends StepOptions<
  TInput,
  TOutput,
  TResume
> {
  readonly kind: "step";
}

/** One entry of a workflow's execution graph. New kinds (parallel, nested workflows) extend this union. */
export type WorkflowEntry =
  | { readonly type: "step"; readonly step: Step }
  | { readonly type: "sleep"; readonly id: string; readonly duration: number };

/** A committed workflow: served by `createFakeServer({ workflows: { key: workflow } })`. */
export interface Workflow {
  readonly kind: "workflow";
  /** The workflow id, reported as `name` (it may differ from the registration key). */
  readonly id: string;
  readonly description?: string;
  readonly inputSchema?: JsonSchema;
  readonly outputSchema?: JsonSchema;
  /** The execution graph, in order. */
  readonly graph: readonly WorkflowEntry[];
}

/** Options of {@link createWorkflow}. */
export interface WorkflowOptions {
  id: string;
  description?: string;
  inputSchema?: JsonSchema;
  outputSchema?: JsonSchema;
}

/** The builder returned by {@link createWorkflow}. */
export interface WorkflowBuilder {
  /** Appends a step that receives the previous entry's output. */
  then(step: Step): WorkflowBuilder;
  /**
   * Appends a sleep entry (Mastra's `.sleep(ms)`): it reports `waiting`, passes its input through
   * and is listed in `steps` as `sleep_<uuid>` unless `id` is given.
   */
  sleep(ms: number, options?: { id?: string }): WorkflowBuilder;
  /**
   * Freezes the workflow.
   * @throws when the workflow has no entries or two entries share an id.
   */
  commit(): Workflow;
}

/**
 * Defines a step.
 *
 * @example
 * const greet = createStep<{ name: string }>({
 *   id: "greet",
 *   execute: async ({ inputData }) => ({ greeting: `Hello ${inputData.name}` }),
 * });
 */
export const createStep = <TInput = any, TOutput = unknown, TResume = any>(
  options: StepOptions<TInput, TOutput, TResume>,
): Step<TInput, TOutput, TResume> => ({ ...options, kind: "step" });

/**
 * Starts a workflow definition; add entries with `.then(step)` / `.sleep(ms)` and finish with
 * `.commit()`.
 *
 * @example
 * const workflow = createWorkflow({ id: "greeting" }).then(greet).commit();
 */
export const createWorkflow = (options: WorkflowOptions): WorkflowBuilder => {
  const graph: WorkflowEntry[] = [];
  const builder: WorkflowBuilder = {
    then(step) {
      graph.push({ type: "step", step });
      return builder;
    },
    sleep(ms, sleepOptions) {
      graph.push({ type: "sleep", id: sleepOptions?.id ?? `sleep_${randomUUID()}`, duration: ms });
      return builder;
    },
    commit() {
      if (graph.length === 0) {
        throw new Error(
          `Workflow "${options.id}" has no steps: add some with .then(step) before .commit().`,
        );
      }
      const seen = new Set<string>();
      for (const id of graph.map(entryId)) {
        if (seen.has(id))
          throw new Error(
            `Workflow "${options.id}" uses the step id "${id}" twice: step ids must be unique.`,
          );
        seen.add(id);
      }
      return Object.freeze({
        ...options,
        kind: "workflow" as const,
        graph: Object.freeze([...graph]),
      });
    },
  };
  return builder;
};

/** The id a graph entry is reported under. */
export const entryId = (entry: WorkflowEntry): string =>
  entry.type === "step" ? entry.step.id : entry.id;

/** `true` when `value` is a committed {@link Workflow}. */
export const isWorkflow = (value: unknown): value is Workflow =>
  typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "workflow";
