/** JSON cloning the way Mastra's in-memory store copies what it keeps. */

/** A JSON clone (`undefined` stays `undefined`). */
export const clone = <T>(value: T): T =>
  value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);

/** `T` with its `undefined`-able properties made optional (what JSON serialisation does). */
export type Compact<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** A JSON clone of `value`, typed without the `undefined` properties JSON drops. */
export const compact = <T extends object>(value: T): Compact<T> => {
  // `JSON.parse` answers `any`: the JSON text of a `T` is exactly a `Compact<T>`.
  const copy: Compact<T> = JSON.parse(JSON.stringify(value));
  return copy;
};
