import { InvalidArgumentError } from "./errors.js";
import { checkNumber } from "./options.js";
import { MAX_TIMER_MS } from "./transport.js";

/** The watch options the client checks before it hands them to the watcher. */
interface CheckedWatchOptions {
  stallTimeoutMs?: number | undefined;
  maxRecordBytes?: number | undefined;
  reconnect?:
    | {
        maxAttempts?: number | undefined;
        baseDelayMs?: number | undefined;
        maxDelayMs?: number | undefined;
      }
    | undefined;
}

/**
 * Checks the numeric options of `watch`/`watchRecords`, so that no value can turn the watcher's
 * reconnect or reconciliation loop into a request storm: `stallTimeoutMs` a positive number of
 * milliseconds up to 2^31 - 1, `reconnect.maxAttempts` a whole number from 0 to 1000, the
 * reconnect delays finite and not negative (the base at most the cap), `maxRecordBytes` a positive
 * whole number.
 *
 * @param method - the public method, for the message.
 * @throws `InvalidArgumentError` before anything is sent.
 */
export function checkWatchOptions(options: CheckedWatchOptions | undefined, method: string): void {
  if (options === undefined || options === null) return;
  const where = (name: string) => `${method}: ${name}`;
  if (options.stallTimeoutMs !== undefined) {
    checkNumber(options.stallTimeoutMs, where("stallTimeoutMs"), { min: 1, max: MAX_TIMER_MS });
  }
  if (options.maxRecordBytes !== undefined) {
    checkNumber(options.maxRecordBytes, where("maxRecordBytes"), { min: 1, integer: true });
  }
  const reconnect = options.reconnect;
  if (reconnect === undefined) return;
  if (typeof reconnect !== "object" || reconnect === null) {
    throw new InvalidArgumentError(`${where("reconnect")} must be an object.`);
  }
  if (reconnect.maxAttempts !== undefined) {
    checkNumber(reconnect.maxAttempts, where("reconnect.maxAttempts"), {
      min: 0,
      max: 1000,
      integer: true,
    });
  }
  for (const name of ["baseDelayMs", "maxDelayMs"] as const) {
    if (reconnect[name] !== undefined) {
      checkNumber(reconnect[name], where(`reconnect.${name}`), { min: 0, max: MAX_TIMER_MS });
    }
  }
  const { baseDelayMs, maxDelayMs } = reconnect;
  if (baseDelayMs !== undefined && maxDelayMs !== undefined && baseDelayMs > maxDelayMs) {
    throw new InvalidArgumentError(
      `${where("reconnect.baseDelayMs")} (${baseDelayMs}) must not exceed reconnect.maxDelayMs (${maxDelayMs}).`,
    );
  }
}
