/**
 * What a seed program imports besides the seed's own lines: `MastraClient` bound to the server
 * under test, and the seed's free variables (`inputData`, `prevRunId`, `run`). The seed constructs
 * `new MastraClient()` (default baseUrl); this module's `MastraClient` is the client under test
 * (wfkit, or upstream `@mastra/client-js` for comparison) with the target's baseUrl as its default,
 * so no seed line changes. Every workflow method call and its outcome is recorded for the test.
 */

/** One recorded call of a workflow method. */
export interface SeedCall {
  method: string;
  args: unknown[];
  /** The call's promise (or value), settled or not. */
  outcome: unknown;
}

interface SeedConfig {
  /** The client class under test. */
  Client: new (options: { baseUrl: string }) => object;
  baseUrl: string;
  inputData?: unknown;
  prevRunId?: string;
  run?: { runId: string };
}

let config: SeedConfig | undefined;
/** Every workflow call the running program made, in order. */
export const calls: SeedCall[] = [];

/** Sets the client and free variables of the next program; clears the recorded calls. */
export function configureSeed(next: SeedConfig): void {
  config = next;
  calls.length = 0;
  inputData = next.inputData;
  prevRunId = next.prevRunId;
  run = next.run;
}

/** @public The seed programs `seed-program.ts` writes import this. */
export let inputData: unknown;
/** @public The seed programs `seed-program.ts` writes import this. */
export let prevRunId: string | undefined;
/** @public The seed programs `seed-program.ts` writes import this. */
export let run: { runId: string } | undefined;

const recorded = (workflow: object): object =>
  new Proxy(workflow, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== "function" || typeof key !== "string") return value;
      return (...args: unknown[]) => {
        const outcome: unknown = value.apply(target, args);
        if (outcome instanceof Promise) outcome.catch(() => {});
        calls.push({ method: key, args, outcome });
        return outcome;
      };
    },
  });

/**
 * The seed's `MastraClient`: the client under test, on the target's baseUrl.
 * @public The seed programs `seed-program.ts` writes import this.
 */
export class MastraClient {
  readonly #inner: { getWorkflow(id: string): object };
  constructor() {
    if (config === undefined) throw new Error("configureSeed() first");
    this.#inner = new config.Client({ baseUrl: config.baseUrl }) as never;
  }
  getWorkflow(id: string): object {
    return recorded(this.#inner.getWorkflow(id));
  }
}
