/**
 * Runs the `wfkit` bin, bundled from its sources, in a real pseudo-terminal, with
 * `@xterm/headless` as the screen, so tests assert on what a person would see.
 */
import { spawn, type IPty } from "@lydell/node-pty";
import xterm from "@xterm/headless";
import { builtBin } from "./build-bin.js";

/** A `wfkit` process in a terminal. */
export interface TerminalSession {
  /** The screen's text, one string per row, trailing spaces trimmed. */
  screen(): string;
  /**
   * Resolves once the screen shows `text` (a string or pattern). Rejects with the screen if the
   * process ends first, or as a safety net when nothing matched for 45 s (so a failure shows the
   * screen rather than only a test timeout).
   */
  waitFor(text: string | RegExp): Promise<string>;
  /** Types keys, e.g. `"\r"` (Enter) or `"\x03"` (Ctrl-C). */
  type(keys: string): void;
  /** The exit code. */
  readonly exit: Promise<number>;
  readonly pid: number;
}

/** The test's environment without the colour switches the test runner sets. */
const cleanEnv = (): Record<string, string> => {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== "NO_COLOR" && key !== "FORCE_COLOR") env[key] = value;
  }
  return env;
};

/** Starts `wfkit <args>` in a 100×40 terminal. */
export const startTerminal = async (
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<TerminalSession> => {
  const bin = await builtBin();
  const terminal = new xterm.Terminal({ cols: 100, rows: 40, allowProposedApi: true });
  const child: IPty = spawn(process.execPath, [bin, ...args], {
    name: "xterm-256color",
    cols: 100,
    rows: 40,
    cwd: process.cwd(),
    env: { ...cleanEnv(), ...env },
  });
  const waiters = new Set<() => void>();
  let ended = false;
  const screen = (): string => {
    const buffer = terminal.buffer.active;
    const rows: string[] = [];
    for (let y = 0; y < buffer.length; y++) {
      const line = buffer.getLine(y);
      const text = line?.translateToString(true) ?? "";
      // A long line the terminal wrapped is one line of output.
      if (line?.isWrapped === true && rows.length > 0) rows[rows.length - 1] += text;
      else rows.push(text);
    }
    return rows.join("\n").replace(/\n+$/, "");
  };
  child.onData((data) => terminal.write(data, () => waiters.forEach((wake) => wake())));
  const exit = new Promise<number>((resolve) => {
    child.onExit(({ exitCode }) => {
      // Let the last output reach the screen before anyone reads it.
      terminal.write("", () => {
        ended = true;
        waiters.forEach((wake) => wake());
        resolve(exitCode);
      });
    });
  });
  const waitFor = (text: string | RegExp): Promise<string> =>
    new Promise((resolve, reject) => {
      const fail = (why: string) => {
        waiters.delete(check);
        clearTimeout(safety);
        reject(new Error(`${why} before the screen showed ${String(text)}:\n${screen()}`));
      };
      const safety = setTimeout(() => fail("45 s passed"), 45_000);
      const check = () => {
        const now = screen();
        if (typeof text === "string" ? now.includes(text) : text.test(now)) {
          waiters.delete(check);
          clearTimeout(safety);
          resolve(now);
        } else if (ended) {
          fail("The process ended");
        }
      };
      waiters.add(check);
      check();
    });
  return { screen, waitFor, type: (keys) => child.write(keys), exit, pid: child.pid };
};
