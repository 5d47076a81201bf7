import { Command, CommanderError, Option } from "commander";
import { createColors } from "picocolors";
import packageJson from "../package.json" with { type: "json" };
import { cancelRun } from "./commands/cancel.js";
import { describeWorkflow } from "./commands/describe.js";
import { inspectRun } from "./commands/inspect.js";
import { resumeWorkflowRun } from "./commands/resume.js";
import { runWorkflow } from "./commands/run.js";
import { listRuns } from "./commands/runs.js";
import { watchWorkflowRun } from "./commands/watch.js";
import { listWorkflows } from "./commands/workflows.js";
import { createContext, type CommandContext, type GlobalOptions } from "./context.js";
import { isConnectionError, isTimeoutError } from "@wfkit/client";
import { EXIT, exitCodeOf, type ExitCode } from "./exit-codes.js";
import type { CliIo } from "./io.js";

const example = (...lines: string[]): string =>
  `\nExample:\n${lines.map((line) => `  $ ${line}`).join("\n")}\n`;

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** The one line a failed command prints, with the stack under `--debug`. */
const reportError = (io: CliIo, error: unknown, state: ProgramState): void => {
  const { debug, url } = state;
  const colors = createColors(io.stderr.isTTY === true && !io.env["NO_COLOR"]);
  let message = error instanceof Error ? error.message : String(error);
  if (url !== undefined && isConnectionError(error)) {
    message = `Cannot reach the server at ${url}. Is it running? Point wfkit at it with --url or $WFKIT_URL.`;
  } else if (url !== undefined && isTimeoutError(error)) {
    message = `The server at ${url} did not answer in time (${message}). Raise --timeout or check the server.`;
  }
  io.stderr.write(`${colors.red("error:")} ${message.split("\n")[0]}\n`);
  if (debug) {
    let current: unknown = error;
    while (current instanceof Error) {
      io.stderr.write(`${current.stack ?? current.message}\n`);
      current = current.cause;
      if (current !== undefined) io.stderr.write("caused by: ");
    }
  } else if (exitCodeOf(error) === EXIT.failed) {
    io.stderr.write(colors.dim("Run again with --debug for the stack.\n"));
  }
};

/** What the program's actions report back to {@link main}. */
interface ProgramState {
  code: ExitCode;
  debug: boolean;
  /** The server URL, once a command resolved it. */
  url?: string;
}

