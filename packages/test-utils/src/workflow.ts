import type { JsonSchema, TypedJsonSchema } from "./typed-schema.js";

export type { JsonSchema, TypedJsonSchema } from "./typed-schema.js";

/** What a step's `execute` receives. Mirrors the fields Mastra passes to `execute`. */
export interface StepContext<TInput = any, TResume = any, TSuspend = unknown> {
  /** The previous step's output (the run input for the first step). */
  inputData: TInput;
  /** The `resumeData` sent by `resume`/`resume-async`, when this step is the one being resumed. */
  resumeData: TResume | undefined;
  /** Suspends the run after `execute` returns; the step is reported `suspended` with this payload. */
  suspend: (payload?: TSuspend) => Promise<void>;
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

/** The fields of a step besides `execute`. Each schema may be a {@link TypedJsonSchema}. */
export interface StepFields<
  TInput = any,
  TOutput = unknown,
  TResume = any,
  TSuspend = unknown,
  TId extends string = string,
> {
  /** Step id: the key in `steps`, `allSteps` and every run's `steps` map. */
  id: TId;
  description?: string;
  inputSchema?: TypedJsonSchema<TInput>;
  outputSchema?: TypedJsonSchema<TOutput>;
  suspendSchema?: TypedJsonSchema<TSuspend>;
  resumeSchema?: TypedJsonSchema<TResume>;
}

/** A step's fields and its `execute`. */
export interface StepOptions<
  TInput = any,
  TOutput = unknown,
  TResume = any,
  TSuspend = unknown,
  TId extends string = string,
> extends StepFields<TInput, TOutput, TResume, TSuspend, TId> {
  /** Returns the step output, throws to fail the run, or calls `suspend`. */
  execute: (context: StepContext<TInput, TResume, TSuspend>) => Promise<TOutput> | TOutput;
}

/**
 * What {@link createStep} takes. With typed schemas (see `typedSchema`) the step's types come from
 * them and `execute` is checked against them; without, the output is what `execute` returns.
 */
export interface StepDefinition<
  TInput = any,
  TOutput = unknown,
  TResume = any,
  TSuspend = unknown,
  TId extends string = string,
  TReturn extends TOutput = TOutput,
> extends StepFields<TInput, TOutput, TResume, TSuspend, TId> {
  /** Returns the step output, throws to fail the run, or calls `suspend`. */
  execute: (context: StepContext<TInput, TResume, TSuspend>) => Promise<TReturn> | TReturn;
}

/** A step built by {@link createStep}; its type parameters are its input, output, resume data, suspend payload and id. */
export interface Step<
  TInput = any,
  TOutput = unknown,
  TResume = any,
  TSuspend = unknown,
  TId extends string = string,
> extends StepOptions<TInput, TOutput, TResume, TSuspend, TId> {
  readonly kind: "step";
  /** Type-only: the step's types, read by `WorkflowRegistryEntry`. Never present at run time. */
  readonly "~types"?: { input: TInput; output: TOutput; resume: TResume; suspend: TSuspend };
}

/** One entry of a workflow's execution graph. New kinds (parallel, nested workflows) extend this union. */
export type WorkflowEntry =
  | { readonly type: "step"; readonly step: Step }
  | { readonly type: "sleep"; readonly id: string; readonly duration: number };

/**
 * A committed workflow: served by `createFakeServer({ workflows: { key: workflow } })`. Its type
 * parameters are the run's input and result and the union of its steps; `WorkflowRegistryEntry`
 * turns them into a `WorkflowRegistry` entry of `@wfkit/client`.
 */
export interface Workflow<TInput = unknown, TResult = unknown, TSteps extends Step = Step> {
  readonly kind: "workflow";
  /** The workflow id, reported as `name` (it may differ from the registration key). */
  readonly id: string;
  readonly description?: string;
  readonly inputSchema?: JsonSchema;
  readonly outputSchema?: JsonSchema;
  /** The execution graph, in order. */
  readonly graph: readonly WorkflowEntry[];
  /** Type-only: the workflow's types, read by `WorkflowRegistryEntry`. Never present at run time. */
  readonly "~types"?: { input: TInput; result: TResult; steps: TSteps };
}

/** Options of {@link createWorkflow}; typed schemas give the run's input and result types. */
export interface WorkflowOptions<TInput = unknown, TResult = unknown> {
  id: string;
  description?: string;
  inputSchema?: TypedJsonSchema<TInput>;
  outputSchema?: TypedJsonSchema<TResult>;
}

/** `A`, unless it is `unknown` or `any` (not given): then `B`. */
type Given<A, B> = unknown extends A ? B : A;

/** The input type of step `S` (what the previous entry passes it). */
type StepInputOf<S> = S extends { readonly "~types"?: { input: infer I } } ? I : unknown;
/** The output type of step `S`. */
type StepOutputOf<S> = S extends { readonly "~types"?: { output: infer O } } ? O : unknown;

/**
 * The builder returned by {@link createWorkflow}. It tracks the run's declared input and result,
 * the steps added so far and the last step's output (the result when no output schema types it).
 */
export interface WorkflowBuilder<
  TInput = unknown,
  TResult = unknown,
  TSteps extends Step = never,
  TLast = unknown,
> {
  /** Appends a step that receives the previous entry's output. */
  then<S extends Step>(
    step: S,
  ): WorkflowBuilder<
    [TSteps] extends [never] ? Given<TInput, StepInputOf<S>> : TInput,
    TResult,
    TSteps | S,
    StepOutputOf<S>
  >;
  /**
   * Appends a sleep entry (Mastra's `.sleep(ms)`): it reports `waiting`, passes its input through
   * and is listed in `steps` as `sleep_<uuid>` unless `id` is given.
   */
  sleep(ms: number, options?: { id?: string }): WorkflowBuilder<TInput, TResult, TSteps, TLast>;
  /**
   * Freezes the workflow.
   * @throws when the workflow has no entries or two entries share an id.
   */
  commit(): Workflow<TInput, Given<TResult, TLast>, [TSteps] extends [never] ? Step : TSteps>;
}

/**
 * Defines a step. Its types are inferred from typed schemas (see `typedSchema`) or from `execute`;
 * the id stays a literal type when the type arguments are inferred, which a registry entry needs
 * (explicit type arguments leave the id `string`).
 *
 * @example
 * const greet = createStep({
 *   id: "greet",
 *   inputSchema: typedSchema<{ name: string }>({ type: "object", properties: { name: { type: "string" } } }),
 *   execute: async ({ inputData }) => ({ greeting: `Hello ${inputData.name}` }),
 * });
 */
export function createStep<
  TInput = any,
  TOutput = unknown,
  TResume = any,
  TSuspend = unknown,
  const TId extends string = string,
  TReturn extends TOutput = TOutput,
>(
  options: StepDefinition<TInput, TOutput, TResume, TSuspend, TId, TReturn>,
): Step<TInput, Given<TOutput, TReturn>, TResume, TSuspend, TId>;
// The output type exists only in the step's type: the object is the options with `kind` added.
export function createStep(options: StepOptions): Step {
  return { ...options, kind: "step" };
}

/**
 * Starts a workflow definition; add entries with `.then(step)` / `.sleep(ms)` and finish with
 * `.commit()`.
 *
 * @example
 * const workflow = createWorkflow({ id: "greeting" }).then(greet).commit();
 */
export function createWorkflow<TInput = unknown, TResult = unknown>(
  options: WorkflowOptions<TInput, TResult>,
): WorkflowBuilder<TInput, TResult>;
// The builder's type parameters exist only in its type: one object serves every step.
export function createWorkflow(options: WorkflowOptions): WorkflowBuilder<any, any, any, any> {
  const graph: WorkflowEntry[] = [];
  const builder: WorkflowBuilder<any, any, any, any> = {
    then(step) {
      graph.push({ type: "step", step });
      return builder;
    },
    sleep(ms, sleepOptions) {
      graph.push({
        type: "sleep",
        id: sleepOptions?.id ?? `sleep_${crypto.randomUUID()}`,
        duration: ms,
      });
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
}

/** The id a graph entry is reported under. */
export const entryId = (entry: WorkflowEntry): string =>
  entry.type === "step" ? entry.step.id : entry.id;

/** `true` when `value` is a committed {@link Workflow}. */
export const isWorkflow = (value: unknown): value is Workflow =>
  typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "workflow";
