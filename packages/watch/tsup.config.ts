import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.config.base.js";

// `internal` is the documented subpath other wfkit packages use (`@wfkit/watch/internal`).
export default defineConfig({ ...packageBuild, entry: ["src/index.ts", "src/internal.ts"] });
