/** What a 0.x route handler receives about its request. */
import type { WatchFault } from "./faults.js";
import type { IncomingRequest } from "./incoming.js";
import type { SpecOperation } from "./spec-validation.js";

/** One routed 0.x request. */
export interface Ctx {
  request: IncomingRequest;
  url: URL;
  op: SpecOperation;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The raw body text (empty when none). */
  bodyText: string;
  watchFaults: WatchFault[];
}
