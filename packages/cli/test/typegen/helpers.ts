import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { typeErrors } from "./compile.js";

const fixture = (name: string): string =>
  fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/**
 * Compiles a generated file with the checked-in usage files, both ways an app uses it: included by
 * tsconfig next to `usage.ts`, and imported once by `usage-import.ts`. Returns the type errors.
 */
export async function compileWithUsage(generated: string): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), "wfkit-typegen-"));
  try {
    const gen = join(dir, "wfkit-workflows.gen.ts");
    await writeFile(gen, generated);
    const importing = join(dir, "usage-import.ts");
    await writeFile(importing, await readFile(fixture("usage-import.ts"), "utf8"));
    return [...typeErrors([gen, fixture("usage.ts")]), ...typeErrors([importing])];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
