/**
 * Creates `save(name, content)`, which writes a fixture into the folder `dir` (a `file:` URL
 * ending in `/`) and says so on stdout.
 *
 * @example
 * ```js
 * const save = createFixtureWriter(new URL("../test/fixtures/", import.meta.url));
 * await save("stream-city.bin", bytes);
 * ```
 */
export declare function createFixtureWriter(
  dir: URL,
): (name: string, content: string | Uint8Array) => Promise<void>;

/**
 * The status line and headers of `response` as a fixture text, one per line, leaving out the
 * headers named in `skip` (lower case) and ending with a newline.
 *
 * @defaultValue `skip`: `["date"]`
 */
export declare function headersFixture(response: Response, skip?: readonly string[]): string;
