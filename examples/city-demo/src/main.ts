#!/usr/bin/env node
/**
 * The demo's command line: picks the server (the built-in fake, or `--url` / `WFKIT_BASE_URL`),
 * runs every flow with {@link runDemo}, and exits 0 when all passed.
 */
import { parseArgs } from "node:util";
import { cityWorkflow, createFakeServer, type FakeServer } from "@wfkit/test-utils";
import picocolors from "picocolors";
import { shouldUseColor } from "./color.js";
import { DEFAULT_DEMO_TIMEOUT_MS, DemoError, WORKFLOW_KEY, runDemo } from "./demo.js";

const USAGE = `Usage: wfkit-city-demo [--url <baseUrl>] [--timeout <ms>]

Runs the documented @wfkit/client flows one after the other and prints what happens.

Without --url it starts the fake Mastra server from @wfkit/test-utils on 127.0.0.1 (real time),
serving the city workflow as "${WORKFLOW_KEY}". With --url (or WFKIT_BASE_URL) it talks to that
server instead, which must serve the city workflow under the same key, e.g. the real Mastra 0.10
harness: node harness/mastra-0.10/src/server.mjs --port 4111

Options:
  --url <baseUrl>   the server's origin, e.g. http://127.0.0.1:4111 (default: WFKIT_BASE_URL)
  --timeout <ms>    time limit for all flows together (default: ${DEFAULT_DEMO_TIMEOUT_MS})
  -h, --help        show this help

Colours: on for a terminal; NO_COLOR turns them off, FORCE_COLOR on (or off with 0).
Exit codes: 0 every flow passed, 1 a flow failed, 2 bad arguments, 130 interrupted.`;

/** Runs the CLI with `args` (without `node` and the script) and resolves with the exit code. */
async function main(args: string[]): Promise<number> {
  let values: {
    url?: string | undefined;
    timeout?: string | undefined;
    help?: boolean | undefined;
  };
  try {
    ({ values } = parseArgs({
      // `pnpm demo -- --url …` passes the `--` through; it separates nothing here.
      args: args.filter((arg) => arg !== "--"),
      options: {
        url: { type: "string" },
        timeout: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const timeoutMs = Number(values.timeout ?? DEFAULT_DEMO_TIMEOUT_MS);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    process.stderr.write(
      `--timeout must be a positive whole number of milliseconds, got "${values.timeout}".\n`,
    );
    return 2;
  }

  const color = shouldUseColor({ env: process.env, isTTY: process.stdout.isTTY });
  const errColor = shouldUseColor({ env: process.env, isTTY: process.stderr.isTTY });
  const interrupt = new AbortController();
  const onSignal = () => interrupt.abort(new Error("interrupted"));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  let server: FakeServer | undefined;
  try {
    const target = values.url ?? nonEmpty(process.env.WFKIT_BASE_URL);
    let baseUrl: string;
    let serverLabel: string;
    if (target === undefined) {
      server = await createFakeServer({
        workflows: { [WORKFLOW_KEY]: cityWorkflow },
        listen: true,
        clock: "real",
      });
      baseUrl = server.url;
      serverLabel = "fake server from @wfkit/test-utils";
    } else {
      baseUrl = target;
      serverLabel = values.url === undefined ? "from WFKIT_BASE_URL" : "from --url";
    }
    await runDemo({
      baseUrl,
      out: process.stdout,
      color,
      serverLabel,
      timeoutMs,
      signal: interrupt.signal,
    });
    return 0;
  } catch (error) {
    const c = picocolors.createColors(errColor);
    const message = interrupt.signal.aborted
      ? "interrupted."
      : error instanceof DemoError
        ? error.message
        : String((error as Error)?.stack ?? error);
    process.stderr.write(`\n${c.red("✖")} ${c.bold("The demo failed:")} ${message}\n`);
    return interrupt.signal.aborted ? 130 : 1;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await server?.close();
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

// Exit explicitly: a server that keeps a connection open must not keep the demo alive.
process.exit(await main(process.argv.slice(2)));
