import { inspect } from "node:util";
import picocolors from "picocolors";

/** Where the transcript goes: `process.stdout`, or anything with a `write(text)`. */
export interface Output {
  write(text: string): unknown;
}

/** One watch record, reduced to what the transcript shows. */
export interface Transition {
  /** Milliseconds since the section's clock started. */
  elapsedMs: number;
  stepId: string | undefined;
  stepStatus: string | undefined;
  runStatus: string;
  /** A note after the line, e.g. the resume data a resumed step received. */
  note?: string;
}

/** Options of {@link createTranscript}. */
export interface TranscriptOptions {
  out: Output;
  /** ANSI colours on or off; off gives plain text with no escape sequences at all. */
  color: boolean;
}

/** The transcript writer {@link createTranscript} returns. */
export type Transcript = ReturnType<typeof createTranscript>;

const STATUS_COLORS = {
  success: "green",
  failed: "red",
  canceled: "red",
  suspended: "yellow",
  waiting: "yellow",
  running: "cyan",
  pending: "gray",
} as const;

/**
 * Writes the demo's transcript: titled sections, indented lines, status words coloured by meaning
 * and one aligned line per watch record.
 */
export function createTranscript({ out, color }: TranscriptOptions) {
  const c = picocolors.createColors(color);
  let stepWidth = 13;

  const write = (text = "", indent = 0) => {
    const pad = "  ".repeat(indent);
    out.write(
      `${text
        .split("\n")
        .map((line) => (line === "" ? "" : pad + line))
        .join("\n")}\n`,
    );
  };

  const status = (value: string | undefined, width = 0): string => {
    const text = (value ?? "").padEnd(width);
    const hue = STATUS_COLORS[value as keyof typeof STATUS_COLORS];
    return hue === undefined ? text : c[hue](text);
  };

  return {
    /** The colour functions, already switched on or off. */
    c,
    status,
    /** Aligns the step column of {@link transition} lines to the longest step id. */
    setStepWidth(ids: readonly string[]) {
      stepWidth = Math.max(stepWidth, ...ids.map((id) => id.length));
    },
    /** The banner at the top. */
    banner(title: string, detail: string) {
      write(`${c.bold(title)} ${c.dim(`· ${detail}`)}`);
    },
    /** A numbered section title. */
    section(index: number, title: string) {
      write();
      write(c.bold(c.magenta(`${index}. ${title}`)));
    },
    /** A line of text, indented one level (two spaces) per `indent`. */
    line(text: string, indent = 1) {
      write(text, indent);
    },
    /** A call and what it returned, e.g. `createRun() → { runId }`. */
    call(code: string, outcome: string, indent = 1) {
      write(`${c.cyan(code)} ${c.dim("→")} ${outcome}`, indent);
    },
    /** A JSON-like rendering of a value on one line. */
    value(data: unknown): string {
      return inspect(data, { colors: color, depth: 4, breakLength: Infinity, compact: true });
    },
    /** A number of milliseconds, e.g. `12 ms`. */
    ms(value: number): string {
      return `${Math.round(value)} ms`;
    },
    /** One watch record: `+12 ms  approval  suspended  run running`. */
    transition({ elapsedMs, stepId, stepStatus, runStatus, note }: Transition) {
      const time = c.dim(`+${String(Math.round(elapsedMs)).padStart(5)} ms`);
      const step = (stepId ?? "(run)").padEnd(stepWidth);
      const stepPart = stepId === undefined ? c.dim(step) : c.bold(step);
      const tail = note === undefined ? "" : `  ${c.dim(note)}`;
      write(`${time}  ${stepPart}  ${status(stepStatus, 9)}  run ${status(runStatus)}${tail}`, 2);
    },
    /** A passed check. */
    ok(text: string, indent = 1) {
      write(`${c.green("✔")} ${text}`, indent);
    },
    /** The closing line. */
    done(text: string) {
      write();
      write(`${c.green("✔")} ${c.bold(text)}`);
    },
  };
}
