import { confirm, isCancel, select, text } from "@clack/prompts";
import type { Readable, Writable } from "node:stream";
import { InterruptError } from "./exit-codes.js";
import type { JsonSchema } from "./schema.js";
import { checkAgainstSchema, parseJsonText } from "./validate-json.js";

/** Options of {@link promptResumeData}. */
export interface PromptResumeOptions {
  input: Readable;
  output: Writable;
  /** The suspended step's id, shown in the questions. */
  step: string;
}

const SKIP = Symbol("skip");

const typeOf = (schema: JsonSchema | undefined): string | undefined =>
  schema === undefined ? undefined : Array.isArray(schema.type) ? undefined : schema.type;

/** A field one simple prompt can ask for: boolean, enum, string, number, integer. */
const isSimple = (schema: JsonSchema | undefined): boolean =>
  schema !== undefined &&
  (Array.isArray(schema.enum) ||
    ["boolean", "string", "number", "integer"].includes(typeOf(schema) ?? ""));

const answered = <T>(value: T): Exclude<T, symbol> => {
  if (isCancel(value)) throw new InterruptError("The prompt was cancelled.");
  return value as Exclude<T, symbol>;
};

const askField = async (
  name: string,
  schema: JsonSchema,
  required: boolean,
  options: PromptResumeOptions,
): Promise<unknown> => {
  const io = { input: options.input, output: options.output };
  const message = `${name}${schema.description === undefined ? "" : ` (${schema.description})`}`;
  if (Array.isArray(schema.enum)) {
    const choices = schema.enum.map((value) => ({ value: value as unknown, label: String(value) }));
    const all = required ? choices : [...choices, { value: SKIP as unknown, label: "(skip)" }];
    return answered(await select({ ...io, message, options: all }));
  }
  if (typeOf(schema) === "boolean") {
    if (required) return answered(await confirm({ ...io, message }));
    const choice = answered(
      await select({
        ...io,
        message,
        options: [
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
          { value: "skip", label: "(skip)" },
        ],
      }),
    );
    return choice === "skip" ? SKIP : choice === "yes";
  }
  const numeric = typeOf(schema) === "number" || typeOf(schema) === "integer";
  const convert = (raw: string): unknown => (numeric ? Number(raw) : raw);
  const raw = answered(
    await text({
      ...io,
      message: required ? message : `${message} (optional, Enter to skip)`,
      validate: (value) => {
        const input = value ?? "";
        if (input === "") return required ? `${name} is required` : undefined;
        if (numeric && (input.trim() === "" || Number.isNaN(Number(input))))
          return `${name} must be a number`;
        const problem = checkAgainstSchema(schema, convert(input));
        return problem === undefined ? undefined : `${name}: ${problem.replace(/^the data /, "")}`;
      },
    }),
  );
  return raw === "" || raw === undefined ? SKIP : convert(raw);
};

const askJson = async (
  schema: JsonSchema | undefined,
  options: PromptResumeOptions,
): Promise<unknown> => {
  const raw = answered(
    await text({
      input: options.input,
      output: options.output,
      message: `Resume data for ${options.step} (JSON)`,
      placeholder: "{}",
      defaultValue: "{}",
      validate: (value) => {
        const parsed = parseJsonText(value === undefined || value === "" ? "{}" : value);
        if (!parsed.ok) return `Not JSON: ${parsed.message}`;
        return checkAgainstSchema(schema, parsed.value);
      },
    }),
  );
  const parsed = parseJsonText(raw === undefined || raw === "" ? "{}" : raw);
  return parsed.ok ? parsed.value : {};
};

/**
 * Asks for a suspended step's resume data, built from its resume schema: a boolean is a confirm,
 * an enum a select, a string or number a validated text input, an optional field can be skipped,
 * anything else is JSON validated against the schema.
 *
 * @throws `InterruptError` when the user cancels (Ctrl-C).
 */
export const promptResumeData = async (
  schema: JsonSchema | undefined,
  options: PromptResumeOptions,
): Promise<unknown> => {
  const properties = schema?.properties;
  const isPlainObject = typeOf(schema) === "object" && properties !== undefined;
  if (schema === undefined || !isPlainObject || !Object.values(properties).every(isSimple)) {
    return askJson(schema, options);
  }
  const required = new Set(schema.required ?? []);
  const data: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(properties)) {
    const value = await askField(name, field, required.has(name), options);
    if (value !== SKIP) data[name] = value;
  }
  if (checkAgainstSchema(schema, data) === undefined) return data;
  return askJson(schema, options);
};
