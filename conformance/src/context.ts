import { randomUUID } from "node:crypto";
import { MastraClient, isWfkitError } from "@wfkit/client";
import { normalise, normaliseString } from "./normalise.js";
import type {
  Generation,
  Observation,
  RawRequest,
  RawResponse,
  RawStreamOptions,
  ScenarioContext,
  TargetConnection,
  WatchOutcome,
  WatchScenarioOptions,
} from "./types.js";

/** How long a single request may take before the scenario records a timeout. */
export const REQUEST_TIMEOUT_MS = 20_000;
/** How long `settle` polls before giving up. */
export const SETTLE_TIMEOUT_MS = 10_000;
/** How long `watch` waits for a watch to end. */
export const WATCH_TIMEOUT_MS = 5_000;
/** How long `checkServer` watches the server for a crash. */
export const CRASH_GRACE_MS = 750;
/** How often a 1.x watch polls the run state once its `/observe` body ended (the default is 2 s). */
export const V1_WATCH_POLL_MS = 300;

const POLL_INTERVAL_MS = 20;

/** Thrown when the server died and cannot be restarted: the remaining scenarios cannot run. */
export class ServerDownError extends Error {
  override readonly name = "ServerDownError";
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A promise that rejects when `signal` aborts (and never settles otherwise). */
const untilAborted = (signal: AbortSignal): Promise<never> => {
  const promise = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
  promise.catch(() => {});
  return promise;
};

const firstLine = (text: string) => text.split("\n", 1)[0] ?? "";

/** Options of {@link createScenarioContext}. */
export interface ScenarioContextOptions {
  targetName: string;
  /** @defaultValue "0.x" */
  generation?: Generation;
  scenarioId: string;
  connection: TargetConnection;
}

/** A context plus the observations it collected. */
export interface ScenarioRecorder {
  ctx: ScenarioContext;
  observations: Observation[];
  /** Records an unexpected failure of the scenario itself. */
  fail(error: unknown): void;
}

/** Builds the context one scenario runs in against one target. */
export function createScenarioContext(options: ScenarioContextOptions): ScenarioRecorder {
  const { connection, targetName } = options;
  const generation = options.generation ?? "0.x";
  const apiUrl = `${connection.baseUrl.replace(/\/+$/, "")}/api`;
  const doFetch = connection.fetch ?? ((request: Request) => globalThis.fetch(request));
  const client = new MastraClient({
    baseUrl: connection.baseUrl,
    fetch: doFetch,
    retry: { retries: 0 },
    timeoutMs: REQUEST_TIMEOUT_MS,
  });
  const runIds = new Map<string, string>();
  const observations: Observation[] = [];
  const labels = new Map<string, number>();

  const observe = (label: string, value: unknown) => {
    const seen = labels.get(label) ?? 0;
    labels.set(label, seen + 1);
    observations.push({
      label: seen === 0 ? label : `${label} #${seen + 1}`,
      value: normalise(value, { runIds }),
    });
  };

  const describeError = (error: unknown): Record<string, unknown> => {
    if (isWfkitError(error)) {
      return {
        error: error.name,
        ...(error.status === undefined ? {} : { status: error.status }),
        ...(error.body === undefined ? {} : { body: firstLine(error.body) }),
      };
    }
    if (error instanceof Error) {
      const code = (error as { code?: unknown }).code;
      return {
        error: error.name,
        ...(typeof code === "string" ? { code } : { message: firstLine(error.message) }),
      };
    }
    return { error: String(error) };
  };

  const call = async <T>(
    label: string,
    fn: () => Promise<T>,
    project?: (value: T) => unknown,
  ): Promise<T | undefined> => {
    try {
      const value = await fn();
      observe(label, { ok: project ? project(value) : value });
      return value;
    } catch (error) {
      observe(label, describeError(error));
      return undefined;
    }
  };

  const raw = async (label: string, request: RawRequest): Promise<RawResponse> => {
    const { method = "GET", path, body, observeHeaders } = request;
    const headers = new Headers(request.headers);
    const init: RequestInit = { method, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS), headers };
    if (typeof body === "string") init.body = body;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      headers.set("content-type", "application/json");
    }
    let response: RawResponse;
    try {
      const res = await doFetch(new Request(`${apiUrl}${path}`, init));
      const text = await res.text();
      const contentType = res.headers.get("content-type")?.split(";")[0]?.trim() ?? null;
      let parsed: unknown = text;
      if (contentType === "application/json") {
        try {
          parsed = JSON.parse(text) as unknown;
        } catch {
          parsed = text;
        }
      }
      response = { status: res.status, contentType, body: parsed };
      if (observeHeaders) {
        response.headers = Object.fromEntries(
          observeHeaders.map((name) => [name, res.headers.get(name)]),
        );
      }
    } catch (error) {
      observe(label, describeError(error));
      return { status: 0, contentType: null, body: undefined };
    }
    observe(
      label,
      request.project ? { ...response, body: request.project(response.body) } : response,
    );
    return response;
  };

  const settle = async (
    label: string,
    workflowKey: string,
    runId: string,
    until: (status: string) => boolean = (status) => status !== "pending" && status !== "running",
  ) => {
    const workflow = client.getWorkflow(workflowKey);
    const deadline = Date.now() + SETTLE_TIMEOUT_MS;
    for (;;) {
      try {
        const result = await workflow.runExecutionResult(runId);
        if (until(result.status) || Date.now() > deadline) {
          observe(label, Date.now() > deadline ? { timeout: result } : { ok: result });
          return result;
        }
      } catch (error) {
        if (Date.now() > deadline) {
          observe(label, describeError(error));
          return undefined;
        }
      }
      await sleep(POLL_INTERVAL_MS);
    }
  };

  const watch = async (
    label: string,
    workflowKey: string,
    runId: string,
    trigger?: () => Promise<unknown>,
    watchOptions: WatchScenarioOptions = {},
  ): Promise<WatchOutcome> => {
    const records: unknown[] = [];
    const sequence: string[] = [];
    const controller = new AbortController();
    const timeoutMs = watchOptions.timeoutMs ?? WATCH_TIMEOUT_MS;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error("conformance watch timeout"));
    }, timeoutMs);
    const stallTimeoutMs =
      watchOptions.stallTimeoutMs ?? (generation === "1.x" ? V1_WATCH_POLL_MS : undefined);
    let end: string;
    try {
      const handle = await client.getWorkflow(workflowKey).watch(
        {
          runId,
          signal: controller.signal,
          ...(watchOptions.follow === undefined ? {} : { follow: watchOptions.follow }),
          ...(stallTimeoutMs === undefined ? {} : { stallTimeoutMs }),
        },
        (record) => {
          records.push(record);
          sequence.push(describeRecord(record));
        },
      );
      if (trigger) await trigger();
      await Promise.race([handle.done, untilAborted(controller.signal)]);
      end = "done";
    } catch (error) {
      end = timedOut ? "timeout" : error instanceof Error ? error.name : String(error);
    } finally {
      clearTimeout(timer);
    }
    const outcome = { sequence, records, end };
    if (watchOptions.summaryOnly) {
      const last = records.at(-1) as
        { payload?: { workflowState?: { status?: unknown; result?: unknown } } } | undefined;
      const state = last?.payload?.workflowState;
      observe(label, { end, lastStatus: state?.status ?? null, lastResult: state?.result ?? null });
    } else {
      observe(label, { sequence, end });
      observe(`${label} (records)`, records);
    }
    return outcome;
  };

  const rawStream = async (label: string, path: string, streamOptions: RawStreamOptions = {}) => {
    const { trigger, timeoutMs = WATCH_TIMEOUT_MS, method = "GET", body } = streamOptions;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error("conformance watch timeout"));
    }, timeoutMs);
    let text = "";
    try {
      const res = await doFetch(
        new Request(`${apiUrl}${path}`, {
          method,
          signal: controller.signal,
          ...(body === undefined
            ? {}
            : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
        }),
      );
      const contentType = res.headers.get("content-type")?.split(";")[0]?.trim() ?? null;
      if (trigger) await trigger();
      const decoder = new TextDecoder();
      const reader = res.body?.getReader();
      // An aborted fetch does not always error a body that is being read (seen with undici on a
      // POST stream that stays open), so the timeout also races every read and cancels the reader.
      const aborted = untilAborted(controller.signal);
      try {
        for (;;) {
          const chunk = await Promise.race([reader?.read(), aborted]);
          if (!chunk || chunk.done) break;
          text += decoder.decode(chunk.value, { stream: true });
        }
      } catch {
        // the timeout: keep what arrived
      } finally {
        reader?.cancel().catch(() => {});
      }
      observe(label, {
        status: res.status,
        contentType,
        ...decodeWatchBody(text),
        end: timedOut ? "timeout" : "closed",
      });
    } catch (error) {
      observe(label, describeError(error));
    } finally {
      clearTimeout(timer);
    }
  };

  const checkServer = async (label: string) => {
    const deadline = Date.now() + CRASH_GRACE_MS;
    let alive = true;
    while (Date.now() < deadline) {
      try {
        const res = await doFetch(
          new Request(`${apiUrl}/workflows`, { signal: AbortSignal.timeout(2_000) }),
        );
        await res.arrayBuffer();
      } catch {
        alive = false;
        break;
      }
      await sleep(50);
    }
    observe(label, { serverAlive: alive });
    if (!alive) {
      if (!connection.restart) {
        throw new ServerDownError(
          `The ${targetName} server stopped answering and cannot be restarted.`,
        );
      }
      await connection.restart();
    }
    return alive;
  };

  const ctx: ScenarioContext = {
    targetName,
    generation,
    client,
    workflow: (key) => client.getWorkflow(key),
    runId: (tag) => {
      const id = `conf-${options.scenarioId.replace(/[^\w-]+/g, "-")}-${tag}-${randomUUID().slice(0, 8)}`;
      runIds.set(id, `<run:${tag}>`);
      return id;
    },
    observe,
    call,
    raw,
    settle,
    watch,
    rawStream,
    checkServer,
    sleep,
  };

  return {
    ctx,
    observations,
    fail: (error) => {
      if (error instanceof ServerDownError) throw error;
      observe("scenario error", {
        error: error instanceof Error ? error.name : String(error),
        message:
          error instanceof Error ? normaliseString(firstLine(error.message), { runIds }) : "",
      });
    },
  };
}

