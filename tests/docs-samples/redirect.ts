/**
 * Points a sample's calls at the fake server: while installed, `fetch` to the client's default
 * server (`http://localhost:4111`) goes to the fake's URL instead, over real HTTP, so a sample runs
 * verbatim. Everything the sample prints is kept instead of shown.
 */

/** The origin `new MastraClient()` talks to when given no `baseUrl`. */
export const DEFAULT_ORIGIN = "http://localhost:4111";

/** What a redirected sample printed, and `restore()`. */
export interface Redirect {
  printed: unknown[][];
  restore(): void;
}

const retarget = (url: string, target: string): string =>
  url.startsWith(DEFAULT_ORIGIN) ? target + url.slice(DEFAULT_ORIGIN.length) : url;

/** Installs the redirect to `target` (an origin such as `http://127.0.0.1:5555`). */
export const redirectDefaultServer = (target: string): Redirect => {
  const original = globalThis.fetch;
  const { log, info, warn } = console;
  const printed: unknown[][] = [];
  globalThis.fetch = (input, init) => {
    if (input instanceof Request) {
      const url = retarget(input.url, target);
      return original(url === input.url ? input : new Request(url, input), init);
    }
    return original(retarget(String(input), target), init);
  };
  console.log = console.info = console.warn = (...args: unknown[]) => void printed.push(args);
  return {
    printed,
    restore: () => {
      globalThis.fetch = original;
      Object.assign(console, { log, info, warn });
    },
  };
};
