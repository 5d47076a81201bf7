/** Inputs of {@link computeBackoff}. */
export interface BackoffOptions {
  /** Delay before the first retry, before jitter. */
  baseDelayMs: number;
  /** Upper bound of any delay. */
  maxDelayMs: number;
  /** Returns a number in [0, 1); `Math.random` by default. Inject for deterministic tests. */
  random?: () => number;
}

/**
 * Delay before retry number `attempt` (1-based): capped exponential backoff with "equal jitter",
 * i.e. a uniform value in [d/2, d] where d = min(maxDelayMs, baseDelayMs × 2^(attempt−1)).
 * Pure: the same inputs and `random` give the same delay.
 *
 * @example
 * ```ts
 * computeBackoff(3, { baseDelayMs: 100, maxDelayMs: 1000 }); // between 200 and 400
 * ```
 */
export function computeBackoff(attempt: number, options: BackoffOptions): number {
  const { baseDelayMs, maxDelayMs, random = Math.random } = options;
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(exponent, 52));
  const jitter = Math.min(Math.max(random(), 0), 1);
  return Math.max(0, Math.round(ceiling / 2 + (ceiling / 2) * jitter));
}
