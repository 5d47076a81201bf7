import { compile, type JSONSchema, type Options } from "json-schema-to-typescript";
import { format } from "prettier";
import {
  parseWorkflowSchema,
  type JsonSchemaObject,
  type MastraClient,
  type WorkflowInfo,
} from "@wfkit/client";
import {
  UNKNOWN_SCHEMA,
  buildRegistrySchema,
  findExternalRef,
  relocate,
  type StepParts,
  type WorkflowParts,
} from "./registry-schema.js";

/** The interface the generated file exports; `WorkflowRegistry` extends it. */
export const GENERATED_INTERFACE = "WfkitWorkflows";

/** A schema `wfkit typegen` could not convert; that part is typed `unknown`. */
export interface TypegenWarning {
  /** The workflow's registration key. */
  workflow: string;
  /** The step id, when the schema is a step's. */
  step?: string;
  /** Which schema: `input`, `result`, or a step's `input`, `output`, `suspend`, `resume`. */
  part: string;
  /** One line for the user, naming the workflow, the step and the reason. */
  message: string;
}

/** Options of {@link generateWorkflowTypes}. */
export interface GenerateWorkflowTypesOptions {
  /** The client for the server whose workflows are read (`getWorkflows()`, then `details()`). */
  client: Pick<MastraClient, "getWorkflows" | "baseUrl"> & {
    getWorkflow(key: string): { details(): Promise<WorkflowInfo> };
  };
  /**
   * The command the header names as the way to regenerate the file.
   * @defaultValue `wfkit typegen --url <client.baseUrl>`
   */
  command?: string;
  /** Called once for each schema typed `unknown` because it could not be converted. */
  onWarning?: (warning: TypegenWarning) => void;
}

const COMPILE_OPTIONS: Partial<Options> = {
  bannerComment: "",
  format: false,
  unknownAny: true,
  ignoreMinAndMaxItems: true,
  strictIndexSignatures: true,
  declareExternallyReferenced: true,
  unreachableDefinitions: false,
  additionalProperties: true,
  // Never read files or the network: only `#/…` references inside the schemas are followed.
  $refOptions: { resolve: { file: false, http: false, external: false } },
};

const describePart = (workflow: string, part: string, step?: string): string =>
  step === undefined
    ? `workflow "${workflow}", ${part} schema`
    : `workflow "${workflow}", step "${step}", ${part} schema`;

const reasonOf = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split("\n", 1)[0] ?? "";

/**
 * One schema ready for the combined document: parsed, checked to convert on its own, or
 * {@link UNKNOWN_SCHEMA} with a warning. `undefined` when the server sent no schema.
 */
async function preparePart(
  text: unknown,
  where: { workflow: string; part: string; step?: string },
  warn: (warning: TypegenWarning) => void,
): Promise<JsonSchemaObject | undefined> {
  const fail = (reason: string): JsonSchemaObject => {
    const label = describePart(where.workflow, where.part, where.step);
    warn({
      workflow: where.workflow,
      ...(where.step === undefined ? {} : { step: where.step }),
      part: where.part,
      message: `${label} could not be converted (${reason}); typed as unknown.`,
    });
    return UNKNOWN_SCHEMA;
  };
  let schema: JsonSchemaObject | undefined;
  try {
    schema = parseWorkflowSchema(text);
  } catch (error) {
    return fail(reasonOf(error));
  }
  if (schema === undefined) return undefined;
  const external = findExternalRef(schema);
  if (external !== undefined) return fail(`it refers to an external schema: ${external}`);
  try {
    await compile(relocate(schema, "#") as JSONSchema, "Part", COMPILE_OPTIONS);
  } catch (error) {
    return fail(reasonOf(error));
  }
  return schema;
}

/**
 * Ids of the graph's timer entries (`.sleep()`, `.sleepUntil()`): Mastra lists them among the
 * steps under generated ids (`sleep_<uuid>` on 1.x, new at every server start), so typing them
 * would make the file differ from one start to the next.
 */
