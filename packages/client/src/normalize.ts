import type { RunStateSnapshot } from "@wfkit/watch";
import { RUN_STATUSES_1X } from "@wfkit/watch/internal";
import { InvalidResponseError } from "./errors.js";
import type { WireExecutionResult, WireStepResult, WireWorkflowResult } from "./schema.js";
import type {
  WireStepResult1x,
  WireWorkflowResult1x,
  WireWorkflowRunResult1x,
} from "./schema-1x.js";
import type {
  ExecutionResult,
  StepResult,
  StepResults,
  WorkflowError,
  WorkflowResult,
} from "./types.js";

/**
 * Turns the wire's error (a stack string on Mastra 0.x, an `{ message, name, stack? }` object on
 * 1.x, or anything else) into one {@link WorkflowError}.
 */
export function toWorkflowError(error: unknown): WorkflowError {
  if (typeof error === "string") {
    const firstLine = error.split("\n", 1)[0] ?? "";
    const named = /^([A-Za-z_$][\w$]*(?:Error|Exception)?): (.*)$/.exec(firstLine);
    const hasStack = error.includes("\n    at ");
    if (named && (hasStack || named[1]!.endsWith("Error"))) {
      return { message: named[2]!, name: named[1]!, ...(hasStack ? { stack: error } : {}) };
    }
    return { message: firstLine, ...(hasStack ? { stack: error } : {}) };
  }
  if (error && typeof error === "object") {
    const { message, name, stack, ...rest } = error as Record<string, unknown>;
    const out = copyFields(rest) as WorkflowError;
    out.message = typeof message === "string" ? message : safeJson(error);
    if (typeof name === "string") out.name = name;
    if (typeof stack === "string") out.stack = stack;
    return out;
  }
  return { message: String(error) };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * A copy of `fields` without a prototype: a key such as `"__proto__"` from the server stays a plain
 * field and can never set the object's prototype.
 */
export function copyFields(fields: object): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (const [key, value] of Object.entries(fields)) setField(out, key, value);
  return out;
}

