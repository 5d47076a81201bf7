/**
 * What `strict` and `validateResponses` do, for either generation's handler: a request checked
 * against its spec operation (400 `{ error }` when it does not match), a JSON answer checked
 * against the schema the spec documents for its status (recorded in `server.violations` and
 * answered as a 500 when it does not match).
 */
import { errorResponse } from "./http-common.js";
import type { IncomingRequest } from "./incoming.js";
import type { SpecOperation, SpecValidator } from "./spec-validation.js";

/** A response that did not match the spec. */
export interface SpecViolation {
  operationId: string;
  method: string;
  path: string;
  status: number;
  message: string;
}

/** Where a response was answered: the operation, the request and its URL. */
export interface SpecCheckContext {
  op: SpecOperation;
  request: IncomingRequest;
  url: URL;
}

/** Options of {@link createSpecChecks}. */
export interface SpecChecksOptions {
  validator: SpecValidator;
  violations: SpecViolation[];
  /** The document's file, for messages: `openapi/workflows.yaml`. */
  document: string;
}

/** Creates the checks of one handler. */
export const createSpecChecks = ({ validator, violations, document }: SpecChecksOptions) => {
  const violation = (ctx: SpecCheckContext, status: number, message: string) => {
    violations.push({
      operationId: ctx.op.operationId,
      method: ctx.request.method,
      path: ctx.url.pathname,
      status,
      message,
    });
  };

  /** The 400 a strict server answers for a request that does not match the spec, if any. */
  const checkRequest = (
    op: SpecOperation,
    parts: { pathParams: Record<string, string>; query: URLSearchParams; bodyText: string },
  ): Response | undefined => {
    let body: unknown;
    const hasBody = parts.bodyText.length > 0;
    if (hasBody) {
      try {
        body = JSON.parse(parts.bodyText);
      } catch (error) {
        return errorResponse(
          400,
          `Invalid request: the body is not valid JSON (${(error as Error).message})`,
        );
      }
    }
    const problem = validator.validateRequest(op, { ...parts, body, hasBody });
    return problem ? errorResponse(400, problem) : undefined;
  };

  const violated = (ctx: SpecCheckContext, status: number, problem: string): Response => {
    violation(ctx, status, problem);
    return errorResponse(500, `Fake server response violates ${document}: ${problem}`);
  };

  /** The response, or a 500 when its status, content type or JSON body leaves the spec. */
  const checkResponse = async (ctx: SpecCheckContext, response: Response): Promise<Response> => {
    const type = response.headers.get("content-type") ?? "";
    if (!type.includes("application/json")) {
      const problem = validator.validateResponse(ctx.op, response.status, type, undefined);
      return problem ? violated(ctx, response.status, problem) : response;
    }
    const text = await response.text();
    let parsed: unknown;
    let problem: string | undefined;
    try {
      parsed = JSON.parse(text);
    } catch {
      problem = `${ctx.op.operationId}: the body is not JSON`;
    }
    problem ??= validator.validateResponse(ctx.op, response.status, type, parsed);
    if (problem) return violated(ctx, response.status, problem);
    return new Response(text, { status: response.status, headers: response.headers });
  };

  return { violation, checkRequest, checkResponse };
};
