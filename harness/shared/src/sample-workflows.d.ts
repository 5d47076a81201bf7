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

/** The part of zod {@link buildSampleWorkflows} uses, which means the same in zod 3 and 4. */
export interface ZodSubset {
  object(shape: Record<string, unknown>): unknown;
  string(): { optional(): unknown };
  number(): unknown;
  boolean(): unknown;
}

/** The part of a Mastra workflow builder {@link buildSampleWorkflows} uses (0.10 and 1.x alike). */
export interface WorkflowBuilder<Step, Workflow> {
  then(step: Step): WorkflowBuilder<Step, Workflow>;
  sleep(ms: number): WorkflowBuilder<Step, Workflow>;
  commit(): Workflow;
}

/** The context Mastra hands to a step's `execute` (the parts `approval` reads). */
export interface ApprovalContext {
  inputData: ApprovalInput;
  resumeData?: ApprovalResume;
  suspend(payload: { message: string; city: string }): Promise<unknown>;
}

/** Options for {@link buildSampleWorkflows}. */
export interface BuildSampleWorkflowsOptions<Step, Workflow> {
  /** `createStep` from the generation's `@mastra/core/workflows`. */
  createStep(options: any): Step;
  /** `createWorkflow` from the generation's `@mastra/core/workflows`. */
  createWorkflow(options: any): WorkflowBuilder<Step, Workflow>;
  /** The generation's zod. */
  z: ZodSubset;
  /**
   * Makes a schema for an object with any properties, the one spelling that differs between
   * zod 3 (`z.object({}).passthrough()`) and zod 4 (`z.looseObject({})`).
   */
  anyObject(): unknown;
  /** The `approval` step's `execute`, since suspending differs between generations. */
  approve(context: ApprovalContext): Promise<unknown>;
}

/** The sample workflows, keyed as they are registered with `Mastra`. */
export interface SampleWorkflows<Workflow> {
  /** Id `city-workflow`: validate-city → approval (suspends) → finalize. */
  testWorkflow: Workflow;
  /** Id `failing-workflow`: prepare → boom (throws `kaboom`). */
  failingWorkflow: Workflow;
  /** Id `pipeline-workflow`: double → sleep 50 ms → add-one. */
  pipelineWorkflow: Workflow;
}

/**
 * Builds the sample workflows with one Mastra generation's `createStep`, `createWorkflow` and
 * zod, and its way of suspending `approval`; ids, descriptions, schemas, step logic and step
 * order are the same for every generation.
 *
 * @example
 * ```js
 * export const workflows = buildSampleWorkflows({
 *   createStep,
 *   createWorkflow,
 *   z,
 *   anyObject: () => z.looseObject({}),
 *   approve: async ({ inputData, resumeData, suspend }) =>
 *     decideApproval(inputData, resumeData) ?? suspend(approvalRequest(inputData)),
 * });
 * ```
 */
export declare function buildSampleWorkflows<Step, Workflow>(
  options: BuildSampleWorkflowsOptions<Step, Workflow>,
): SampleWorkflows<Workflow>;
