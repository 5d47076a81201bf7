/** A plain JSON Schema object (draft-07 or later); reported by `details()` the way Mastra reports it. */
export type JsonSchema = { readonly [key: string]: unknown };

/**
 * A JSON Schema that also carries the TypeScript type of the values it describes, for the DSL's
 * type inference (the `~type` property exists only in the type, never at run time). Made by
 * {@link typedSchema}; a plain {@link JsonSchema} is accepted wherever this is.
 */
export type TypedJsonSchema<T> = JsonSchema & { readonly "~type"?: T };

/**
 * Gives a JSON Schema the TypeScript type it describes, so `createStep`/`createWorkflow` infer their
 * types (and the registry entry, see `WorkflowRegistryEntry`) from it. Returns `schema` itself:
 * nothing is added to what `details()` reports, and nothing checks that `T` matches the schema.
 *
 * @example
 * const cityInput = typedSchema<{ city: string }>({
 *   type: "object",
 *   properties: { city: { type: "string" } },
 *   required: ["city"],
 * });
 */
export const typedSchema = <T>(schema: JsonSchema): TypedJsonSchema<T> => schema;
