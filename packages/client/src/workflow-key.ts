import { isNotFoundError } from "./errors.js";
import type { WorkflowsProtocol } from "./protocol.js";
import type { CallOptions } from "./transport.js";

/**
 * Addresses a workflow by its registration key, the canonical name on both generations. When a
 * call answers 404 (which ran nothing), the workflow list is read once: if the name given is not a
 * key but the `name` (id) of exactly one workflow, its key is used from then on and the call is
 * sent again. So `getWorkflow("city-workflow")` behaves the same on 0.x (which knows only keys)
 * and 1.x (which also answers some routes by id).
 */
export interface WorkflowKey {
  /** Runs `send` with the key; after a 404, resolves an id to its key once and sends again. */
  send<T>(send: (key: string) => Promise<T>, call: CallOptions): Promise<T>;
}

/** Creates the {@link WorkflowKey} of `given`. */
export function createWorkflowKey(protocol: WorkflowsProtocol, given: string): WorkflowKey {
  let key = given;
  let checked = false;
  return {
    async send(send, call) {
      try {
        return await send(key);
      } catch (error) {
        if (checked || !isNotFoundError(error)) throw error;
        checked = true;
        const list = await protocol.listWorkflows(call).catch(() => undefined);
        if (list === undefined || Object.hasOwn(list, given)) throw error;
        const keys = Object.keys(list).filter(
          (k) => (list[k] as { name?: unknown } | undefined)?.name === given,
        );
        if (keys.length !== 1) throw error;
        key = keys[0]!;
        return send(key);
      }
    },
  };
}
