#!/usr/bin/env node
/**
 * Runs the Mastra 1.x harness server in the foreground on Node 22, from any Node:
 *
 *   node harness/mastra-1.x/src/cli.js [--port 4111] [--storage memory|libsql]
 */
import { runMastra1Cli } from "./index.js";

process.exitCode = await runMastra1Cli(process.argv.slice(2));
