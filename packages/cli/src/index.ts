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

export { generateWorkflowTypes, GENERATED_INTERFACE } from "./typegen/generate.js";
export {
  runTypegen,
  DEFAULT_TYPEGEN_OUT,
  DEFAULT_TYPEGEN_URL,
  TYPEGEN_EXIT,
} from "./typegen/run.js";

export type { GenerateWorkflowTypesOptions, TypegenWarning } from "./typegen/generate.js";
export type { TypegenExitCode, TypegenIo, TypegenOptions } from "./typegen/run.js";
