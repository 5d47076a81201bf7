/**
 * Property tests (fast-check) run from a fixed seed, so `pnpm check` gives the same verdict on
 * every run, as the hostile fuzz tests do. fast-check prints the seed and the shrunk case of a
 * failure. `WFKIT_PROPERTY_SEED=<n>` replays another seed; `WFKIT_PROPERTY_SEED=random` explores
 * (`pnpm test:explore`).
 */
import fc from "fast-check";

const given = process.env["WFKIT_PROPERTY_SEED"];
if (given !== "random") {
  const seed = given === undefined ? 20_261_202 : Number(given);
  if (!Number.isInteger(seed)) {
    throw new Error(
      `WFKIT_PROPERTY_SEED must be an integer or "random", got ${JSON.stringify(given)}.`,
    );
  }
  fc.configureGlobal({ seed });
}
