// `pnpm hostile:figures` (or `pnpm bench hostile`): reruns each attack of issue 11 against the
// built packages and prints the closing table: finding, attack, figure before the fix (from the
// issue) and figure now. The attack code is the hostile suite's (tests/hostile/helpers), loaded
// through tsx with `@wfkit/*` mapped to the packages' dist (bench/hostile/tsconfig.json).
// HOSTILE_RUNS_PER_MODE (default 40) and HOSTILE_REQUESTS (default 50,000) size the long ones.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

if (process.env.WFKIT_HOSTILE_FIGURES !== "1") {
  // Re-run under tsx (for the TypeScript helpers) with --expose-gc (for flat-memory figures).
  const result = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      stdio: "inherit",
      cwd: fileURLToPath(new URL("..", import.meta.url)),
      env: {
        ...process.env,
        WFKIT_HOSTILE_FIGURES: "1",
        TSX_TSCONFIG_PATH: fileURLToPath(new URL("./hostile/tsconfig.json", import.meta.url)),
      },
    },
  );
  process.exit(result.status ?? 1);
}

const client = await import("./hostile/client-figures.mjs");
const options = await import("./hostile/options-figures.mjs");
const fake = await import("./hostile/fake-figures.mjs");

const runsPerMode = Number(process.env.HOSTILE_RUNS_PER_MODE ?? 40);
const requests = Number(process.env.HOSTILE_REQUESTS ?? 50_000);

/** Finding, attack, figure before (from the issue), measurement now. */
const FINDINGS = [
  [1, "307/308 loop on POST start", "21 deliveries of the start body", client.redirectLoop],
  [
    2,
    "follow: true watchers under 5 fault modes",
    "46 of 200 faulted runs lost outcomes",
    () => fake.watchFaults(runsPerMode),
  ],
  [
    3,
    "request sent, answer lost",
    '"could not reach the server"; a retry runs it twice',
    client.responseLost,
  ],
  [
    4,
    "cross-origin redirects",
    "POST body and x-api-key delivered to the other origin",
    client.crossOrigin,
  ],
  [
    5,
    '"." / ".." ids, baseUrl "?", apiPrefix "#"',
    "path confusion: GET /api/workflows/W/",
    () => client.carelessInput(5),
  ],
  [
    6,
    '"__proto__" step key in results',
    "server sets the prototype of steps",
    client.prototypeKeys,
  ],
  [
    7,
    "200 MB body; gzip bomb",
    "700 MB downloaded 3 times / 1.5 GB RSS; 1 MB gzip bomb: 1 GB, 45 s",
    client.responseSize,
  ],
  [
    8,
    "deep and 60 MB input on /start",
    "process exits (RangeError / Invalid string length)",
    fake.deepInput,
  ],
  [9, "40 watchers that never read", "6.9 GB with 40 non-reading watchers", fake.backpressure],
  [
    10,
    "200 MB body kept by server.requests",
    "861 MB RSS after one 200 MB body",
    fake.recordedBodies,
  ],
  [
    11,
    "in-process fake requests",
    "3.2 KB leaked per in-process request",
    () => fake.inProcessHeap(requests),
  ],
  [12, "long 1.x watch", "386 MB heap after 375 MB of 1.x watch", options.v1WatchHeap],
  [13, "bad numeric options", "420 requests in 3 s with retries: NaN", options.numericOptions],
  [
    14,
    "local input problems",
    "34 local input problems reported as ConnectionError",
    () => client.carelessInput(14),
  ],
  [
    15,
    "raw TypeError/RangeError escapes",
    "startAsync(undefined), apiPrefix: 42, … throw raw",
    () => client.carelessInput(15),
  ],
  [
    16,
    "requireJson misses",
    "Map, Set, RegExp, Error, typed arrays sent as {}",
    () => client.carelessInput(16),
  ],
  [
    17,
    "answers of the wrong shape",
    '303 body returned as a resume ack; runById returns "hello"',
    client.responseShapes,
  ],
  [
    18,
    "server never sends watch headers",
    "18 × timeoutMs (90 min) before await watch() fails",
    options.watchConnect,
  ],
];

const only = process.argv.slice(2).map(Number);
const rows = [];
for (const [n, attack, before, measure] of FINDINGS) {
  if (only.length > 0 && !only.includes(n)) continue;
  const started = performance.now();
  let after;
  try {
    after = await measure();
  } catch (error) {
    after = `attack failed: ${error?.stack ?? error}`;
    process.exitCode = 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  rows.push(`| ${n} | ${attack} | ${before} | ${after} | ${seconds} s |`);
  console.error(`finding ${n} measured in ${seconds} s`);
}
console.log(`node ${process.version}, ${process.platform}/${process.arch}, built packages`);
console.log("| # | attack | before the fix (issue 11) | after (measured now) | took |");
console.log("|---|---|---|---|---|");
for (const row of rows) console.log(row.replaceAll("\n", " "));
