// Size budget: what @wfkit/client + @wfkit/watch add to a browser bundle (esbuild, minified,
// gzipped), every chunk inlined into one file: what an app that bundles without code splitting
// ships. Target 6 kB up front and 16 kB in all; the limits were set ~3% above what the packages
// reached then and are not raised when code grows, with two exceptions of +0.1 kB each: the
// watch's flat dedupe keys (to 30.7 and 30.1 kB), which cut a 1,000-step run's watch from 2.6-2.9x
// to 1.6-1.9x the time of a bare fetch and its peak heap by a quarter (`pnpm bench
// steps-scaling`); and letting a run-state lookup already sent finish when its watch ends (to 30.8
// and 30.2 kB), which cut 1,000 watches' peak RSS from 1.27x to 1.15x bare fetches and their time
// from 1.79x to 0.96x (`pnpm bench watch-scaling`).
// Today: 30.75 kB with every export, 30.11 kB for MastraClient alone, openapi-fetch's 2.5 kB
// included (it was 14.24 kB before the hardened transport, the resume preflight and the 1.x
// surface).
// The 1.x protocol, the calls beyond the 0.10 surface and `allRuns` load on
// demand (one dynamic import, `on-demand.ts`): scripts/size-up-front.js measures what loads up
// front with code splitting, scripts/size-attribution.js which modules that is, and
// scripts/size-coverage.js how much of it the seed's calls never run.
// For scale, @mastra/client-js 0.10.23 measured the same way: 49.13 kB.
// `pnpm size` enforces the limit on the built packages, then scripts/size-up-front.js reports (and
// limits) what the seed's calls load up front with code splitting, and every chunk. `pnpm size:compare` installs
// @mastra/client-js 0.10.23 into bench/.contenders and prints it measured the same way.
import { existsSync } from "node:fs";

const MASTRA = "bench/.contenders/node_modules/@mastra/client-js/dist/index.js";

// Resolve workspace packages through node_modules to their built files, never their sources.
const modifyEsbuildConfig = (config) => ({ ...config, tsconfig: "tsconfig.build.json" });

const checks = [
  {
    name: "@wfkit/client + @wfkit/watch (browser, min+gzip, all exports)",
    path: "scripts/size-entry.js",
    gzip: true,
    modifyEsbuildConfig,
    limit: "30.8 kB",
  },
  {
    name: "@wfkit/client: MastraClient only (browser, min+gzip)",
    path: "packages/client/dist/index.js",
    import: "{ MastraClient }",
    gzip: true,
    modifyEsbuildConfig,
    limit: "30.2 kB",
  },
];

if (process.env.WFKIT_SIZE_COMPARE === "1" && existsSync(MASTRA)) {
  checks.push({
    name: "@mastra/client-js 0.10.23: MastraClient (browser, min+gzip; not enforced)",
    path: MASTRA,
    import: "{ MastraClient }",
    gzip: true,
    modifyEsbuildConfig,
  });
}

export default checks;
