#!/usr/bin/env node
import { main } from "./main.js";

const interrupt = new AbortController();
process.on("SIGINT", () => {
  // A second Ctrl-C leaves at once.
  if (interrupt.signal.aborted) process.exit(130);
  interrupt.abort();
});

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  interrupt: interrupt.signal,
});
process.exitCode = code;
// Prompts and sockets may keep the loop alive; the command is done.
process.exit(code);
