/**
 * The wire types generated from `openapi/workflows.yaml`. Temporary bridge: `@wfkit/client` will
 * re-export these from its index, and this file will then import from there.
 */
export type { components, operations, paths } from "../../client/src/generated/openapi.gen.js";
