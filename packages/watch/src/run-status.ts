/** Status of a workflow run (Mastra core 0.10–0.24). `pending` = created, not started. */
export type RunStatus =
  "running" | "success" | "failed" | "suspended" | "waiting" | "pending" | "canceled";

/** Status of one step result. */
export type StepStatus = "running" | "success" | "failed" | "suspended" | "waiting" | "canceled";

/** All run statuses, for validation. */
export const RUN_STATUSES: readonly RunStatus[] = [
  "running",
  "success",
  "failed",
  "suspended",
  "waiting",
  "pending",
  "canceled",
];

/** Run statuses after which nothing more happens: `success`, `failed`, `canceled`. */
export const TERMINAL_RUN_STATUSES: readonly RunStatus[] = ["success", "failed", "canceled"];

/** `true` for `success`, `failed` and `canceled`. */
export const isTerminalStatus = (status: RunStatus): boolean =>
  TERMINAL_RUN_STATUSES.includes(status);
