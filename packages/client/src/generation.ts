import type { ServerProtocol } from "./detect.js";

/**
 * A Mastra server generation: `"0.x"` (Mastra 0.10–0.24) or `"1.x"` (Mastra 1.x). The one name
 * wfkit uses for it; `ServerProtocol` (`"v0"`/`"v1"`) is its deprecated alias.
 */
export type ServerGeneration = "0.x" | "1.x";

/** The `generation` client option: a generation, or `"auto"` to detect it on the first call. */
export type GenerationOption = "auto" | ServerGeneration;

/** The generation a (deprecated) protocol name stands for. */
export const toGeneration = (protocol: ServerProtocol): ServerGeneration =>
  protocol === "v0" ? "0.x" : "1.x";

/** The protocol name of a generation, for the deprecated `protocol` option. */
export const toProtocol = (generation: ServerGeneration): ServerProtocol =>
  generation === "0.x" ? "v0" : "v1";
