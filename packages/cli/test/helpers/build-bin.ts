/**
 * Bundles the `wfkit` bin from its sources with esbuild, once per test process, so terminal
 * tests start one plain Node script (no transpiling at startup). `@wfkit/*` come from their
 * sources, through the tsconfig paths.
 */
import { build } from "esbuild";
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

let built: Promise<string> | undefined;

/** The path of the bundled bin (built on first use). */
export const builtBin = (): Promise<string> => {
  built ??= (async () => {
    const outdir = `${root}node_modules/.cache/wfkit-test-bin-${process.pid}-${randomUUID().slice(0, 8)}`;
    process.once("exit", () => rmSync(outdir, { recursive: true, force: true }));
    await build({
      entryPoints: [`${root}src/bin.ts`],
      outdir,
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      outExtension: { ".js": ".mjs" },
      tsconfig: `${root}tsconfig.json`,
      // CommonJS dependencies `require()` Node built-ins: give the bundle a real `require`.
      banner: {
        js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
      },
      logLevel: "error",
    });
    return `${outdir}/bin.mjs`;
  })();
  return built;
};
