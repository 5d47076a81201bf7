/** The programmatic entry of `@wfkit/cli`: run `wfkit` in process. */
export const CLI_NAME = "wfkit";

export { main } from "./main.js";
export { EXIT, UsageError, exitCodeOf, isUsageError } from "./exit-codes.js";
export { parseWorkflowSchema } from "./schema.js";
export { schemaToType } from "./schema-type.js";

export type { CliIo, InStream, OutStream } from "./io.js";
export type { ExitCode } from "./exit-codes.js";
export type { JsonSchema } from "./schema.js";
export type { RunOutcome } from "./outcome.js";
