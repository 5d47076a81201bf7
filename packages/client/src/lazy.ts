/**
 * Code only some users need (the 1.x protocol, the calls beyond the 0.10 surface) loads with a
 * dynamic `import()` when first used, so bundlers split it into its own chunk and a browser app
 * does not load it up front. These wrappers stand in for the loaded objects until then.
 */
import type { WatchSource } from "@wfkit/watch";
import type { WorkflowsProtocol } from "./protocol.js";
import type { SurfaceProtocol } from "./protocol-surface.js";

/** `load`, called once; a failed load (a chunk that did not arrive) is tried again next time. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () =>
    (loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    }));
}

type Method = (...args: never[]) => unknown;

/** `name` of the object `get` loads (it sees the call's arguments), callable before it has loaded. */
function forward<T extends { [P in K]: Method }, K extends keyof T>(
  get: (args: Parameters<T[K]>) => Promise<T>,
  name: K,
) {
  return async (...args: Parameters<T[K]>): Promise<Awaited<ReturnType<T[K]>>> => {
    const target = await get(args);
    return Reflect.apply(target[name], target, args);
  };
}

/** Each of `names` of the object `get` loads, callable before it has loaded. */
export function forwardAll<T extends { [P in K]: Method }, K extends keyof T>(
  get: (args: Parameters<T[K]>) => Promise<T>,
  names: readonly K[],
) {
  type Forwarded = { [P in K]: ReturnType<typeof forward<T, P>> };
  return Object.fromEntries(names.map((name) => [name, forward(get, name)])) as Forwarded;
}

/** The calls beyond the 0.10 surface: those of {@link SurfaceProtocol} and of `WorkflowSurface`. */
export const SURFACE_CALLS = [
  "stream",
  "resumeStream",
  "observeStream",
  "resumeNoWait",
  "restart",
  "restartAsync",
  "timeTravel",
  "timeTravelAsync",
  "timeTravelStream",
  "deleteRun",
  "runCounts",
] as const satisfies readonly (keyof SurfaceProtocol)[];

/** A {@link WatchSource} that `load` makes on its first use (once). */
export function lazySource(load: () => Promise<WatchSource>): WatchSource {
  let source: WatchSource | undefined;
  const resolve = async () => (source ??= await load());
  return {
    open: async (signal) => (await resolve()).open(signal),
    state: async (signal) => (await resolve()).state(signal),
  };
}

/** A {@link SurfaceProtocol} whose implementation `get` loads on the first call. */
export function createLazySurface(get: () => Promise<SurfaceProtocol>): SurfaceProtocol {
  return forwardAll(get, SURFACE_CALLS);
}

/** A {@link WorkflowsProtocol} whose implementation `load` loads on the first call. */
export function createLazyProtocol(load: () => Promise<WorkflowsProtocol>): WorkflowsProtocol {
  const get = once(load);
  return {
    listWorkflows: forward(get, "listWorkflows"),
    getWorkflow: forward(get, "getWorkflow"),
    listRuns: forward(get, "listRuns"),
    getRun: forward(get, "getRun"),
    getExecutionResult: forward(get, "getExecutionResult"),
    createRun: forward(get, "createRun"),
    start: forward(get, "start"),
    startAsync: forward(get, "startAsync"),
    resume: forward(get, "resume"),
    resumeAsync: forward(get, "resumeAsync"),
    cancelRun: forward(get, "cancelRun"),
    sendRunEvent: forward(get, "sendRunEvent"),
    watchSource: (workflowId, runId, call) =>
      lazySource(async () => (await get()).watchSource(workflowId, runId, call)),
    surface: createLazySurface(async () => (await get()).surface),
  };
}
