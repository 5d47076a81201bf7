import { setTimeout as delay } from "node:timers/promises";
import {
  MastraClient,
  isConnectionError,
  isNotFoundError,
  type WatchRecord,
  type WorkflowInfo,
  type Workflow,
  type WorkflowResult,
} from "@wfkit/client";
import { createTranscript, type Output, type Transcript } from "./transcript.js";
import { watchedTransitions } from "./watch-wording.js";

/** The registration key the city workflow is served under (its id is `city-workflow`). */
export const WORKFLOW_KEY = "testWorkflow";
/** A key no server registers, for the `NotFoundError` flow. */
export const UNKNOWN_WORKFLOW_KEY = "noSuchWorkflow";
/** The step that suspends for a human decision. */
export const APPROVAL_STEP = "approval";
/** The city the workflow refuses: `validate-city` throws `City not found: Atlantis`. */
export const FAILING_CITY = "Atlantis";
/** Who approves the trips in the demo. */
export const APPROVER = "Ana";

/** How long after the run suspends the demo's approver answers. */
export const APPROVAL_DELAY_MS = 300;

/** The demo's default time limit for all flows together. */
export const DEFAULT_DEMO_TIMEOUT_MS = 60_000;

/** The city workflow's types, as an app would declare them for `getWorkflow<City>()`. */
export type City = {
  input: { city: string };
  result: { summary: string; approved: boolean };
  resume: { approval: { approved: boolean; approver?: string } };
};

/** Options of {@link runDemo}. */
export interface DemoOptions {
  /** The server's origin, e.g. `http://127.0.0.1:4111`. */
  baseUrl: string;
  /** Where the transcript goes. */
  out: Output;
  /** ANSI colours in the transcript. */
  color: boolean;
  /** What the banner says about the server, e.g. `fake server`. */
  serverLabel?: string;
  /**
   * The time all flows together may take.
   * @defaultValue 60000
   */
  timeoutMs?: number;
  /** Stops the demo (every request and watch) when it aborts. */
  signal?: AbortSignal;
}

/** What {@link runDemo} resolves to once every flow has passed. */
export interface DemoSummary {
  /** The number of flows that ran, all passed. */
  sections: number;
  elapsedMs: number;
}

/** A flow did not behave as documented, or the server could not be used. */
export class DemoError extends Error {
  override readonly name = "DemoError";
}

interface Context {
  client: MastraClient;
  workflow: Workflow<City>;
  t: Transcript;
  /** Aborts when the demo is interrupted or out of time. */
  signal: AbortSignal;
  /** The run the startAsync flow leaves suspended, for the resumeAsync flow. */
  suspendedRunId?: string;
}

interface Section {
  title: string;
  run: (ctx: Context) => Promise<void>;
}

/**
 * The documented flows, one section each, run in order against one server, writing a transcript.
 * The city workflow must be registered as `testWorkflow` (the fake server and the real-Mastra
 * harness both do).
 *
 * @example
 * ```ts
 * await runDemo({ baseUrl: "http://127.0.0.1:4111", out: process.stdout, color: false });
 * ```
 * @throws `DemoError` naming the flow that went wrong and why.
 */
export async function runDemo(options: DemoOptions): Promise<DemoSummary> {
  const { baseUrl, out, color } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_DEMO_TIMEOUT_MS;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  let client: MastraClient;
  try {
    client = new MastraClient({ baseUrl, signal });
  } catch (error) {
    throw new DemoError(`Cannot use the server URL: ${(error as Error).message}`, { cause: error });
  }
  const t = createTranscript({ out, color });
  const ctx: Context = { client, workflow: client.getWorkflow<City>(WORKFLOW_KEY), t, signal };

  const started = performance.now();
  t.banner(
    "wfkit city demo",
    `${baseUrl}${options.serverLabel ? ` (${options.serverLabel})` : ""}`,
  );
  for (const [index, section] of sections.entries()) {
    t.section(index + 1, section.title);
    try {
      await section.run(ctx);
    } catch (error) {
      throw new DemoError(
        explain(error, { section: section.title, baseUrl, timeoutMs, deadline }),
        {
          cause: error,
        },
      );
    }
  }
  const elapsedMs = performance.now() - started;
  t.done(`All ${sections.length} flows passed in ${t.ms(elapsedMs)}.`);
  return { sections: sections.length, elapsedMs };
}

