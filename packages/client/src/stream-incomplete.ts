import { WfkitError } from "./errors.js";

/**
 * The stream ended, failed or was closed before its `workflow-finish` record, so `stream.result`
 * has nothing to give (code `response_lost`: the run itself may well go on).
 */
export class StreamIncompleteError extends WfkitError {
  override readonly name = "StreamIncompleteError";
  constructor(runId: string, reason: string, cause?: unknown) {
    super(
      "response_lost",
      `The stream of run ${runId} ${reason} before its workflow-finish record, so it has no final result. Read the run's state with runExecutionResult(runId).`,
      cause === undefined ? undefined : { cause },
    );
  }
}
