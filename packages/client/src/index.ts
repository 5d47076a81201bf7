export {
  MastraClient,
  DEFAULT_API_PREFIX,
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
} from "./client.js";
export { Workflow } from "./workflow.js";
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
export { toWorkflowError } from "./normalize.js";
export { classifyWorkflowList } from "./detect.js";
export {
  WatchError,
  WatchAbortError,
  WatchCallbackError,
  WatchRunNotFoundError,
  WatchReconnectError,
  RecordParseError,
  RecordTooLargeError,
  StreamConsumedError,
  isWatchError,
  isWatchRunNotFoundError,
  isWatchReconnectError,
} from "@wfkit/watch";

export type { WfkitErrorCode, WfkitErrorOptions } from "./errors.js";
export type { ProtocolOption, ServerProtocol } from "./detect.js";
export type { RetryOptions } from "./retry.js";
export type { CallOptions, Clock, HeadersOption, Sleep } from "./transport.js";
export type { TransportOptions } from "./options.js";
export type { Middleware, MiddlewareContext } from "./middleware.js";
export type { Logger } from "./logger.js";
export type { OperationInfo, OperationName } from "./operations.js";
export type { WorkflowWatchOptions } from "./workflow.js";
export type {
  Acknowledgement,
  ClientOptions,
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
export type {
  components,
  paths,
  StepGraphEntry,
  StreamEvent,
  WireExecutionResult,
  WireStepResult,
  WireWatchRecord,
  WireWorkflowResult,
  WorkflowInfo,
  WorkflowList,
  WorkflowRun,
  WorkflowRunSnapshot,
  WorkflowRuns,
  WorkflowStepInfo,
} from "./schema.js";
export type { WatchHandle, WatchIterator, WatchRecord } from "@wfkit/watch";
