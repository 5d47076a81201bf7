#!/usr/bin/env node
import { CLI_NAME } from "./index.js";

process.stdout.write(`${CLI_NAME}\n`);
