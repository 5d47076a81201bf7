/**
 * The run display, drawn into a headless terminal: steps in graph order, parallel branches and
 * nested workflows under their parent, redrawn in place; plain lines when not a terminal.
 */
import { PassThrough } from "node:stream";
import xterm from "@xterm/headless";
import { describe, expect, it } from "vitest";
import type { StepGraphEntry } from "@wfkit/client";
import { createColors } from "picocolors";
import { createRunDisplay } from "../src/display/display.js";

const graph: StepGraphEntry[] = [
  { type: "step", step: { id: "fetch" } },
  {
    type: "parallel",
    steps: [
      { type: "step", step: { id: "left" } },
      { type: "step", step: { id: "right" } },
    ],
  },
  {
    type: "step",
    step: { id: "inner", serializedStepFlow: [{ type: "step", step: { id: "deep" } }] },
  },
  { type: "sleep", id: "sleep_1", duration: 50 },
];

const screenOf = async (
  draw: (stream: PassThrough & { isTTY: boolean; columns: number }) => void,
) => {
  const terminal = new xterm.Terminal({
    cols: 80,
    rows: 20,
    allowProposedApi: true,
    convertEol: true,
  });
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
  const written: Promise<void>[] = [];
  stream.on("data", (chunk: Buffer) =>
    written.push(new Promise((resolve) => terminal.write(chunk, resolve))),
  );
  draw(stream);
  await new Promise((resolve) => setImmediate(resolve));
  await Promise.all(written);
  const lines: string[] = [];
  for (let y = 0; y < terminal.buffer.active.length; y++) {
    lines.push(terminal.buffer.active.getLine(y)?.translateToString(true) ?? "");
  }
  return lines.join("\n").trimEnd();
};

const at = (startedAt: number, endedAt?: number) => ({
  startedAt,
  ...(endedAt === undefined ? {} : { endedAt }),
});

describe("the live display", () => {
  it("puts parallel branches and nested steps under their parent, and redraws in place", async () => {
    const screen = await screenOf((stream) => {
      const display = createRunDisplay({ stream, colors: createColors(false), graph, live: true });
      display.update({ steps: { fetch: { status: "running", ...at(0) } } });
      display.update({
        steps: {
          fetch: { status: "success", ...at(0, 12) },
          left: { status: "success", ...at(12, 1512) },
          right: { status: "failed", error: "Error: no route\n    at x", ...at(12, 20) },
          inner: { status: "suspended", ...at(20) },
          "inner.deep": { status: "suspended", ...at(20) },
          sleep_1: { status: "waiting", ...at(20) },
        },
      });
      display.stop();
    });
    expect(screen).toBe(
      [
        "✔ fetch 12ms",
        "┬ parallel",
        "  ✔ left 1.5s",
        "  ✖ right 8ms no route",
        "⏸ inner suspended",
        "  ⏸ deep suspended",
        "⏳ sleep 50ms",
      ].join("\n"),
    );
  });

  it("after a pause, draws only the steps that changed since", async () => {
    const screen = await screenOf((stream) => {
      const display = createRunDisplay({ stream, colors: createColors(false), graph, live: true });
      display.update({
        steps: {
          fetch: { status: "success", ...at(0, 5) },
          inner: { status: "suspended", ...at(5) },
        },
      });
      display.pause();
      stream.write("? resume data\n");
      display.update({
        steps: {
          fetch: { status: "success", ...at(0, 5) },
          inner: { status: "success", ...at(5, 9) },
        },
      });
      display.stop();
    });
    expect(screen).toBe(
      ["✔ fetch 5ms", "⏸ inner suspended", "? resume data", "✔ inner 4ms"].join("\n"),
    );
  });
});

describe("the plain display", () => {
  it("writes one line per transition, without ANSI codes", async () => {
    const stream = new PassThrough();
    let text = "";
    stream.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    const display = createRunDisplay({ stream, colors: createColors(false), graph, live: false });
    display.update({ steps: { fetch: { status: "running", ...at(0) } } });
    display.update({ steps: { fetch: { status: "running", ...at(0) } } });
    display.update({
      steps: { fetch: { status: "success", ...at(0, 3) }, left: { status: "running", ...at(3) } },
    });
    display.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(text).toBe("fetch: running\nfetch: success (3ms)\n  left: running\n");
  });
});

describe("step durations", () => {
  it("count a resumed step from its resume, not from before the wait", async () => {
    const { stepDuration } = await import("../src/display/format.js");
    expect(
      stepDuration({
        status: "success",
        startedAt: 0,
        suspendedAt: 5,
        resumedAt: 60_000,
        endedAt: 60_250,
      }),
    ).toBe("250ms");
    expect(stepDuration({ status: "success", startedAt: 1000, endedAt: 2500 })).toBe("1.5s");
    expect(stepDuration({ status: "suspended", startedAt: 1000, suspendedAt: 1004 })).toBe("4ms");
    expect(stepDuration({ status: "running", startedAt: 1000 })).toBeUndefined();
  });
});
