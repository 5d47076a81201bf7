/**
 * `@wfkit/watch/internal`: what other wfkit packages share with the watcher. Not part of the
 * public API: it may change in any release without notice. Users import from `@wfkit/watch`.
 *
 * - `computeBackoff` / `BackoffOptions`: the client's retry delays use the watcher's backoff.
 * - `startClockTimer`: one timer on any clock (a plain timer on the wall clock), for the
 *   client's per-attempt timeouts too.
 * - `sleep`: the wall clock's abortable sleep (`systemClock.sleep`), the client's default.
 * - `nameGuard` / `codeGuard`: build the client's `is*` error guards on the shared brand.
 * - `RECORD_EXCERPT_LENGTH`: the excerpt length of `RecordParseError.text`.
 * - `isAbortLike`: how the watcher recognises an abort from any layer.
 * - `finishedReason`: the reason a connection signal aborts with once its run reached the watch's
 *   stop (the client's lookup slots let a lookup already sent finish then).
 * - `RUN_STATUSES_1X`: every 1.x run status, generated from the 1.x spec (the client's normalisers).
 * - `STEP_STATUSES_1X`: every 1.x step status, generated likewise (the time-travel `context` check).
 */
export { computeBackoff } from "./backoff.js";
export type { BackoffOptions } from "./backoff.js";
export { startTimer as startClockTimer, systemClock } from "./clock.js";
export type { Sleep } from "./clock.js";
export { RECORD_EXCERPT_LENGTH } from "./errors.js";
export { codeGuard, nameGuard } from "./wfkit-error.js";
export { finishedReason, isAbortLike } from "./watch-settings.js";
export { RUN_STATUSES_1X, STEP_STATUSES_1X } from "./generated/statuses.gen.js";

import { systemClock } from "./clock.js";
import type { Sleep } from "./clock.js";

/** The wall clock's abortable sleep; rejects with `WatchAbortError` when `signal` aborts. */
export const sleep: Sleep = (ms, signal) => systemClock.sleep(ms, signal);
