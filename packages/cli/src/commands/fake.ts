import {
  createFakeServer,
  isWorkflow,
  sampleWorkflows,
  type ServerGeneration,
  type Workflow,
} from "@wfkit/test-utils";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { CliIo } from "../io.js";
import { EXIT, UsageError, type ExitCode } from "../exit-codes.js";
import type { Colors } from "../context.js";

/** Options of `wfkit fake`. */
export interface FakeOptions {
  port?: string;
  host?: string;
  workflows?: string;
  generation?: string;
}

/**
 * The DSL workflows a module exports, keyed by export name: every named export that is a
 * workflow, or the workflows of a `workflows` (or default) export object.
 */
export const loadWorkflowModule = async (path: string): Promise<Record<string, Workflow>> => {
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(resolve(path)).href)) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(
      `Cannot load --workflows ${path}: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
  const found: Record<string, Workflow> = {};
  const collect = (source: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(source)) if (isWorkflow(value)) found[name] = value;
  };
  collect(module);
  for (const key of ["workflows", "default"]) {
    const value = module[key];
    if (typeof value === "object" && value !== null && !isWorkflow(value))
      collect(value as Record<string, unknown>);
  }
  if (Object.keys(found).length === 0) {
    throw new UsageError(
      `--workflows ${path} exports no workflow made with createWorkflow() from @wfkit/test-utils.`,
    );
  }
  return found;
};

const parseGeneration = (value: string | undefined): ServerGeneration => {
  if (value === undefined || value === "0.x" || value === "1.x") return value ?? "0.x";
  throw new UsageError(`--generation must be 0.x or 1.x, got ${JSON.stringify(value)}.`);
};

const parsePort = (value: string | undefined): number => {
  const port = Number(value ?? "4111");
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(
      `--port must be a port number (0 for any free one), got ${JSON.stringify(value)}.`,
    );
  }
  return port;
};

/** `wfkit fake`: serves the fake Mastra server until Ctrl-C. */
export const serveFake = async (
  io: CliIo,
  colors: Colors,
  options: FakeOptions,
): Promise<ExitCode> => {
  const generation = parseGeneration(options.generation);
  const port = parsePort(options.port);
  const workflows =
    options.workflows === undefined ? sampleWorkflows : await loadWorkflowModule(options.workflows);
  let server: Awaited<ReturnType<typeof createFakeServer>>;
  try {
    server = await createFakeServer({
      listen: true,
      port,
      host: options.host ?? "127.0.0.1",
      generation,
      workflows,
      clock: "real",
      // A dev server, not a test: a failed fire-and-forget call must not fail the shutdown.
      allowBackgroundErrors: true,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new UsageError(
        `Port ${port} is in use: choose another with --port (0 picks a free one).`,
      );
    }
    throw error;
  }
  io.stdout.write(
    `${colors.green("●")} fake Mastra ${generation} server on ${colors.bold(server.url)}\n`,
  );
  io.stdout.write(`  workflows: ${Object.keys(workflows).join(", ")}\n`);
  io.stdout.write(`  try: WFKIT_URL=${server.url} wfkit workflows\n  Ctrl-C stops it.\n`);
  await new Promise<void>((done) => {
    if (io.interrupt === undefined) return;
    if (io.interrupt.aborted) done();
    io.interrupt.addEventListener("abort", () => done(), { once: true });
  });
  await server.close();
  io.stdout.write("fake server stopped\n");
  return EXIT.success;
};