/** `target[key] = value` as an own data property, whatever the key (`"__proto__"` included). */
export function setField(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The step-result fields the normaliser reads, each one checked in both generations' generated
 * types: renaming or dropping one in either spec fails `typecheck` here.
 */
type StepFields = WireFieldsOfBoth<WireStepResult, WireStepResult1x, "status" | "error">;

function toStepResult(raw: unknown): StepResult {
  const wire: StepFields = isRecord(raw) ? raw : {};
  const step = copyFields(wire);
  step.status = wire.status;
  if (wire.error !== undefined && wire.error !== null) step.error = toWorkflowError(wire.error);
  else delete step.error;
  return step as StepResult;
}

/**
 * Splits the wire's steps map into real steps and the run input (the `input` pseudo-step). The map
 * is keyed by server data, so it has no prototype.
 */
export function splitSteps(steps: unknown): { steps: StepResults; input: unknown } {
  const out: StepResults = Object.create(null);
  let input: unknown;
  if (isRecord(steps)) {
    for (const [id, value] of Object.entries(steps)) {
      if (id === "input") input = value;
      else setField(out, id, toStepResult(value));
    }
  }
  return { steps: out, input };
}

/** Throws `InvalidResponseError` unless `raw` is a JSON object (a run state, a result, …). */
export function requireObject(raw: unknown, what: string): Record<string, unknown> {
  if (!isRecord(raw)) {
    throw new InvalidResponseError(
      `${what} answered with ${describeShape(raw)} where a JSON object was expected.`,
    );
  }
  return raw;
}

function describeShape(raw: unknown): string {
  if (raw === null) return "null";
  if (Array.isArray(raw)) return "an array";
  return typeof raw === "string" ? `the string ${safeJson(raw.slice(0, 60))}` : `a ${typeof raw}`;
}

/** The `{ message }` of a fire-and-forget call, or `InvalidResponseError`. */
export function toAcknowledgement(raw: unknown, what: string): { message: string } {
  const body = requireObject(raw, what);
  if (typeof body.message !== "string") {
    throw new InvalidResponseError(
      `${what} answered without the \`message\` of an acknowledgement: ${safeJson(raw).slice(0, 120)}.`,
    );
  }
  return { message: body.message };
}

/** `{ runId }` of `createRun`, or `InvalidResponseError`. */
export function toCreatedRun(raw: unknown, what: string): { runId: string } {
  const body = requireObject(raw, what);
  if (typeof body.runId !== "string" || body.runId === "") {
    throw new InvalidResponseError(`${what} answered without a \`runId\`.`);
  }
  return { runId: body.runId };
}

/** Every run status of either generation (1.x's list is 0.x's plus its own), from the spec. */
const RUN_STATUSES: ReadonlySet<string> = new Set(RUN_STATUSES_1X);

/** Checks a stored run's required keys (`runId`, `workflowName`, a snapshot), or throws. */
export function requireRunShape<T>(raw: T, what: string): T {
  const body = requireObject(raw, what);
  if (typeof body.runId !== "string" || !("snapshot" in body)) {
    throw new InvalidResponseError(`${what} answered without a run's \`runId\` and \`snapshot\`.`);
  }
  return raw;
}

type KeysOf<U> = U extends unknown ? keyof U : never;
/**
 * The fields the normalisers read, typed by the generated wire types of both generations: a spec
 * change that drops or renames one of them fails `typecheck` here.
 */
type WireFields<U, K extends KeysOf<U>> = {
  [P in K]?: U extends unknown ? (P extends keyof U ? U[P] : never) : never;
};

/**
 * {@link WireFields} for fields that both generations have: each key must be a field of the 0.x
 * type `U0` and of the 1.x type `U1`, so a change in either spec alone fails `typecheck`.
 */
type WireFieldsOfBoth<U0, U1, K extends KeysOf<U0> & KeysOf<U1>> = WireFields<U0 | U1, K>;

/** A `start-async` / `resume-async` body on either generation. */
export type WireResult = WireWorkflowResult | WireWorkflowResult1x;
/** A run state: 0.x `execution-result` or 1.x `GET runs/:runId`. */
export type WireRunState = WireExecutionResult | WireWorkflowRunResult1x;

type ResultFields = WireFieldsOfBoth<
  WireWorkflowResult,
  WireWorkflowResult1x,
  "status" | "steps" | "result" | "error" | "suspended"
> &
  WireFields<WireResult, "input" | "runId">;
type StateFields = WireFieldsOfBoth<
  WireExecutionResult,
  WireWorkflowRunResult1x,
  "status" | "steps" | "result" | "error"
> &
  WireFields<WireRunState, "payload">;

/** `InvalidResponseError` for a run `status` wfkit does not know, in an answer to `what`. */
const unknownStatus = (what: string, status: unknown) =>
  new InvalidResponseError(
    `${what} answered with a run status wfkit does not know: ${safeJson(status)}.`,
  );

/** `body` as a run state whose `status` wfkit knows, or `InvalidResponseError`. */
function requireRunState(body: WireRunState, what: string): StateFields & { status: string } {
  const raw: StateFields = requireObject(body, what);
  if (typeof raw.status !== "string" || !RUN_STATUSES.has(raw.status)) {
    throw unknownStatus(what, raw.status);
  }
  return raw as StateFields & { status: string };
}

/**
 * The public shape of a `start-async` / `resume-async` body, with the run's id: the one the call
 * sent, or the one the server answered with.
 */
export function toWorkflowResult(
  body: WireResult,
  runId: string | undefined,
  what: string,
): WorkflowResult {
  const raw: ResultFields = requireObject(body, what);
  const { steps, input } = splitSteps(raw.steps);
  const base = {
    runId: typeof raw.runId === "string" && raw.runId !== "" ? raw.runId : (runId ?? ""),
    steps,
    input: raw.input !== undefined ? raw.input : input,
  };
  switch (raw.status) {
    case "success":
      return { ...base, status: "success", result: raw.result };
    case "failed":
      return { ...base, status: "failed", error: toWorkflowError(raw.error) };
    case "suspended":
      return {
        ...base,
        status: "suspended",
        suspended: Array.isArray(raw.suspended) ? (raw.suspended as string[][]) : [],
      };
    case "canceled":
      return { ...base, status: "canceled" };
    case "paused":
      return { ...base, status: "paused" };
    default:
      throw unknownStatus(what, raw.status);
  }
}

/** The public shape of an `execution-result` body (or 1.x's run state), with the run's id. */
export function toExecutionResult(
  body: WireRunState,
  runId: string,
  what: string,
): ExecutionResult {
  const raw = requireRunState(body, what);
  const { steps, input } = splitSteps(raw.steps);
  const result: ExecutionResult = {
    runId,
    status: raw.status as ExecutionResult["status"],
    steps,
    input: raw.payload !== undefined ? raw.payload : input,
  };
  if (raw.result !== undefined && raw.result !== null) result.result = raw.result;
  if (raw.error !== undefined && raw.error !== null) result.error = toWorkflowError(raw.error);
  return result;
}

/** The run state a watcher reconciles with, checked like {@link toExecutionResult}. */
export function toRunStateSnapshot(body: WireRunState, what: string): RunStateSnapshot {
  const raw = requireRunState(body, what);
  const state: RunStateSnapshot = {
    status: raw.status as RunStateSnapshot["status"],
    steps: isRecord(raw.steps) ? raw.steps : Object.create(null),
  };
  if (raw.result !== undefined) state.result = raw.result;
  if (raw.error !== undefined) state.error = raw.error;
  if (raw.payload !== undefined) state.payload = raw.payload;
  return state;
}
