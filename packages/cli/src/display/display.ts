import type { StepGraphEntry } from "@wfkit/client";
import type { StepResult, WorkflowState } from "@wfkit/watch";
import { createLogUpdate } from "log-update";
import spinners from "cli-spinners";
import type { Colors } from "../context.js";
import type { OutStream } from "../io.js";
import { errorMessage, statusSymbol, stepDuration } from "./format.js";
import { layoutSteps, type StepRow } from "./step-rows.js";

/** Shows a run's steps as its records arrive. */
export interface RunDisplay {
  /** Shows the run's state from a record. */
  update(state: Pick<WorkflowState, "steps">): void;
  /** Leaves the current lines on the screen as they are, so something can be printed below. */
  pause(): void;
  /** Stops the display for good (the spinner timer too). */
  stop(): void;
}

/** Options of {@link createRunDisplay}. */
export interface RunDisplayOptions {
  stream: OutStream;
  colors: Colors;
  /** The workflow's step graph, for order and nesting. */
  graph?: readonly StepGraphEntry[] | undefined;
  /** `true`: redraw in place with spinners; `false`: one plain line per transition. */
  live: boolean;
}

const stepsOf = (state: Pick<WorkflowState, "steps">): Record<string, StepResult | undefined> =>
  state.steps as Record<string, StepResult | undefined>;

const rowKey = (row: StepRow): string => `${row.step?.status ?? ""}`;

const createPlainDisplay = (options: RunDisplayOptions): RunDisplay => {
  const seen = new Map<string, string>();
  return {
    update(state) {
      for (const row of layoutSteps(options.graph, stepsOf(state))) {
        const step = row.step;
        if (step === undefined || seen.get(row.id) === step.status) continue;
        seen.set(row.id, step.status);
        const duration = stepDuration(step);
        const failure = step.status === "failed" ? errorMessage(step.error) : undefined;
        const parts = [`${"  ".repeat(row.depth)}${row.label}: ${step.status}`];
        if (duration !== undefined && step.status !== "suspended") parts.push(`(${duration})`);
        if (failure !== undefined) parts.push(`- ${failure}`);
        options.stream.write(`${parts.join(" ")}\n`);
      }
    },
    pause() {},
    stop() {},
  };
};

const createLiveDisplay = (options: RunDisplayOptions): RunDisplay => {
  const { colors } = options;
  const spinner = spinners.dots;
  const log = createLogUpdate(options.stream, { showCursor: true });
  /** What each row showed when the screen was last frozen: those lines are not drawn again. */
  const frozen = new Map<string, string>();
  let steps: Record<string, StepResult | undefined> = {};
  let frame = 0;
  let timer: ReturnType<typeof setInterval> | undefined;

  const visible = (): StepRow[] => {
    const rows = layoutSteps(options.graph, steps);
    const shown = rows.filter((row) => row.group !== true && frozen.get(row.id) !== rowKey(row));
    const keep = new Set(shown.map((row) => row.id));
    // A group line shows when one of its children does.
    return rows.filter((row, index) => {
      if (row.group !== true) return keep.has(row.id);
      for (const next of rows.slice(index + 1)) {
        if (next.depth <= row.depth) break;
        if (keep.has(next.id)) return !frozen.has(row.id);
      }
      return false;
    });
  };

  const line = (row: StepRow): string => {
    const indent = "  ".repeat(row.depth);
    const step = row.step;
    if (step === undefined) return `${indent}${colors.dim(`┬ ${row.label}`)}`;
    const symbol = statusSymbol(step.status, colors, spinner.frames[frame] ?? "·");
    const duration = stepDuration(step);
    const failure = step.status === "failed" ? errorMessage(step.error) : undefined;
    let text = `${indent}${symbol} ${row.label}`;
    if (duration !== undefined && step.status !== "suspended") text += ` ${colors.dim(duration)}`;
    if (step.status === "suspended") text += ` ${colors.yellow("suspended")}`;
    if (failure !== undefined) text += ` ${colors.red(failure)}`;
    return text;
  };

  const render = (): void => {
    const rows = visible();
    if (rows.length === 0) log.clear();
    else log(rows.map(line).join("\n"));
    const running = rows.some((row) => row.step?.status === "running");
    if (running && timer === undefined) {
      timer = setInterval(() => {
        frame = (frame + 1) % spinner.frames.length;
        render();
      }, spinner.interval);
      timer.unref?.();
    } else if (!running && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };

  const freeze = (): void => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    const rows = visible();
    if (rows.length > 0) log.done();
    else log.clear();
    for (const row of rows) frozen.set(row.id, rowKey(row));
  };

  return {
    update(state) {
      steps = { ...stepsOf(state) };
      render();
    },
    pause: freeze,
    stop: freeze,
  };
};

/** A live display on a terminal, plain lines elsewhere. */
export const createRunDisplay = (options: RunDisplayOptions): RunDisplay =>
  options.live ? createLiveDisplay(options) : createPlainDisplay(options);
