/** What a 0.x route handler receives about its request, and how Mastra 0.x reads it. */
import type { WatchFault } from "./faults.js";
import { CORS_HEADERS } from "./http-common.js";
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

/** The answer to a CORS preflight. */
export const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  "access-control-allow-headers": "Content-Type,Authorization,x-mastra-client-type",
  "access-control-allow-methods": "GET,POST,PUT,DELETE,OPTIONS",
  "access-control-max-age": "3600",
  vary: "Access-Control-Request-Headers",
  "content-type": "text/plain; charset=UTF-8",
} as const;

/** `c.req.json()` then destructuring, as Mastra's handlers do: errors become 500s with the JS message. */
export const parseBody = (ctx: Ctx): Record<string, unknown> => {
  const parsed: unknown = JSON.parse(ctx.bodyText);
  if (parsed === null || parsed === undefined) {
    throw new TypeError("Cannot destructure property of '(intermediate value)' as it is null.");
  }
  return Object(parsed) as Record<string, unknown>;
};

/** Mastra reads `runtimeContext` only from POST/PUT bodies labelled JSON. */
export const runtimeContextOf = (ctx: Ctx): Map<string, unknown> => {
  const type = ctx.request.headers.get("content-type") ?? "";
  if (!type.includes("application/json")) return new Map();
  try {
    const body = JSON.parse(ctx.bodyText) as { runtimeContext?: unknown } | null;
    const value = body?.runtimeContext;
    return value ? new Map(Object.entries(value as object)) : new Map();
  } catch {
    return new Map();
  }
};
