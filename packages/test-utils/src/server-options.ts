/**
 * The options of `createFakeServer`, a union by server generation: options that only mean
 * something on one generation are only accepted with it.
 */
import type { Clock } from "./clock.js";
import type { Fault, FaultFor } from "./faults.js";
import type { ServerMode } from "./handler.js";
import type { Workflow } from "./workflow.js";

/**
 * Which Mastra server generation the fake speaks: `"0.x"` (Mastra 0.10–0.24: `/watch`,
 * double-encoded watch records, `runtimeContext`, error stacks) or `"1.x"` (Mastra 1.x:
 * `/stream`, `/resume-stream` and `/observe` with single-encoded records, `requestContext`,
 * `{ message, name }` errors, input and resume data validated against the schemas).
 */
export type ServerGeneration = "0.x" | "1.x";

/** How `server.requests` records requests (see {@link FakeServerCommonOptions.recordRequests}). */
export interface RecordRequestsOptions {
  /**
   * Bodies are kept up to this many bytes; a longer body is cut there and its record says
   * `bodyTruncated: true`.
   * @defaultValue 65536 (64 KiB)
   */
  maxBodyBytes?: number;
}

/** Options of {@link createFakeServer} that both generations take. */
export interface FakeServerCommonOptions {
  /**
   * Workflows keyed by registration key (the `workflowId` of every route).
   * @defaultValue the sample workflows: `{ testWorkflow, failingWorkflow, pipelineWorkflow }`
   */
  workflows?: Record<string, Workflow>;
  /** Listen on a real socket instead of serving in process. @defaultValue false */
  listen?: boolean;
  /** Port to listen on (with `listen: true`). @defaultValue 0 (a free port) */
  port?: number;
  /** Host to listen on. @defaultValue "127.0.0.1" */
  host?: string;
  /** Path prefix of the API routes. @defaultValue "/api" */
  apiPrefix?: string;
  /**
   * The time source: `"virtual"` (moves only with `server.clock.advance()`), `"real"`, or a clock.
   * @defaultValue "virtual"
   */
  clock?: "virtual" | "real" | Clock;
  /** Start time of the virtual clock, epoch ms. @defaultValue Date.now() */
  startTime?: number;
  /**
   * Body limit of every route, in bytes, counted while the body streams in (the body is never
   * held past it): a longer body answers 413 `Request body too large`. Mastra itself limits
   * only create-run, start-async and resume-async; the fake limits every route so that no request
   * can exhaust the test process's memory.
   * @defaultValue 4718592 (4.5 MB, Mastra's)
   */
  bodyLimit?: number;
  /** Answer 504 `Gateway Timeout` after this long (server clock). @defaultValue no timeout */
  timeoutMs?: number;
  /**
   * Record every request in `server.requests`: `true`, `false`, or options. Bodies are kept up to
   * a bounded size.
   * @defaultValue true (`{ maxBodyBytes: 65536 }`)
   */
  recordRequests?: boolean | RecordRequestsOptions;
  /**
   * How many bytes a stream body (a watch, `/stream`, `/observe`) may hold for a client that
   * does not read. A client further behind is disconnected, as a real server's socket would be.
   * @defaultValue 16777216 (16 MiB)
   */
  maxStreamBufferBytes?: number;
  /**
   * Let `close()` succeed although `server.backgroundErrors` is not empty. By default `close()`
   * (and `await using`) throws a `BackgroundErrorsError` listing them, so a test that triggered
   * one does not pass silently.
   * @defaultValue false
   */
  allowBackgroundErrors?: boolean;
  /**
   * Validate every request (path and query parameters, JSON body) against the generation's spec,
   * `openapi/workflows.yaml` (0.x) or `openapi/workflows-1.x.yaml` (1.x), and answer
   * 400 `{ error }` when it does not match.
   * @defaultValue false
   */
  strict?: boolean;
  /**
   * Validate every answer against the generation's spec: its status and content type, and its
   * JSON body against the schema documented for that status (on 0.x also every watch record).
   * A mismatch is recorded in `server.violations` and answered as a 500 (or errors the watch body).
   * @defaultValue false
   */
  validateResponses?: boolean;
}

/** Options of a 0.x fake server (the default). */
export interface FakeServerOptions0x extends FakeServerCommonOptions {
  /** The server generation to reproduce. @defaultValue "0.x" */
  generation?: "0.x";
  /**
   * `'mastra'` reproduces real Mastra's quirks. `'sane'` makes a watch replay the run's records
   * so far, close at once for a finished run, and answer 404 for an unknown run.
   * @defaultValue "mastra"
   */
  mode?: ServerMode;
  /**
   * Whose error messages to use where Mastra releases differ (wrong resume step: 0.10 says
   * `This workflow step was not suspended`, 0.14 names the step and the suspended ones).
   * @defaultValue "0.10"
   */
  compat?: "0.10" | "0.14";
  /** Faults active from the start (see {@link Fault}). */
  faults?: readonly Fault[];
}

/**
 * Options of a 1.x fake server. `mode`, `compat` and the watch faults concern the 0.x wire only
 * (its `/watch` and its error messages), so they are not accepted here. `strict` and
 * `validateResponses` check against `openapi/workflows-1.x.yaml`.
 */
export interface FakeServerOptions1x extends FakeServerCommonOptions {
  /** The server generation to reproduce. */
  generation: "1.x";
  /** Faults active from the start: `fail` and `latency` (the watch faults are 0.x only). */
  faults?: readonly FaultFor<"1.x">[];
}

/** The options of a fake server of generation `G`. */
export type FakeServerOptionsFor<G extends ServerGeneration> = G extends "1.x"
  ? FakeServerOptions1x
  : FakeServerOptions0x;

/** Options of {@link createFakeServer}: a union by `generation`. */
export type FakeServerOptions = FakeServerOptions0x | FakeServerOptions1x;
