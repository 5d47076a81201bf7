import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  // Builds resolve workspace packages through node_modules, never their sources.
  tsconfig: "../../tsconfig.build.json",
});
