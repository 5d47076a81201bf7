import type { Options } from "tsup";

/** The build every published package shares: ESM, declarations, ES2022. */
export const packageBuild: Options = {
  entry: ["src/index.ts"],
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  // Builds resolve workspace packages through node_modules, never their sources.
  tsconfig: "../../tsconfig.build.json",
};
