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

/** The type a schema accepts: what the client sends (`inputData`, `resumeData`). */
export type SchemaInput<S> =
  StandardTypes<S> extends { readonly input: infer I }
    ? I
    : S extends { readonly _input: infer I }
      ? I
      : unknown;

/** The type a schema produces: what the server sends back (results, outputs, suspend payloads). */
export type SchemaOutput<S> =
  StandardTypes<S> extends { readonly output: infer O }
    ? O
    : S extends { readonly _output: infer O }
      ? O
      : unknown;

/** The steps a workflow was created with (`createWorkflow({ steps: [...] })`), as a union. */
type StepDefs<WF> = WF extends { stepDefs?: infer D }
  ? NonNullable<D> extends readonly (infer S)[]
    ? S
    : never
  : never;

type OptionalSchema<S, K extends string> = S extends { [P in K]?: infer V }
  ? NonNullable<V>
  : never;

type MastraSteps<WF> = {
  [S in StepDefs<WF> as S extends { id: infer Id extends string } ? Id : never]: {
    input: SchemaInput<S extends { inputSchema: infer I } ? I : never>;
    output: SchemaOutput<S extends { outputSchema: infer O } ? O : never>;
    suspend: SchemaOutput<OptionalSchema<S, "suspendSchema">>;
    resume: SchemaInput<OptionalSchema<S, "resumeSchema">>;
  };
};

/**
 * A Mastra workflow's types in wfkit's form: input and result from its schemas and, when it was
 * created with `steps: [...]`, every step's input, output, suspend payload and resume data.
 *
 * @example
 * ```ts
 * import type { cityWorkflow } from "../mastra/workflows/city.js";
 * type City = MastraWorkflowTypes<typeof cityWorkflow>;
 * const workflow = client.getWorkflow<typeof cityWorkflow>("testWorkflow"); // the same types
 * ```
 */
export type MastraWorkflowTypes<WF extends MastraWorkflowLike> = {
  input: SchemaInput<WF["inputSchema"]>;
  result: SchemaOutput<WF["outputSchema"]>;
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
