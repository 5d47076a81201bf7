import type { MastraClient, Workflow } from "@wfkit/client";
import type { Normalised } from "./normalise.js";

/**
 * A server generation the suite compares: `"0.x"` (Mastra 0.10–0.24; the real server is 0.10.15)
 * or `"1.x"` (Mastra 1.x; the real server is core 1.71.0 on Node 22).
 */
export type Generation = "0.x" | "1.x";

/** One normalised thing a scenario saw, under a label unique within the scenario. */
export interface Observation {
  label: string;
  value: Normalised | undefined;
}

/** A running server a scenario can talk to. */
export interface TargetConnection {
  /** Origin without the API prefix, e.g. `http://127.0.0.1:4111`. */
  baseUrl: string;
  /** A fetch that reaches the server; defaults to `globalThis.fetch`. */
  fetch?: (request: Request) => Promise<Response>;
  /**
   * Brings a crashed server back (all runs are lost). Without it, scenarios that crash a real
   * Mastra 0.10 server are skipped.
   */
  restart?: () => Promise<void>;
  /**
   * True for a server known to survive the requests that kill Mastra 0.10 (the fake): scenarios
   * that crash Mastra then run even without `restart`.
   */
  crashSafe?: boolean;
  /** Stops the server (a no-op for a server this suite did not start). */
  close(): Promise<void>;
}

/**
 * Something to run the scenarios against: the fake server, a real Mastra server started here, or
 * a server somewhere else (`--url`). New server generations plug in as new targets.
 */
export interface Target {
  /** Short name used in reports, e.g. `fake` or `real`. */
  name: string;
  /** Starts (or connects to) the server once for the whole suite. */
  start(): Promise<TargetConnection>;
}

/** A request sent without the client (`ctx.raw`). */
export interface RawRequest {
  /** @defaultValue "GET" */
  method?: string;
  /** Path under the API prefix, e.g. `/workflows/testWorkflow`. */
  path: string;
  /** A JSON body (sent as `application/json`), or a string sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Response headers to record (lower case), e.g. `access-control-allow-origin`. */
  observeHeaders?: readonly string[];
  /** Records `project(body)` instead of the body (for bodies that depend on the server's history). */
  project?: (body: unknown) => unknown;
}

/** What a response looked like on the wire, for the routes the client hides. */
export interface RawResponse {
  status: number;
  /** The media type without parameters, e.g. `application/json`. */
  contentType: string | null;
  /** The body: parsed JSON when it is JSON, else the text. */
  body: unknown;
  /** The headers asked for with `observeHeaders` (`null` when absent). */
  headers?: Record<string, string | null>;
}

/** Options of `ctx.rawStream`. */
export interface RawStreamOptions {
  /** Runs once the response headers arrived. */
  trigger?: () => Promise<unknown>;
  /** @defaultValue 5000 */
  timeoutMs?: number;
  /** @defaultValue "GET" */
  method?: string;
  /** A JSON body. */
  body?: unknown;
}

/** Options of `ctx.watch`. */
export interface WatchScenarioOptions {
  /** Give up (and record `timeout`) after this long. @defaultValue 5000 */
  timeoutMs?: number;
  /** The watcher's `follow`. */
  follow?: boolean;
  /**
   * The watcher's `stallTimeoutMs`. Defaults to the watcher's own on 0.x; on 1.x, where the
   * client's watch polls the run state once the `/observe` body ends, to 300 ms (fast polling).
   */
  stallTimeoutMs?: number;
  /**
   * Record only how the watch ended and the last record's run status and result, for watches whose
   * records depend on timing (e.g. following a run across a resume: live or caught up).
   */
  summaryOnly?: boolean;
}

/** One watch, as the client's watcher delivered it. */
export interface WatchOutcome {
  /** `<run status>/<step id>:<step status>` per record, `<run status>/-` for a final record. */
  sequence: string[];
  /** The records themselves (normalised later). */
  records: unknown[];
  /** How the watch ended: `done`, `timeout`, or the error's name. */
  end: string;
}

/** What a scenario gets to work with. Every helper records what it saw. */
export interface ScenarioContext {
  /** The target's name (for scenarios that must behave differently; avoid when possible). */
  readonly targetName: string;
  /** The server generation both targets speak. */
  readonly generation: Generation;
  /** A client for the target (no retries, so every request is observed once). */
  readonly client: MastraClient;
  /** `client.getWorkflow(key)`. */
  workflow(key: string): Workflow;
  /** A fresh run id, unique across runs of the suite; normalised to `<run:tag>`. */
  runId(tag: string): string;
  /** Records a value under `label` (normalised). */
  observe(label: string, value: unknown): void;
  /**
   * Awaits `fn` and records its outcome: `{ ok: value }` (after `project`), or
   * `{ error: <name>, status?, body? }` with the first line of the server's error text.
   * @returns the value, or `undefined` when `fn` threw.
   */
  call<T>(
    label: string,
    fn: () => Promise<T>,
    project?: (value: T) => unknown,
  ): Promise<T | undefined>;
  /**
   * Sends a request without the client to `<baseUrl>/api<path>` and records status, content type,
   * body and the headers asked for.
   */
  raw(label: string, request: RawRequest): Promise<RawResponse>;
  /**
   * Polls `runExecutionResult` until the run leaves `pending`/`running` (or `until` holds), then
   * records the final result.
   */
  settle(
    label: string,
    workflowKey: string,
    runId: string,
    until?: (status: string) => boolean,
  ): Promise<unknown>;
  /**
   * Opens `workflow.watch` for the run, runs `trigger` once the watch is accepted, and records the
   * record sequence, the records and how the watch ended.
   */
  watch(
    label: string,
    workflowKey: string,
    runId: string,
    trigger?: () => Promise<unknown>,
    options?: WatchScenarioOptions,
  ): Promise<WatchOutcome>;
  /**
   * Opens a record stream (`GET …/watch`, `POST …/stream`) at `<baseUrl>/api<path>` without the
   * client, runs `trigger` once the headers are in, reads the body until it ends or `timeoutMs`
   * passes, and records the status, content type, how each record was encoded and the records.
   */
  rawStream(label: string, path: string, options?: RawStreamOptions): Promise<void>;
  /**
   * Records whether the server still answers a moment later (real Mastra 0.10 dies after some
   * requests) and restarts it when it does not.
   */
  checkServer(label: string): Promise<boolean>;
  /** Waits `ms` milliseconds of wall-clock time. */
  sleep(ms: number): Promise<void>;
}

/** One conformance scenario: the same steps against every target. */
export interface Scenario {
  /** Stable id, e.g. `start-async/city-suspended`; used by known differences. */
  id: string;
  /** What it checks, in one line. */
  title: string;
  /** Registration keys of the workflows it uses. */
  workflows: readonly string[];
  /**
   * True when it kills a real Mastra 0.10 server (`POST /resume` of a run that is not suspended).
   * On 0.x, skipped on a target that cannot restart unless destructive scenarios are allowed
   * (Mastra 1.x survives these requests).
   */
  destructive?: boolean;
  /**
   * Generations it does not apply to, each with the reason (a route that generation lacks).
   * It is reported as not applicable there, with the reason, not silently left out.
   */
  notIn?: Partial<Record<Generation, string>>;
  run(ctx: ScenarioContext): Promise<void>;
}

/** One scenario's run against one target. */
export interface ScenarioResult {
  scenarioId: string;
  target: string;
  observations: Observation[];
  /** Why the scenario did not run, when it did not. */
  skipped?: string;
  durationMs: number;
}
