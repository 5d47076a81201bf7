import type { MastraHarness, StartHarnessOptions } from "./launch.js";

/** An answer of {@link JsonCalls}. */
export interface JsonReply {
  status: number;
  body: Record<string, any>;
}

/** What {@link createJsonCalls} makes. */
export interface JsonCalls {
  /** `<url>/api/workflows`. */
  api(): string;
  /** `GET <api><path>`, the body parsed as JSON. */
  getJson(path: string): Promise<JsonReply>;
  /** `POST <api><path>` with `body` as JSON (no body when `undefined`), the answer parsed. */
  postJson(path: string, body?: unknown): Promise<JsonReply>;
}

/**
 * Creates `getJson(path)` and `postJson(path, body?)` against `<url()>/api/workflows<path>`;
 * `url` is read on every call.
 *
 * @example
 * ```ts
 * const { getJson } = createJsonCalls(() => mastra.url);
 * const { status, body } = await getJson("/testWorkflow");
 * ```
 */
export declare function createJsonCalls(url: () => string): JsonCalls;

/** Whether a process exists and is not a zombie waiting to be reaped. */
export declare function isProcessAlive(pid: number): boolean;

/**
 * Polls `predicate` every 25 ms until it holds.
 * @throws Error when it does not hold within `timeoutMs`.
 */
export declare function waitUntil(predicate: () => boolean, timeoutMs: number): Promise<void>;

/** Options for {@link registerSampleWorkflowCases}. */
export interface SampleWorkflowCasesOptions {
  /** The harness the test file started (read when a case runs). */
  server(): MastraHarness;
  /** Where this generation shows a `testWorkflow` run's state, under `/api/workflows`. */
  runPath(runId: string): string;
  /** Checks the `error` field of a failed run against the thrown error's message. */
  expectError(error: unknown, message: string): void;
}

/**
 * Registers (with vitest's `it`) the cases every generation of the real server passes with the
 * sample workflows: the list, AUTO, suspend and resume, rejection, failures and the pipeline's
 * sleep.
 *
 * @example
 * ```ts
 * describe("real Mastra 1.x server", () => {
 *   registerSampleWorkflowCases({
 *     server: () => mastra,
 *     runPath: (runId) => `/testWorkflow/runs/${runId}`,
 *     expectError: (error, message) => expect(error).toEqual({ message, name: "Error" }),
 *   });
 * });
 * ```
 */
export declare function registerSampleWorkflowCases(options: SampleWorkflowCasesOptions): void;

/** Options for {@link registerLifecycleCases}. */
export interface LifecycleCasesOptions {
  /** Starts a server, e.g. `startMastra`. */
  start(options?: StartHarnessOptions): Promise<MastraHarness>;
  /** The harness module (absolute path) and the name of the export `start` is. */
  entry: { modulePath: string; exportName: string };
}

/**
 * Registers (with vitest's `it`) the cases every launcher passes: `close()` kills the child, a
 * taken port fails with the server's output, and the child does not outlive a parent that exits
 * or is killed.
 *
 * @example
 * ```ts
 * registerLifecycleCases({ start: startMastra, entry: { modulePath, exportName: "startMastra" } });
 * ```
 */
export declare function registerLifecycleCases(options: LifecycleCasesOptions): void;