function explain(
  error: unknown,
  where: { section: string; baseUrl: string; timeoutMs: number; deadline: AbortSignal },
): string {
  const prefix = `"${where.section}" failed`;
  if (where.deadline.aborted) {
    return `${prefix}: the demo did not finish within ${where.timeoutMs} ms.`;
  }
  if (isConnectionError(error)) {
    return (
      `${prefix}: could not reach ${where.baseUrl} (${error.message}). Is the server running? ` +
      "Start one with `node harness/mastra-0.10/src/server.mjs --port 4111`, or leave out --url " +
      "to use the built-in fake server."
    );
  }
  return `${prefix}: ${error instanceof Error ? error.message : String(error)}`;
}

function expectStatus<S extends WorkflowResult["status"]>(
  result: WorkflowResult<City["result"], City["input"]>,
  status: S,
  call: string,
): asserts result is Extract<WorkflowResult<City["result"], City["input"]>, { status: S }> {
  if (result.status === status) return;
  const why = result.status === "failed" ? `: ${result.error.message}` : "";
  throw new DemoError(`${call} ended ${result.status}${why}, expected ${status}.`);
}

/** The ids of the workflow's steps in execution order. */
function stepOrder(details: WorkflowInfo): string[] {
  const fromGraph = details.stepGraph.flatMap((entry) =>
    entry.type === "step" && entry.step ? [entry.step.id] : [],
  );
  return fromGraph.length > 0 ? fromGraph : Object.keys(details.steps);
}

/** `{ approved, approver? }` from a step's `resumeSchema` (superjson-wrapped JSON Schema text). */
function schemaFields(schema: string | undefined): string | undefined {
  if (schema === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(schema);
    const json = (parsed as { json?: unknown }).json ?? parsed;
    const { properties = {}, required = [] } = json as {
      properties?: Record<string, unknown>;
      required?: string[];
    };
    const names = Object.keys(properties).map((name) =>
      required.includes(name) ? name : `${name}?`,
    );
    return names.length > 0 ? `{ ${names.join(", ")} }` : undefined;
  } catch {
    return undefined;
  }
}

/** Prints one record as a transition line and returns its run status. */
function showRecord(t: Transcript, record: WatchRecord, since: number): string {
  const { currentStep, workflowState } = record.payload;
  const resumed =
    currentStep?.status === "suspended" &&
    workflowState.status === "running" &&
    currentStep.resumePayload !== undefined;
  t.transition({
    elapsedMs: performance.now() - since,
    stepId: currentStep?.id,
    stepStatus: currentStep?.status,
    runStatus: workflowState.status,
    ...(record.synthetic
      ? { note: "rebuilt from the run's state: the server sent no record for it" }
      : resumed
        ? { note: `resuming with ${t.value(currentStep.resumePayload)}` }
        : {}),
  });
  return workflowState.status;
}

/** How the demo names each server generation the client detects. */
const GENERATIONS = { v0: "Mastra 0.x", v1: "Mastra 1.x" } as const;

