/**
 * Registry entries from DSL workflows: the same shape `wfkit typegen` writes for a server's
 * workflows (`WorkflowRegistry` entries of `@wfkit/client`), so a test against the fake gets the
 * types production code gets from typegen.
 */
import type { Workflow } from "./workflow.js";

type IsAny<T> = 0 extends 1 & T ? true : false;

/** `T` as written, with its intersections merged (entries compare equal to typegen's). */
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** `T`, or `unknown` where the DSL left it `any` (no schema, no annotation). */
type Known<T> = IsAny<T> extends true ? unknown : T;

/** `{ [K]: T }`, or `{}` where `T` was not given (`any` or `unknown`), as typegen leaves the key out. */
type Optional<K extends string, T> =
  IsAny<T> extends true ? {} : unknown extends T ? {} : { [P in K]: T };

type StepTypesOf<S> = S extends { readonly "~types"?: infer T } ? NonNullable<T> : never;

/** One step's entry: input and output, plus `resume` and `suspend` where the step has them. */
type StepEntry<S> =
  StepTypesOf<S> extends {
    input: infer I;
    output: infer O;
    resume: infer R;
    suspend: infer P;
  }
    ? Simplify<
        { input: Known<I>; output: Known<O> } & Optional<"resume", R> & Optional<"suspend", P>
      >
    : never;

type WorkflowTypesOf<W> = W extends { readonly "~types"?: infer T } ? NonNullable<T> : never;

/** Steps keyed by their literal ids (a step whose id type is `string` is left out). */
type StepEntries<S> = {
  [
    St in S as St extends { id: infer Id extends string } ? (string extends Id ? never : Id) : never
  ]: StepEntry<St>;
};

/**
 * The `WorkflowRegistry` entry (of `@wfkit/client`) of a workflow built with the DSL: its input and
 * result, and per step id its input, output, suspend payload and resume data. For the sample
 * workflows it equals what `wfkit typegen` writes for the fake serving them.
 *
 * @example
 * ```ts
 * type City = WorkflowRegistryEntry<typeof cityWorkflow>;
 * const city = client.getWorkflow<City>("testWorkflow");
 * ```
 */
export type WorkflowRegistryEntry<W extends Workflow<any, any, any>> =
  WorkflowTypesOf<W> extends { input: infer I; result: infer R; steps: infer S }
    ? { input: Known<I>; result: Known<R>; steps: StepEntries<S> }
    : never;

/**
 * A whole registry from the map `createFakeServer({ workflows })` takes: one
 * {@link WorkflowRegistryEntry} per registration key. Use it as `MastraClient<RegistryOf<…>>`, or
 * let `server.client()` do it.
 *
 * @example
 * ```ts
 * const workflows = { testWorkflow: cityWorkflow };
 * const client = new MastraClient<RegistryOf<typeof workflows>>({ baseUrl: server.url, fetch: server.fetch });
 * ```
 */
export type RegistryOf<M extends { readonly [key: string]: Workflow<any, any, any> }> = {
  [K in keyof M & string]: WorkflowRegistryEntry<M[K]>;
};
