/** The programmatic entry of `@wfkit/cli`. */
export const CLI_NAME = "wfkit";

export { generateWorkflowTypes, GENERATED_INTERFACE } from "./typegen/generate.js";
export {
  runTypegen,
  DEFAULT_TYPEGEN_OUT,
  DEFAULT_TYPEGEN_URL,
  TYPEGEN_EXIT,
} from "./typegen/run.js";

export type { GenerateWorkflowTypesOptions, TypegenWarning } from "./typegen/generate.js";
export type { TypegenExitCode, TypegenIo, TypegenOptions } from "./typegen/run.js";
