import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/main.ts"],
  format: ["esm"],
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "node",
  removeNodeProtocol: false,
  // Like a user's app, the demo runs against the packages' built dist, never their sources.
  tsconfig: "../../tsconfig.build.json",
});