/** `<run status>/<step id>:<step status>`, or `<run status>/-` when the record has no current step. */
export function describeRecord(record: unknown): string {
  const payload = (record as { payload?: Record<string, unknown> })?.payload ?? {};
  const state = payload.workflowState as { status?: unknown } | undefined;
  const step = payload.currentStep as { id?: unknown; status?: unknown } | undefined;
  const synthetic = (record as { synthetic?: unknown })?.synthetic === true ? " (synthetic)" : "";
  const stepText = step ? `${String(step.id)}:${String(step.status)}` : "-";
  return normaliseString(`${String(state?.status)}/${stepText}${synthetic}`);
}

/**
 * Splits a watch body on U+001E and decodes each record, noting whether it was a JSON string that
 * holds the event's JSON (Mastra 0.10's double encoding) or the event itself.
 */
export function decodeWatchBody(text: string): {
  encodings: string[];
  records: unknown[];
  endsWithSeparator: boolean;
} {
  const pieces = text.split("\u001e");
  const endsWithSeparator = text.length === 0 || text.endsWith("\u001e");
  const encodings: string[] = [];
  const records: unknown[] = [];
  for (const piece of pieces) {
    if (piece === "") continue;
    try {
      const once = JSON.parse(piece) as unknown;
      if (typeof once === "string") {
        encodings.push("double");
        records.push(JSON.parse(once) as unknown);
      } else {
        encodings.push("single");
        records.push(once);
      }
    } catch {
      encodings.push("invalid");
      records.push(piece);
    }
  }
  return { encodings, records, endsWithSeparator };
}
