/** Input cities that make `validate-city` throw. */
export declare const UNKNOWN_CITIES: readonly string[];

/** Milliseconds the `SLOW` city spends in its first and last step. */
export declare const SLOW_STEP_MS: 1000;

/** Milliseconds the pipeline workflow sleeps between its steps. */
export declare const PIPELINE_SLEEP_MS: 50;

/** `approval`'s input. */
export interface ApprovalInput {
  city: string;
  normalized?: string;
}

/** `approval`'s resume data. */
export interface ApprovalResume {
  approved: boolean;
  approver?: string;
}

/** `approval`'s output (and `finalize`'s input). */
export interface ApprovalOutput {
  city: string;
  approved: boolean;
  approver?: string;
}

/**
 * What `approval` answers without suspending: the output for `AUTO` or for resume data, else
 * `undefined`, when the step must suspend with {@link approvalRequest}.
 */
export declare function decideApproval(
  input: ApprovalInput,
  resumeData: ApprovalResume | undefined,
): ApprovalOutput | undefined;

/** The payload `approval` suspends with. */
export declare function approvalRequest(input: ApprovalInput): { message: string; city: string };

/** The part of zod {@link sampleDefinitions} uses, which means the same in zod 3 and 4. */
export interface ZodSubset {
  object(shape: Record<string, unknown>): unknown;
  string(): { optional(): unknown };
  number(): unknown;
  boolean(): unknown;
}

/** Options for Mastra's `createStep`, less the Mastra-specific parts. */
export interface SampleStep {
  id: string;
  description: string;
  inputSchema: unknown;
  outputSchema: unknown;
  suspendSchema?: unknown;
  resumeSchema?: unknown;
  /** The step logic; left out on `approval`. */
  execute?: (context: { inputData: any }) => Promise<unknown>;
}

/** Options for Mastra's `createWorkflow`, less `steps`. */
export interface SampleWorkflow {
  id: string;
  description: string;
  inputSchema: unknown;
  outputSchema: unknown;
}

/** What {@link sampleDefinitions} builds. */
export interface SampleDefinitions {
  steps: {
    validateCity: SampleStep;
    approval: Omit<SampleStep, "execute">;
    finalize: SampleStep;
    prepare: SampleStep;
    boom: SampleStep;
    double: SampleStep;
    addOne: SampleStep;
  };
  workflows: { city: SampleWorkflow; failing: SampleWorkflow; pipeline: SampleWorkflow };
}

/**
 * The sample workflows' steps and workflows (ids, descriptions, schemas and step logic) as
 * options for Mastra's `createStep` and `createWorkflow`, built with the given zod. `approval`
 * has no `execute`: suspending differs between Mastra generations, so each harness writes it with
 * {@link decideApproval} and {@link approvalRequest}.
 *
 * @example
 * ```js
 * const { steps, workflows } = sampleDefinitions(z, () => z.looseObject({}));
 * const double = createStep(steps.double);
 * ```
 * @param anyObject - makes a schema for an object with any properties, the one spelling that
 * differs between zod 3 (`z.object({}).passthrough()`) and zod 4 (`z.looseObject({})`).
 */
export declare function sampleDefinitions(
  z: ZodSubset,
  anyObject: () => unknown,
): SampleDefinitions;