const sections: Section[] = [
  {
    title: "List workflows and read one's details",
    async run({ client, workflow, t }) {
      const workflows = await client.getWorkflows();
      const keys = Object.keys(workflows);
      t.call("client.getWorkflows()", `${keys.length} workflow${keys.length === 1 ? "" : "s"}`);
      for (const [key, info] of Object.entries(workflows)) {
        const description = info.description ? t.c.dim(`  ${info.description}`) : "";
        t.line(`${t.c.bold(key)} ${t.c.dim("id")} ${info.name}${description}`, 2);
      }
      // The first call also told the client which server generation it talks to.
      const generation = await client.serverProtocol();
      t.line(
        `server generation: ${t.c.bold(GENERATIONS[generation])} (detected, "${generation}")`,
        2,
      );
      if (!(WORKFLOW_KEY in workflows)) {
        throw new DemoError(
          `the server has no workflow registered as "${WORKFLOW_KEY}" (it has: ${keys.join(", ") || "none"}).`,
        );
      }

      const details = await workflow.details();
      t.call(`client.getWorkflow("${WORKFLOW_KEY}").details()`, `${details.name}`);
      t.line(
        `registration key ${t.c.bold(WORKFLOW_KEY)}, workflow id ${t.c.bold(details.name)}` +
          (details.name === WORKFLOW_KEY ? "" : t.c.dim("  (a key need not match the id)")),
        2,
      );
      const order = stepOrder(details);
      t.setStepWidth(order);
      t.line(`steps: ${order.map((id) => t.c.bold(id)).join(t.c.dim(" → "))}`, 2);
      for (const [index, id] of order.entries()) {
        const step = details.steps[id];
        const resume = schemaFields(step?.resumeSchema);
        const suspends =
          resume === undefined ? "" : t.c.yellow(`  suspends; resume with ${resume}`);
        t.line(`${index + 1}. ${id.padEnd(13)}  ${t.c.dim(step?.description ?? "")}${suspends}`, 3);
      }
    },
  },
  {
    title: "Watch a run live: createRun + watch + start",
    async run({ workflow, t }) {
      const { runId } = await workflow.createRun();
      t.call("workflow.createRun()", `{ runId: "${runId}" }`);
      t.call(
        "await workflow.watch({ runId }, onRecord)",
        'watching; then workflow.start({ runId, inputData: { city: "New York" } })',
      );
      let since = performance.now();
      let last: string | undefined;
      let count = 0;
      let polled = 0;
      const handle = await workflow.watch({ runId }, (record) => {
        count += 1;
        if (record.synthetic) polled += 1;
        last = showRecord(t, record, since);
      });
      // The watch is accepted: nothing can be missed now. Times count from the start.
      since = performance.now();
      let ack: { message: string };
      try {
        ack = await workflow.start({ runId, inputData: { city: "New York" } });
        await handle.done;
      } finally {
        await handle.close(); // a no-op once done; closes the watch if start failed
      }
      t.line(
        `start() answered ${t.value(ack.message)}; the watch ended after ${count} records with the run ${t.status(last)}`,
      );
      if (last !== "suspended") {
        throw new DemoError(
          `the watch ended with the run ${last ?? "not reported"}, expected suspended.`,
        );
      }
      t.ok(`${watchedTransitions(count, polled)}, ${t.ms(performance.now() - since)} in all`);
    },
  },
  {
    title: "startAsync until suspended",
    async run(ctx) {
      const { workflow, t } = ctx;
      const { runId } = await workflow.createRun();
      const since = performance.now();
      const call = 'workflow.startAsync({ runId, inputData: { city: "Paris" } })';
      const result = await workflow.startAsync({ runId, inputData: { city: "Paris" } });
      t.call(call, `${t.status(result.status)} in ${t.ms(performance.now() - since)}`);
      expectStatus(result, "suspended", "startAsync");
      const steps = Object.entries(result.steps).map(
        ([id, step]) => `${id} ${t.status(step.status)}`,
      );
      t.line(`steps: ${steps.join(", ")}`, 2);
      t.line(`suspended: ${t.value(result.suspended)}`, 2);
      const payload = result.steps[APPROVAL_STEP]?.suspendPayload;
      if (payload === undefined)
        throw new DemoError(`the ${APPROVAL_STEP} step has no suspend payload.`);
      t.line(`suspend payload: ${t.value(payload)}`, 2);
      ctx.suspendedRunId = runId;
    },
  },
  {
    title: "resumeAsync until success",
    async run({ workflow, t, suspendedRunId: runId }) {
      if (runId === undefined) throw new DemoError("no suspended run from the previous flow.");
      const since = performance.now();
      const resumeData = { approved: true, approver: APPROVER };
      const result = await workflow.resumeAsync({ runId, step: APPROVAL_STEP, resumeData });
      t.call(
        `workflow.resumeAsync({ runId, step: "${APPROVAL_STEP}", resumeData: ${t.value(resumeData)} })`,
        `${t.status(result.status)} in ${t.ms(performance.now() - since)}`,
      );
      expectStatus(result, "success", "resumeAsync");
      const steps = Object.entries(result.steps).map(
        ([id, step]) => `${id} ${t.status(step.status)}`,
      );
      t.line(`steps: ${steps.join(", ")}`, 2);
      t.line(`result: ${t.value(result.result)}`, 2);
      t.ok(`summary: ${t.c.bold(result.result.summary)}`);
    },
  },
  {
    title: "Follow one run across a resume: watchRecords({ runId, follow: true })",
    async run({ workflow, t, signal }) {
      const { runId } = await workflow.createRun();
      t.call("workflow.createRun()", `{ runId: "${runId}" }`);
      t.call(
        "workflow.watchRecords({ runId, follow: true })",
        'iterating; then workflow.start({ runId, inputData: { city: "Lisbon" } })',
      );
      let since = performance.now();
      const resumeData = { approved: true, approver: APPROVER };
      const approveLater = async () => {
        await delay(APPROVAL_DELAY_MS, undefined, { signal });
        t.call(
          `workflow.resume({ runId, step: "${APPROVAL_STEP}", resumeData: ${t.value(resumeData)} })`,
          `sent at +${t.ms(performance.now() - since)}`,
          2,
        );
        return workflow.resume({ runId, step: APPROVAL_STEP, resumeData });
      };
      let approval: Promise<unknown> | undefined;
      let last: WatchRecord | undefined;
      let count = 0;
      let synthetic = 0;
      const records = workflow.watchRecords({ runId, follow: true });
      try {
        // Asking for the first record opens the watch; the run starts while it connects, because
        // Mastra does not replay what happened before a watch connected.
        const first = records.next();
        since = performance.now();
        await workflow.start({ runId, inputData: { city: "Lisbon" } });
        for (let next = await first; next.done !== true; next = await records.next()) {
          count += 1;
          if (next.value.synthetic) synthetic += 1;
          last = next.value;
          const status = showRecord(t, next.value, since);
          if (status === "suspended" && approval === undefined) {
            t.line(
              t.c.dim(
                `suspended, and still following; ${APPROVER} approves ${APPROVAL_DELAY_MS} ms later`,
              ),
              2,
            );
            approval = approveLater();
            approval.catch(() => {}); // awaited below; this only keeps an early exit quiet
          }
        }
      } finally {
        await records.return?.();
      }
      await approval;
      const state = last?.payload.workflowState;
      if (approval === undefined)
        throw new DemoError("the run never reported suspended while followed.");
      if (state?.status !== "success") {
        throw new DemoError(
          `following ended with the run ${state?.status ?? "not reported"}, expected success.`,
        );
      }
      const rebuilt = synthetic === 0 ? "" : ` (${synthetic} rebuilt from the run's state)`;
      t.ok(
        `followed ${count} records${rebuilt} through suspend and resume; result ${t.value(state.result)}`,
      );
    },
  },
  {
    title: "Errors are typed: a failing city and an unknown workflow",
    async run({ client, workflow, t }) {
      const call = `workflow.startAsync({ inputData: { city: "${FAILING_CITY}" } })`;
      const result = await workflow.startAsync({ inputData: { city: FAILING_CITY } });
      t.call(call, `status ${t.status(result.status)}`);
      expectStatus(result, "failed", "startAsync");
      const failedSteps = Object.entries(result.steps)
        .filter(([, step]) => step.status === "failed")
        .map(([id]) => id);
      t.line(`failed step: ${failedSteps.join(", ") || "none reported"}`, 2);
      t.line(`result.error.message: ${t.c.red(result.error.message)}`, 2);

      const unknown = `client.getWorkflow("${UNKNOWN_WORKFLOW_KEY}").details()`;
      let caught: unknown;
      try {
        await client.getWorkflow(UNKNOWN_WORKFLOW_KEY).details();
      } catch (error) {
        caught = error;
      }
      if (!isNotFoundError(caught)) {
        throw new DemoError(
          `${unknown} should reject with NotFoundError, got ${caught === undefined ? "a workflow" : String(caught)}.`,
        );
      }
      t.call(unknown, `rejects with ${t.c.red(caught.name)} (status ${caught.status})`);
      t.line(`isNotFoundError(error) → true; error.body: ${t.value(caught.body)}`, 2);
    },
  },
];
