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

const testUtilsSource = (file: string): string =>
  fileURLToPath(new URL(`../../../test-utils/src/${file}`, import.meta.url));
const registryEntry = testUtilsSource("registry-entry.js");

/**
 * Type errors of a program asserting that a generated file's `WfkitWorkflows` is the type
 * `@wfkit/test-utils` exports as `SampleWorkflowRegistry`, and the entries its DSL derives from the
 * sample workflows themselves (`RegistryOf<typeof sampleWorkflows>`).
 */
export async function compareWithSampleRegistry(generated: string): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), "wfkit-typegen-"));
  try {
    await writeFile(join(dir, "wfkit-workflows.gen.ts"), generated);
    const check = join(dir, "check.ts");
    await writeFile(
      check,
      [
        'import type {} from "@wfkit/client";',
        'import type { WfkitWorkflows } from "./wfkit-workflows.gen.js";',
        `import type { SampleWorkflowRegistry } from ${JSON.stringify(registryEntry)};`,
        `import type { RegistryOf } from ${JSON.stringify(testUtilsSource("workflow-registry.js"))};`,
        `import type { sampleWorkflows } from ${JSON.stringify(testUtilsSource("sample-workflows.js"))};`,
        "type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;",
        "export const same: Equal<WfkitWorkflows, SampleWorkflowRegistry> = true;",
        "export const derived: Equal<WfkitWorkflows, RegistryOf<typeof sampleWorkflows>> = true;",
        "",
      ].join("\n"),
    );
    return typeErrors([check]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
