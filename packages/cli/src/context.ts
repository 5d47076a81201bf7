import { MastraClient, type GenerationOption } from "@wfkit/client";
import { createColors } from "picocolors";
import { UsageError } from "./exit-codes.js";
import type { CliIo } from "./io.js";

/** The global options every command accepts. */
export interface GlobalOptions {
  url?: string;
  header?: string[];
  generation?: string;
  timeout?: string;
  json?: boolean;
  jsonl?: boolean;
  color?: boolean;
  input?: boolean;
  debug?: boolean;
}

/** Colour functions; plain identity functions when colour is off. */
export type Colors = ReturnType<typeof createColors>;

/** What a command runs with: the streams, the resolved options, colours and the client. */
export interface CommandContext {
  io: CliIo;
  options: GlobalOptions;
  url: string;
  colors: Colors;
  /** `true` when stdout is a terminal and no machine output was asked for. */
  live: boolean;
  /** `true` when prompts may be shown: stdin and stdout are terminals, no `--no-input`/`--json`. */
  interactive: boolean;
  client: MastraClient;
}

/** The default server URL: `$WFKIT_URL`, then `$MASTRA_URL`, then `http://localhost:4111`. */
export const defaultUrl = (env: CliIo["env"]): string =>
  env["WFKIT_URL"] || env["MASTRA_URL"] || "http://localhost:4111";

const parseHeaders = (lines: readonly string[]): Record<string, string> => {
  const headers: Record<string, string> = Object.create(null);
  for (const line of lines) {
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon).trim() : "";
    if (name === "" || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new UsageError(`--header must look like 'Name: value', got ${JSON.stringify(line)}.`);
    }
    headers[name] = line.slice(colon + 1).trim();
  }
  return headers;
};

const parseGeneration = (value: string | undefined): GenerationOption => {
  if (value === undefined || value === "auto" || value === "0.x" || value === "1.x") {
    return value ?? "auto";
  }
  throw new UsageError(`--generation must be auto, 0.x or 1.x, got ${JSON.stringify(value)}.`);
};

/** Parses a positive integer option such as `--timeout 5000`. */
export const parsePositiveInt = (flag: string, value: string): number => {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) {
    throw new UsageError(`${flag} must be a positive whole number, got ${JSON.stringify(value)}.`);
  }
  return number;
};

/** Builds the context of one command from its global options. */
export const createContext = (io: CliIo, options: GlobalOptions): CommandContext => {
  const url = options.url ?? defaultUrl(io.env);
  if (!URL.canParse(url)) {
    throw new UsageError(
      `--url must be an absolute URL such as http://localhost:4111, got ${JSON.stringify(url)}.`,
    );
  }
  const machine = options.json === true || options.jsonl === true;
  const colorOff =
    options.color === false ||
    (io.env["NO_COLOR"] !== undefined && io.env["NO_COLOR"] !== "") ||
    io.stdout.isTTY !== true;
  const live = io.stdout.isTTY === true && !machine;
  const interactive = live && io.stdin.isTTY === true && options.input !== false;
  const timeoutMs =
    options.timeout === undefined ? undefined : parsePositiveInt("--timeout", options.timeout);
  const client = new MastraClient({
    baseUrl: url,
    headers: parseHeaders(options.header ?? []),
    generation: parseGeneration(options.generation),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(io.interrupt === undefined ? {} : { signal: io.interrupt }),
  });
  return { io, options, url, colors: createColors(!colorOff), live, interactive, client };
};
