/** Where the demo's colour decision comes from: the environment and whether stdout is a terminal. */
export interface ColorContext {
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean | undefined;
}

/**
 * Whether to colour the transcript, following Node's own rules: `FORCE_COLOR` wins (`0` or `false`
 * turns colour off, any other value on), then a non-empty `NO_COLOR` turns it off, then a terminal
 * (other than `TERM=dumb`) turns it on. Pipes and files get plain text.
 *
 * @example
 * ```ts
 * shouldUseColor({ env: process.env, isTTY: process.stdout.isTTY });
 * ```
 */
export function shouldUseColor({ env, isTTY }: ColorContext): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return isTTY === true && env.TERM !== "dumb";
}