const timerIds = (graph: unknown): Set<string> => {
  const ids = new Set<string>();
  const visit = (entry: unknown): void => {
    if (Array.isArray(entry)) return entry.forEach(visit);
    if (typeof entry !== "object" || entry === null) return;
    const { type, id, steps } = entry as { type?: unknown; id?: unknown; steps?: unknown };
    if ((type === "sleep" || type === "sleepUntil") && typeof id === "string") ids.add(id);
    visit(steps);
  };
  visit(graph);
  return ids;
};

async function readWorkflow(
  key: string,
  info: WorkflowInfo,
  warn: (warning: TypegenWarning) => void,
): Promise<WorkflowParts> {
  const input = await preparePart(info.inputSchema, { workflow: key, part: "input" }, warn);
  const result = await preparePart(info.outputSchema, { workflow: key, part: "result" }, warn);
  const steps = new Map<string, StepParts>();
  const stepInfos = (info.steps ?? {}) as Record<string, Record<string, unknown>>;
  const timers = timerIds(info.stepGraph);
  for (const id of Object.keys(stepInfos).sort()) {
    if (timers.has(id)) continue;
    const step = stepInfos[id] ?? {};
    const parts: StepParts = {};
    const sources = {
      input: step.inputSchema,
      output: step.outputSchema,
      suspend: step.suspendSchema,
      resume: step.resumeSchema,
    };
    for (const part of ["input", "output", "suspend", "resume"] as const) {
      const schema = await preparePart(sources[part], { workflow: key, part, step: id }, warn);
      if (schema !== undefined) parts[part] = schema;
    }
    steps.set(id, parts);
  }
  return {
    ...(input === undefined ? {} : { input }),
    ...(result === undefined ? {} : { result }),
    steps,
  };
}

const header = (server: string, command: string): string =>
  [
    `// Generated by \`${command}\` from the workflows of ${server}.`,
    "// Do not edit: run the command again after the server's workflows change",
    "// (add `--check` in CI to fail when this file is out of date).",
    "",
  ].join("\n");

/**
 * Reads every workflow of a running server (real Mastra 0.x or 1.x, or the fake) and returns the
 * text of a TypeScript module that augments `WorkflowRegistry` with their types, so
 * `client.getWorkflow("key")` is typed with no generic. The same server always gives the same
 * text, byte for byte (sorted keys, prettier-formatted). A schema that cannot be converted types
 * its part as `unknown` and is reported to `onWarning`; it never fails the whole file.
 *
 * @example
 * ```ts
 * const text = await generateWorkflowTypes({ client: new MastraClient({ baseUrl }) });
 * await writeFile("src/wfkit-workflows.gen.ts", text);
 * ```
 * @throws the client's errors when the server cannot be read (`ConnectionError`, `ApiError`, …).
 */
export async function generateWorkflowTypes(
  options: GenerateWorkflowTypesOptions,
): Promise<string> {
  const { client } = options;
  const warn = options.onWarning ?? (() => {});
  const list = await client.getWorkflows();
  const workflows = new Map<string, WorkflowParts>();
  for (const key of Object.keys(list).sort()) {
    const info = await client.getWorkflow(key).details();
    workflows.set(key, await readWorkflow(key, info, warn));
  }
  const document = buildRegistrySchema(workflows);
  const declarations = await compile(document as JSONSchema, GENERATED_INTERFACE, COMPILE_OPTIONS);
  const command = options.command ?? `wfkit typegen --url ${client.baseUrl}`;
  const text = [
    header(client.baseUrl, command),
    declarations,
    'declare module "@wfkit/client" {',
    `  interface WorkflowRegistry extends ${GENERATED_INTERFACE} {}`,
    "}",
    "",
  ].join("\n");
  return format(text, { parser: "typescript" });
}
