import { unsupportedOnV0 } from "./protocol-surface.js";

/**
 * The 1.x-only fields of a start body: on 1.x (`v1`) the request's `options1x`; on 0.x an
 * `UnsupportedByServerError` naming the first one, before anything is sent.
 */
export function startOptionsBody(
  request: { options1x?: Record<string, unknown> | undefined },
  v1: boolean,
  call: "start" | "startAsync",
): Record<string, unknown> {
  const options = request.options1x ?? {};
  const first = Object.keys(options)[0];
  if (first === undefined || v1) return options;
  throw unsupportedOnV0(call, `the \`${first}\` option`);
}
