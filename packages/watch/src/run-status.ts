import { RUN_STATUSES, type RunStatus, type StepStatus } from "./generated/statuses.gen.js";

// The status lists and types are generated from the spec's enums (`pnpm generate`).
export { RUN_STATUSES };
export type { RunStatus, StepStatus };

/** Run statuses after which nothing more happens: `success`, `failed`, `canceled`. */
export const TERMINAL_RUN_STATUSES: readonly RunStatus[] = ["success", "failed", "canceled"];

/** `true` for `success`, `failed` and `canceled` (never `suspended` or `waiting`). */
export const isTerminalStatus = (status: RunStatus): boolean =>
  TERMINAL_RUN_STATUSES.includes(status);
