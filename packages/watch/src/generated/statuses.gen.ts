/**
 * Generated from openapi/workflows.yaml and openapi/workflows-1.x.yaml.
 * Do not edit. Regenerate with `pnpm generate`.
 */
/** A workflow run's status on Mastra 0.x (core 0.10–0.24); `pending` = created, not started. Every value of `RunStatus` in openapi/workflows.yaml, in its order. */
export const RUN_STATUSES = [
  "running",
  "success",
  "failed",
  "suspended",
  "waiting",
  "pending",
  "canceled",
] as const;
/** A workflow run's status on Mastra 0.x (core 0.10–0.24); `pending` = created, not started. From `RunStatus` in openapi/workflows.yaml. */
export type RunStatus = (typeof RUN_STATUSES)[number];

/** A step result's status on Mastra 0.x. Every value of `StepStatus` in openapi/workflows.yaml, in its order. */
export const STEP_STATUSES = [
  "running",
  "success",
  "failed",
  "suspended",
  "waiting",
  "canceled",
] as const;
/** A step result's status on Mastra 0.x. From `StepStatus` in openapi/workflows.yaml. */
export type StepStatus = (typeof STEP_STATUSES)[number];

/** A run's status on Mastra 1.x. Every value of `RunStatus` in openapi/workflows-1.x.yaml, in its order. */
export const RUN_STATUSES_1X = [
  "running",
  "success",
  "failed",
  "suspended",
  "waiting",
  "pending",
  "canceled",
  "bailed",
  "tripwire",
  "paused",
  "skipped",
] as const;
/** A run's status on Mastra 1.x. From `RunStatus` in openapi/workflows-1.x.yaml. */
export type RunStatus1x = (typeof RUN_STATUSES_1X)[number];

/** A step result's status on Mastra 1.x. Every value of `StepStatus` in openapi/workflows-1.x.yaml, in its order. */
export const STEP_STATUSES_1X = [
  "running",
  "success",
  "failed",
  "suspended",
  "waiting",
  "canceled",
  "paused",
  "skipped",
] as const;
/** A step result's status on Mastra 1.x. From `StepStatus` in openapi/workflows-1.x.yaml. */
export type StepStatus1x = (typeof STEP_STATUSES_1X)[number];
