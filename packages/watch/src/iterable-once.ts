import { StreamConsumedError } from "./errors.js";

/**
 * Makes `iterator` iterable exactly once: a second `[Symbol.asyncIterator]()` throws
 * {@link StreamConsumedError}. `extra` is copied onto the result (e.g. a `ready` promise).
 * The one wrapper behind every iterator this package hands out.
 */
export const iterableOnce = <T, X extends object = object>(
  iterator: AsyncIterator<T>,
  extra?: X,
): AsyncIterableIterator<T> & X => {
  let claimed = false;
  const result = {
    ...extra,
    next: () => iterator.next(),
    return: (value?: unknown) =>
      iterator.return?.(value) ?? Promise.resolve({ done: true as const, value: undefined }),
    throw: (error?: unknown) => iterator.throw?.(error) ?? Promise.reject(error),
    [Symbol.asyncIterator]() {
      if (claimed) throw new StreamConsumedError();
      claimed = true;
      return result;
    },
  } as AsyncIterableIterator<T> & X;
  return result;
};
