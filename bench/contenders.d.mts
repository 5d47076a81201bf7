/** Types for `contenders.mjs`, for the TypeScript tests that import it. */

/** Packages measured against wfkit, pinned. */
export declare const CONTENDERS: Record<string, string>;
/** The folder that holds the contenders' node_modules. */
export declare const contendersDir: string;
/** Installs any missing contender; returns the folder that holds their node_modules. */
export declare function installContenders(): string;
