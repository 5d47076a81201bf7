/**
 * Types read from a Mastra workflow's own generics, so `client.getWorkflow<typeof cityWorkflow>(key)`
 * works in an app that can import the workflow's type. Everything here is structural: wfkit has no
 * dependency on `@mastra/core`, and the app's import stays type-only
 * (`import type { cityWorkflow } from "../mastra/workflows"`).
 */
import type { WorkflowTypes } from "./types.js";

/**
 * What a Mastra workflow looks like to wfkit (0.10–0.24 and 1.x): its id and its input and output
 * schemas (zod on 0.x; any Standard Schema on 1.x). Hand-written {@link WorkflowTypes} never have
 * `inputSchema`, which tells the two apart.
 */
export interface MastraWorkflowLike {
  id: string;
  inputSchema: unknown;
  outputSchema: unknown;
}

/** The Standard Schema `types` of a schema (zod 3.24+, zod 4, valibot, …), if it declares them. */
type StandardTypes<S> = S extends { readonly "~standard": { readonly types?: infer T } }
  ? NonNullable<T>
  : never;

type IsAny<T> = 0 extends 1 & T ? true : false;

/** `T`, unless it is `any` or `unknown` (a schema type that did not resolve): then `Fallback`. */
type Known<T, Fallback> = IsAny<T> extends true ? Fallback : unknown extends T ? Fallback : T;

/**
 * One side of a schema's type: its Standard Schema `types[side]`, else zod 3's `_input`/`_output`
 * (zod before 3.24 declares no Standard Schema types), else `unknown`.
 */
type SchemaSide<S, Side extends "input" | "output"> =
  StandardTypes<S> extends { readonly [K in Side]: infer T }
    ? T
    : S extends { readonly [K in `_${Side}`]: infer T }
      ? T
      : unknown;

/** The type a schema accepts: what the client sends (`inputData`, `resumeData`). */
export type SchemaInput<S> = SchemaSide<S, "input">;

/** The type a schema produces: what the server sends back (results, outputs, suspend payloads). */
export type SchemaOutput<S> = SchemaSide<S, "output">;

/**
 * The parameters of a step's (or workflow's) `execute`: Mastra types `inputData`, `resumeData` and
 * `suspend` with the step's own generics there, also where its schema types do not resolve.
 */
type ExecuteParams<S> = S extends { execute: (params: infer P, ...rest: never[]) => unknown }
  ? P
  : never;
type ExecuteInput<S> = ExecuteParams<S> extends { inputData: infer I } ? I : unknown;
type ExecuteResume<S> =
  ExecuteParams<S> extends { resumeData?: infer R } ? Exclude<R, undefined> : unknown;
type ExecuteSuspend<S> =
  ExecuteParams<S> extends {
    suspend: (payload: infer P, ...rest: never[]) => unknown;
  }
    ? Exclude<P, undefined>
    : unknown;
/** What `execute` resolves to, without Mastra 1.x's internal `void & { … }` marker. */
type ExecuteOutput<S> = S extends { execute: (...args: never[]) => infer R }
  ? Exclude<Awaited<R>, void | undefined>
  : unknown;

/** The steps a workflow was created with (`createWorkflow({ steps: [...] })`), as a union. */
type StepDefs<WF> = WF extends { stepDefs?: infer D }
  ? NonNullable<D> extends readonly (infer S)[]
    ? S
    : never
  : never;

type MastraSteps<WF> = {
  [S in StepDefs<WF> as S extends { id: infer Id extends string } ? Id : never]: {
    input: Known<ExecuteInput<S>, unknown>;
    output: Known<ExecuteOutput<S>, unknown>;
    suspend: Known<ExecuteSuspend<S>, unknown>;
    resume: Known<ExecuteResume<S>, unknown>;
  };
};

/**
 * A Mastra workflow's types in wfkit's form: input and result from its schemas (or its `execute`)
 * and, when it was created with `steps: [...]`, every step's input, output, suspend payload and
 * resume data, from the types Mastra gives that step's `execute` (`inputData`, `resumeData`,
 * `suspend(payload)`, the resolved output).
 *
 * @example
 * ```ts
 * import type { cityWorkflow } from "../mastra/workflows/city.js";
 * type City = MastraWorkflowTypes<typeof cityWorkflow>;
 * const workflow = client.getWorkflow<typeof cityWorkflow>("testWorkflow"); // the same types
 * ```
 */
export type MastraWorkflowTypes<WF extends MastraWorkflowLike> = {
  input: Known<SchemaInput<WF["inputSchema"]>, Known<ExecuteInput<WF>, unknown>>;
  result: Known<SchemaOutput<WF["outputSchema"]>, Known<ExecuteOutput<WF>, unknown>>;
} & (string extends keyof MastraSteps<WF>
  ? {}
  : [StepDefs<WF>] extends [never]
    ? {}
    : { steps: MastraSteps<WF> });

/** `W` as {@link WorkflowTypes}: a Mastra workflow's inferred types, or `W` itself. */
export type WorkflowTypesOf<W> = W extends MastraWorkflowLike
  ? MastraWorkflowTypes<W>
  : W extends WorkflowTypes
    ? W
    : never;
