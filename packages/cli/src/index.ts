/** The programmatic entry of `@wfkit/cli`. */
export const CLI_NAME = "wfkit";
