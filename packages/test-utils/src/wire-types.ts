/**
 * The wire types generated from `openapi/workflows.yaml`, as `@wfkit/client` exports them (the only
 * way this package sees the generated file), and
 * the operation keys derived from them: adding an operation to the spec without serving it in
 * the fake server fails to compile.
 */
import type { components, paths } from "@wfkit/client";

export type { components, paths };

type Method = "get" | "post" | "put" | "delete" | "patch";

/** `"GET /workflows/{workflowId}"`-style keys of every operation in the spec. */
export type RouteKey = {
  [P in keyof paths]: {
    [M in Method]: undefined extends paths[P][M] ? never : `${Uppercase<M>} ${P & string}`;
  }[Method];
}[keyof paths];

/** The generated operation type of a route key. */
export type OperationOf<R extends RouteKey> = R extends `${infer M} ${infer P extends keyof paths}`
  ? paths[P][Lowercase<M> & keyof paths[P]]
  : never;
