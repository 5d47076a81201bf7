/**
 * Typed JSON answers for the fake servers' route tables: "operation X answers status S with body
 * B", where B is what the generated wire types (openapi-typescript) document for X and S. Both
 * generations use it, each over its own table of operations.
 */
import { jsonResponse } from "./http-common.js";

/** The `responses` of an openapi-typescript operation. */
type ResponsesOf<O> = O extends { responses: infer R } ? R : never;

/** The JSON body operation `O` documents for status `S` (`never` when it has none). */
export type JsonBodyOf<O, S extends keyof ResponsesOf<O>> = ResponsesOf<O>[S] extends {
  content: { "application/json": infer B };
}
  ? B
  : never;

/** The statuses of operation `O`. */
export type StatusOf<O> = keyof ResponsesOf<O> & number;

/** A typed JSON answer of the operations `Ops` (operation key to generated operation type). */
export type Reply<Ops> = <K extends keyof Ops, S extends StatusOf<Ops[K]>>(
  op: K,
  status: S,
  body: JsonBodyOf<Ops[K], S>,
) => Response;

/**
 * Creates the typed answer helper of a route table: the body must match what the spec documents
 * for the operation and status, or the call does not compile.
 */
export const createReply =
  <Ops>(): Reply<Ops> =>
  (_op, status, body) =>
    jsonResponse(status, body);
