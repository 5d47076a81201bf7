/** What the fixture-capture scripts share. */
import { writeFile } from "node:fs/promises";

/**
 * Creates `save(name, content)`, which writes a fixture into the folder `dir` (a `file:` URL
 * ending in `/`) and says so on stdout.
 */
export const createFixtureWriter = (dir) => async (name, content) => {
  await writeFile(new URL(name, dir), content);
  console.log(`wrote ${name} (${content.length} bytes)`);
};

/**
 * The status line and headers of `response` as a fixture text, one per line, leaving out the
 * headers named in `skip` (lower case) and ending with a newline.
 */
export const headersFixture = (response, skip = ["date"]) => {
  const lines = [`HTTP/1.1 ${response.status} ${response.statusText}`];
  for (const [name, value] of response.headers) {
    if (!skip.includes(name)) lines.push(`${name}: ${value}`);
  }
  return `${lines.join("\n")}\n`;
};
