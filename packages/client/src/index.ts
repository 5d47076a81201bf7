export {
  MastraClient,
  DEFAULT_API_PREFIX,
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
} from "./client.js";
export { Workflow } from "./workflow.js";
export type { AllRunsOptions, RunsPageFetcher } from "./all-runs.js";
export {
  WfkitError,
  ApiError,
  InvalidArgumentError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  PayloadTooLargeError,
  RateLimitError,
  ServerError,
  InvalidResponseError,
  ConnectionError,
  TimeoutError,
  AbortError,
  UnsupportedByServerError,
  ResponseLostError,
  RedirectRefusedError,
  ResponseTooLargeError,
  isWfkitError,
  isApiError,
  isInvalidArgumentError,
  isBadRequestError,
  isNotFoundError,
  isConflictError,
  isPayloadTooLargeError,
  isRateLimitError,
  isServerError,
  isConnectionError,
  isTimeoutError,
  isAbortError,
  isUnsupportedByServerError,
  isInvalidResponseError,
  isResponseLostError,
  isRedirectRefusedError,
  isResponseTooLargeError,
} from "./errors.js";
export { defaultRetryPolicy } from "./retry.js";
export { parseWorkflowSchema } from "./workflow-schema.js";
export {
  ResumeStateError,
  RunNotSuspendedError,
  StepNotSuspendedError,
  StepAmbiguousError,
  isRunNotSuspendedError,
  isStepNotSuspendedError,
  isStepAmbiguousError,
} from "./resume-errors.js";
export { isAuthenticationError, isPermissionDeniedError } from "./error-guards.js";
export {
  WatchError,
  WatchAbortError,
  WatchCallbackError,
  WatchRunNotFoundError,
  WatchReconnectError,
  RecordParseError,
  RecordTooLargeError,
  StreamConsumedError,
  WatchTimeoutError,
  isWatchError,
  isWatchRunNotFoundError,
  isWatchReconnectError,
  isWatchAbortError,
  isWatchCallbackError,
  isWatchTimeoutError,
  isRecordParseError,
  isRecordTooLargeError,
  isStreamConsumedError,
} from "@wfkit/watch";

export type { WfkitErrorCode, WfkitErrorOptions } from "./errors.js";
export type { ProtocolOption, ServerProtocol } from "./detect.js";
export type { GenerationOption, ServerGeneration } from "./generation.js";
export type { ResumeStateDetails } from "./resume-errors.js";
export type { RetryOptions } from "./retry.js";
export type { CallOptions, Clock, HeadersOption, Sleep } from "./transport.js";
export type { TransportOptions } from "./options.js";
export type { Middleware, MiddlewareContext } from "./middleware.js";
export type { Logger } from "./logger.js";
export type { OperationInfo, OperationName } from "./operations.js";
export type { WorkflowWatchOptions } from "./workflow.js";
export type { JsonSchemaObject } from "./workflow-schema.js";
export type {
  MastraWorkflowLike,
  MastraWorkflowTypes,
  SchemaInput,
  SchemaOutput,
  WorkflowTypesOf,
} from "./mastra-inference.js";
export type {
  RegisteredWorkflowKey,
  RegistryEntryOf,
  ResumeDataRequirement,
  StepIdOf,
  StepResultsOf,
  StepResumeDataOf,
  StepTypes,
  StepTypesOf,
  SuspendPayloadOf,
  WatchStepsOf,
  WorkflowEntry,
  WorkflowKey,
  WorkflowRegistry,
} from "./registry.js";
export type {
  Acknowledgement,
  ClientOptions,
  ContextEntries,
  ContextInput,
  ContextParams,
  ExecutionResult,
  InputOf,
  Json,
  ResultOf,
  ResumeDataOf,
  ResumeParams,
  ResumeStepOf,
  RunStatus,
  RunsFilter,
  RuntimeContext,
  StartParams,
  StepResult,
  StepResults,
  StepStatus,
  UntypedWorkflow,
  WorkflowError,
  WorkflowResult,
  WorkflowTypes,
} from "./types.js";
/** @internal The generated 0.x wire types, for `@wfkit/test-utils`' fake server. */
export type { components, paths } from "./schema.js";
/** @internal The generated 1.x wire types, for `@wfkit/test-utils`' fake 1.x server. */
export type { paths1x } from "./schema-1x.js";
export type {
  StepGraphEntry,
  StreamEvent,
  WorkflowInfo,
  WorkflowList,
  WorkflowRun,
  WorkflowRunSnapshot,
  WorkflowRuns,
  WorkflowStepInfo,
} from "./schema.js";
export type { WatchHandle, WatchIterator, WatchRecord } from "@wfkit/watch";

// The 1.x surface: streams, run handles, restart, time travel, delete, counts.
export { StreamIncompleteError } from "./stream-incomplete.js";
export { RunHandle } from "./run-handle.js";
export { WorkflowSurfaceMethods } from "./workflow-surface-methods.js";
export { KNOWN_STREAM_EVENT_TYPES, isKnownStreamEvent } from "./stream-event-types.js";
export type { EventStreamOptions, WorkflowEventStream } from "./event-stream.js";
export type {
  KnownStreamEvent,
  OtherStreamEvent,
  WorkflowStreamEvent,
} from "./stream-event-types.js";
export type { WorkflowStreamResult } from "./stream-result.js";
export type {
  RunCounts,
  StreamCallOptions,
  TimeTravelContextEntry,
  TracingOptions,
} from "./protocol-surface.js";
export type {
  ResumeParams1x,
  RestartParams,
  RunsFilter1x,
  StartOptions1x,
  StreamParams,
  TimeTravelParams,
} from "./workflow-surface.js";