/** Builds the `wfkit` program; every action stores its exit code in `result.code`. */
const buildProgram = (io: CliIo, result: ProgramState): Command => {
  const program = new Command("wfkit")
    .description("Run, watch, approve and inspect Mastra-compatible workflows from a terminal.")
    .version(packageJson.version, "-V, --version", "print the version")
    .option(
      "--url <url>",
      "the server (default: $WFKIT_URL, then $MASTRA_URL, then http://localhost:4111)",
    )
    .option("-H, --header <header>", "a request header 'Name: value' (repeatable)", collect)
    .addOption(
      new Option(
        "--generation <generation>",
        "the server generation: Mastra 0.x or 1.x (auto: detected; for fake: the one to serve, 0.x by default)",
      )
        .choices(["auto", "0.x", "1.x"])
        .default("auto"),
    )
    .option("--timeout <ms>", "time each request may take, in milliseconds")
    .option("--json", "print one JSON document on stdout (implies --no-input)")
    .option("--jsonl", "print one JSON watch record per line (run, watch)")
    .option("--no-color", "no colours (NO_COLOR is honoured too)")
    .option("--no-input", "never prompt; print how to resume instead")
    .option("--debug", "show stacks of errors")
    .showHelpAfterError("(add --help for usage)")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .addHelpText(
      "after",
      example(
        "wfkit workflows",
        `wfkit run testWorkflow --input '{"city":"New York"}'`,
        "wfkit fake --port 4111   # a fake Mastra server to work against",
      ),
    );

  const act =
    <A extends unknown[]>(handler: (ctx: CommandContext, ...args: A) => Promise<ExitCode>) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const options = command.optsWithGlobals<GlobalOptions>();
      result.debug = options.debug === true;
      const ctx = createContext(io, options);
      result.url = ctx.url;
      result.code = await handler(ctx, ...(args.slice(0, -1) as A));
    };

  program
    .command("workflows")
    .description("list the workflows: key, id, step count, description")
    .addHelpText("after", example("wfkit workflows --url http://localhost:4111"))
    .action(act((ctx) => listWorkflows(ctx)));

  program
    .command("describe")
    .argument("<workflow>", "the workflow's key")
    .description("draw the step graph and show each schema as a readable type")
    .addHelpText("after", example("wfkit describe testWorkflow"))
    .action(act((ctx, workflow: string) => describeWorkflow(ctx, workflow)));

  program
    .command("run")
    .argument("<workflow>", "the workflow's key")
    .description(
      "create a run, start it and follow it live to the end, asking for resume data on a terminal",
    )
    .option("-i, --input <json>", "the run's input, as JSON")
    .option("--input-file <path>", "read the run's input from a JSON file")
    .option("--run-id <id>", "the run's id (default: a new UUID)")
    .addHelpText(
      "after",
      example(
        `wfkit run testWorkflow --input '{"city":"New York"}'`,
        `wfkit run testWorkflow --input-file input.json --no-input --json`,
      ),
    )
    .action(
      act(
        (ctx, workflow: string, options: { input?: string; inputFile?: string; runId?: string }) =>
          runWorkflow(ctx, workflow, options),
      ),
    );

  program
    .command("watch")
    .argument("<workflow>", "the workflow's key")
    .argument("<runId>", "the run")
    .description("follow a run live across resumes; a finished run's history and outcome")
    .addHelpText("after", example("wfkit watch testWorkflow 7ed66aad-c03f-41bf-91a8-2302ecea2260"))
    .action(act((ctx, workflow: string, runId: string) => watchWorkflowRun(ctx, workflow, runId)));

  program
    .command("resume")
    .argument("<workflow>", "the workflow's key")
    .argument("<runId>", "the suspended run")
    .description("resume a suspended step (asks for the data on a terminal when --data is missing)")
    .option("--step <id>", "the suspended step (default: the only one); nested: parent.child")
    .option("-d, --data <json>", "the resume data, as JSON")
    .option("--wait", "follow the run to its next stop")
    .addHelpText(
      "after",
      example(
        `wfkit resume testWorkflow 7ed66aad-c03f-41bf-91a8-2302ecea2260 --data '{"approved":true}' --wait`,
      ),
    )
    .action(
      act(
        (
          ctx,
          workflow: string,
          runId: string,
          options: { step?: string; data?: string; wait?: boolean },
        ) => resumeWorkflowRun(ctx, { workflow, runId }, options),
      ),
    );

  program
    .command("runs")
    .argument("<workflow>", "the workflow's key")
    .description("list a workflow's runs, newest first: id, status, created, updated")
    .option("--status <status>", "only runs with this status")
    .option("--limit <n>", "at most this many runs", "20")
    .addHelpText("after", example("wfkit runs testWorkflow --status suspended --limit 5"))
    .action(
      act((ctx, workflow: string, options: { status?: string; limit?: string }) =>
        listRuns(ctx, workflow, options),
      ),
    );

  program
    .command("inspect")
    .argument("<workflow>", "the workflow's key")
    .argument("<runId>", "the run")
    .description(
      "one run: status, each step with its status, duration and output or error, input, result",
    )
    .addHelpText(
      "after",
      example("wfkit inspect testWorkflow 7ed66aad-c03f-41bf-91a8-2302ecea2260 --json"),
    )
    .action(act((ctx, workflow: string, runId: string) => inspectRun(ctx, workflow, runId)));

  program
    .command("cancel")
    .argument("<workflow>", "the workflow's key")
    .argument("<runId>", "the run")
    .description("cancel a run")
    .addHelpText("after", example("wfkit cancel testWorkflow 7ed66aad-c03f-41bf-91a8-2302ecea2260"))
    .action(act((ctx, workflow: string, runId: string) => cancelRun(ctx, workflow, runId)));

  program
    .command("fake")
    .description("serve the fake Mastra server from @wfkit/test-utils until Ctrl-C")
    .option("--port <port>", "the port (0: any free one)", "4111")
    .option("--host <host>", "the host to listen on", "127.0.0.1")
    .option(
      "--workflows <module>",
      "a JS module exporting createWorkflow() workflows (default: the samples)",
    )
    .addHelpText(
      "after",
      example(
        "wfkit fake --port 4111 --generation 1.x",
        "wfkit fake --workflows ./my-workflows.mjs",
      ),
    )
    .action(
      act(
        async (
          ctx,
          options: { port?: string; host?: string; workflows?: string; generation?: string },
        ) => {
          // The fake server (and its spec validator) loads only for this command.
          const { serveFake } = await import("./commands/fake.js");
          const generation = ctx.options.generation === "1.x" ? "1.x" : "0.x";
          return serveFake(ctx.io, ctx.colors, { ...options, generation });
        },
      ),
    );

  program
    .command("typegen")
    .description("write the types of the server's workflows (a WorkflowRegistry augmentation)")
    .option("--out <file>", "the file to write", "src/wfkit-workflows.gen.ts")
    .option("--check", "write nothing; exit 1 when the file differs from what the server gives")
    .addHelpText(
      "after",
      example("wfkit typegen --url http://localhost:4111", "wfkit typegen --check   # in CI"),
    )
    .action(
      act(async (ctx, options: { out?: string; check?: boolean }) => {
        const { runTypegen } = await import("./typegen/run.js");
        return runTypegen(
          { url: ctx.url, ...options },
          { stdout: ctx.io.stdout, stderr: ctx.io.stderr, env: ctx.io.env },
        );
      }),
    );

  return program;
};

/**
 * Runs `wfkit` with the given arguments (without `node` and the script) and resolves with the
 * exit code: 0 success, 1 run failed or canceled, 2 suspended, 3 usage error, 4 server
 * unreachable or failing, 130 interrupted. It never throws and never exits the process.
 *
 * @example
 * ```ts
 * const code = await main(["workflows", "--json"], { stdout, stderr, stdin, env: process.env });
 * ```
 */
export const main = async (argv: readonly string[], io: CliIo): Promise<ExitCode> => {
  const result: { code: ExitCode; debug: boolean } = {
    code: EXIT.success,
    debug: argv.includes("--debug"),
  };
  const program = buildProgram(io, result);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.success : EXIT.usage;
    }
    reportError(io, error, result);
    return exitCodeOf(error);
  }
};
