import type { WorkflowError } from "@wfkit/client";
import type { StepResult } from "@wfkit/watch";
import type { CommandContext } from "./context.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { errorMessage } from "./display/format.js";

/** A run's outcome, the `--json` document of `run`, `resume --wait` and `inspect`. */
export interface RunOutcome {
  runId: string;
  status: string;
  result?: unknown;
  error?: WorkflowError;
  /** The suspended steps' paths, e.g. `[["approval"]]`. */
  suspended?: string[][];
  /** Each suspended step's payload, by step id. */
  suspendPayload?: Record<string, unknown>;
}

/** The parts of a run's state an outcome is made of. */
export interface RunStateLike {
  status: string;
  steps: Readonly<Record<string, StepResult | undefined>>;
  result?: unknown;
  error?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The client hands out every error (results, run states, watch records) as a `WorkflowError`; this
 * only narrows the `unknown` that the shared state types carry.
 */
const toWorkflowError = (error: unknown): WorkflowError => {
  if (!isObject(error) || typeof error["message"] !== "string") return { message: String(error) };
  const { message, name, stack } = error;
  return {
    message,
    ...(typeof name === "string" ? { name } : {}),
    ...(typeof stack === "string" ? { stack } : {}),
  };
};

/** The path inside a nested workflow that Mastra keeps in `suspendPayload.__workflow_meta.path`. */
const nestedPath = (payload: unknown): string[] => {
  const meta = isObject(payload) ? payload["__workflow_meta"] : undefined;
  const path = isObject(meta) ? meta["path"] : undefined;
  return Array.isArray(path) ? path.filter((part): part is string => typeof part === "string") : [];
};

/** The suspended steps of a state, as `[stepId, ...nested path]`. */
export const suspendedPaths = (steps: RunStateLike["steps"]): string[][] =>
  Object.entries(steps)
    .filter(([id, step]) => step?.status === "suspended" && !id.includes("."))
    .map(([id, step]) => [id, ...nestedPath(step?.suspendPayload)]);

/** Builds the outcome document of a run from its state. */
export const toOutcome = (runId: string, state: RunStateLike): RunOutcome => {
  const outcome: RunOutcome = { runId, status: state.status };
  if (state.status === "success") outcome.result = state.result;
  if (state.error !== undefined && state.error !== null)
    outcome.error = toWorkflowError(state.error);
  if (state.status === "suspended") {
    const paths = suspendedPaths(state.steps);
    const payloads: Record<string, unknown> = Object.create(null);
    for (const [id] of paths) payloads[id!] = state.steps[id!]?.suspendPayload;
    outcome.suspended = paths;
    outcome.suspendPayload = { ...payloads };
  }
  return outcome;
};

/** The exit code for a run's status: 0 success, 1 failed or canceled, 2 suspended. */
export const exitCodeForStatus = (status: string): ExitCode =>
  status === "success"
    ? EXIT.success
    : status === "suspended"
      ? EXIT.suspended
      : status === "failed" || status === "canceled"
        ? EXIT.failed
        : EXIT.success;

/** Pretty JSON, indented under a heading. */
export const indentJson = (value: unknown, indent = "  "): string =>
  (JSON.stringify(value, null, 2) ?? "undefined")
    .split("\n")
    .map((line) => indent + line)
    .join("\n");

/** A shell-quoted argument. */
export const shellQuote = (text: string): string =>
  /^[\w./:@-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;

/** The `--url` part of a suggested command, when the URL was not the default one. */
const urlFlag = (ctx: CommandContext): string =>
  ctx.options.url === undefined ? "" : ` --url ${shellQuote(ctx.url)}`;

/** `wfkit watch <wf> <runId>`, with the options needed to reach the same server. */
export const watchCommand = (ctx: CommandContext, workflow: string, runId: string): string =>
  `wfkit watch ${shellQuote(workflow)} ${runId}${urlFlag(ctx)}`;

/** `wfkit resume <wf> <runId> --step <s> --data '<json>'`. */
export const resumeCommand = (
  ctx: CommandContext,
  target: { workflow: string; runId: string; step?: string[] | undefined },
  example: unknown,
): string => {
  const step = target.step === undefined ? "" : ` --step ${shellQuote(target.step.join("."))}`;
  return `wfkit resume ${shellQuote(target.workflow)} ${target.runId}${step} --data ${shellQuote(JSON.stringify(example))}${urlFlag(ctx)}`;
};

/** Where a failure's stack came from: its first `at …` frame. */
const firstFrame = (error: WorkflowError | undefined): string | undefined =>
  error?.stack
    ?.split("\n")
    .map((line) => line.trim())
    .find((line) => line.startsWith("at "));

/** Prints a run's final outcome for people: the result, or the failing step and its error. */
export const printOutcome = (ctx: CommandContext, state: RunStateLike): void => {
  const { colors } = ctx;
  const out = ctx.io.stdout;
  if (state.status === "success") {
    out.write(`${colors.green("✔")} ${colors.bold("success")}\n`);
    if (state.result !== undefined) out.write(`${indentJson(state.result)}\n`);
  } else if (state.status === "failed") {
    const failing = Object.entries(state.steps).find(([, step]) => step?.status === "failed");
    const stepError = failing?.[1]?.error ?? state.error;
    const error = toWorkflowError(stepError);
    const where = failing === undefined ? "" : ` at step ${colors.bold(failing[0])}`;
    out.write(
      `${colors.red("✖")} ${colors.bold("failed")}${where}: ${errorMessage(stepError) ?? error.message}\n`,
    );
    const frame = firstFrame(error);
    if (frame !== undefined) out.write(`  ${colors.dim(frame)}\n`);
  } else if (state.status === "canceled") {
    out.write(`${colors.yellow("✖")} ${colors.bold("canceled")}\n`);
  } else {
    out.write(`${colors.dim("•")} ${state.status}\n`);
  }
};

/**
 * Prints a suspended step's payload, under a heading unless the live display already shows the
 * step as suspended.
 */
export const printSuspension = (
  ctx: CommandContext,
  path: string[],
  options: { payload: unknown; heading: boolean },
): void => {
  const { colors } = ctx;
  if (options.heading) {
    ctx.io.stdout.write(
      `${colors.yellow("⏸")} ${colors.bold(path.join(" › "))} is waiting for resume data\n`,
    );
  }
  if (options.payload !== undefined) ctx.io.stdout.write(`${indentJson(options.payload)}\n`);
};
