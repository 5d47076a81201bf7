// Everything @wfkit/client and @wfkit/watch export, as one browser entry for the size budget.
export * from "../packages/client/dist/index.js";
export * from "../packages/watch/dist/index.js";
