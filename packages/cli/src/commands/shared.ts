import { isAbortError, type WorkflowInfo } from "@wfkit/client";
import { readFile } from "node:fs/promises";
import type { CommandContext } from "../context.js";
import { EXIT, UsageError, isInterruptError, type ExitCode } from "../exit-codes.js";
import { resumeSchemaOf } from "../lookup.js";
import {
  exitCodeForStatus,
  printOutcome,
  printSuspension,
  resumeCommand,
  suspendedPaths,
  toOutcome,
  watchCommand,
  type RunStateLike,
} from "../outcome.js";
import { exampleFor, parseJsonText } from "../validate-json.js";

/** How often a silent watch checks the run's state; quick enough for a person watching. */
export const STALL_TIMEOUT_MS = 1000;

/** Parses a JSON flag such as `--input`; exit 3 with the flag's name when it is not JSON. */
export const parseJsonFlag = (flag: string, text: string): unknown => {
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new UsageError(`${flag} is not valid JSON: ${parsed.message}`);
  return parsed.value;
};

/** The JSON of `--input <json>` or `--input-file <path>` (`-` for stdin is not supported). */
export const readJsonInput = async (
  options: { input?: string; inputFile?: string },
  flags: { text: string; file: string },
): Promise<unknown> => {
  if (options.input !== undefined && options.inputFile !== undefined) {
    throw new UsageError(`Give ${flags.text} or ${flags.file}, not both.`);
  }
  if (options.inputFile !== undefined) {
    let text: string;
    try {
      text = await readFile(options.inputFile, "utf8");
    } catch (error) {
      throw new UsageError(
        `Cannot read ${flags.file} ${options.inputFile}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
    }
    return parseJsonFlag(`${flags.file} ${options.inputFile}`, text);
  }
  return options.input === undefined ? undefined : parseJsonFlag(flags.text, options.input);
};

/** `true` when the command stopped because of Ctrl-C (or a cancelled prompt). */
export const wasInterrupted = (ctx: CommandContext, error: unknown): boolean =>
  isInterruptError(error) ||
  (ctx.io.interrupt?.aborted === true && isAbortError(error)) ||
  ctx.io.interrupt?.aborted === true;

/** Says that the run goes on, and how to watch or resume it; exit 130. */
export const reportInterrupt = (
  ctx: CommandContext,
  target: { workflow: string; runId: string },
): ExitCode => {
  const { colors } = ctx;
  const err = ctx.io.stderr;
  err.write(
    `\n${colors.yellow("Interrupted.")} Run ${colors.bold(target.runId)} goes on on the server; nothing was canceled.\n`,
  );
  err.write(`  watch it:  ${watchCommand(ctx, target.workflow, target.runId)}\n`);
  err.write(`  resume it: ${resumeCommand(ctx, target, { "…": "…" })}\n`);
  return EXIT.interrupted;
};

/**
 * Ends a followed run: prints its outcome (or, when suspended, the payload and how to resume) or
 * the `--json` document, and returns the exit code for its status.
 */
export const finishRun = (
  ctx: CommandContext,
  target: { workflow: string; runId: string; info?: WorkflowInfo | undefined },
  state: RunStateLike,
): ExitCode => {
  if (ctx.options.json === true) {
    ctx.io.stdout.write(`${JSON.stringify(toOutcome(target.runId, state), null, 2)}\n`);
    return exitCodeForStatus(state.status);
  }
  if (ctx.options.jsonl === true) return exitCodeForStatus(state.status);
  if (state.status === "suspended") {
    const paths = suspendedPaths(state.steps);
    for (const path of paths) {
      printSuspension(ctx, path, { payload: state.steps[path[0]!]?.suspendPayload, heading: true });
      const example = exampleFor(resumeSchemaOf(target.info, path));
      ctx.io.stdout.write(
        `Resume it with:\n  ${resumeCommand(ctx, { ...target, step: path }, example)}\n`,
      );
    }
    return EXIT.suspended;
  }
  printOutcome(ctx, state);
  return exitCodeForStatus(state.status);
};
