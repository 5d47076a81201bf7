import type { OpeningWatches } from "./watch-opening.js";

/** @internal What a {@link Workflow} takes from its client. */
export interface WorkflowEnv {
  /** Makes the run ids `createRun()` and `startAsync()` send. */
  newRunId: () => string;
  /** The client-wide signal: it ends calls and watches alike. */
  signal?: AbortSignal | undefined;
  /** The client's `timeoutMs`, which bounds a resume's wait for a running run. */
  timeoutMs?: number | undefined;
  /** The client's watches still connecting; `start` and `resume` wait for those on their run. */
  watches?: OpeningWatches;
}
