/**
 * Property tests (fast-check) run from a fixed seed, so `pnpm check` gives the same verdict on
 * every run, as the hostile fuzz tests do. fast-check prints the seed and the shrunk case of a
 * failure. `WFKIT_PROPERTY_SEED=<n>` replays another seed; `WFKIT_PROPERTY_SEED=random` explores
 * (`pnpm test:explore`).
 */
import fc from "fast-check";

const given = process.env["WFKIT_PROPERTY_SEED"];
if (given !== "random")
  fc.configureGlobal({ seed: given === undefined ? 20_261_202 : Number(given) });
