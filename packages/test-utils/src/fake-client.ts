import { MastraClient, type ClientOptions } from "@wfkit/client";
import type { ServerGeneration } from "./server-options.js";

/** What {@link createFakeClient} needs of a fake server. */
export interface FakeClientTarget {
  readonly generation: ServerGeneration;
  readonly url: string;
  readonly fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  readonly apiPrefix: string;
}

/**
 * A `MastraClient` on a fake server, typed by registry `R`: the server's URL, `fetch`, API prefix
 * and generation (so no detection request is sent), then `options` over them. Giving `generation`
 * or `protocol` in `options` replaces the server's generation.
 */
export const createFakeClient = <R extends object>(
  target: FakeClientTarget,
  options: ClientOptions = {},
): MastraClient<R> => {
  const chooses = options.generation !== undefined || options.protocol !== undefined;
  return new MastraClient<R>({
    baseUrl: target.url,
    fetch: target.fetch,
    apiPrefix: target.apiPrefix,
    ...(chooses ? {} : { generation: target.generation }),
    ...options,
  });
};
