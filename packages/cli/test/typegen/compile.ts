/**
 * Type-checks a few files as an app would, with the TypeScript compiler API: strict options, and
 * `@wfkit/client` resolved to the package's source.
 */
import { fileURLToPath } from "node:url";
import ts from "typescript";

const packages = fileURLToPath(new URL("../../../", import.meta.url));

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts", "lib.esnext.disposable.d.ts"],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
  paths: {
    "@wfkit/client": [`${packages}client/src/index.ts`],
    "@wfkit/watch": [`${packages}watch/src/index.ts`],
    "@wfkit/watch/internal": [`${packages}watch/src/internal.ts`],
  },
};

/** The last program: the next one reuses its unchanged source files (lib, client) unparsed. */
let previous: ts.Program | undefined;

/** The compiler's errors for a program made of `rootFiles`, one line each (file:line: text). */
export function typeErrors(rootFiles: readonly string[]): string[] {
  const program = ts.createProgram({
    rootNames: rootFiles,
    options,
    ...(previous === undefined ? {} : { oldProgram: previous }),
  });
  previous = program;
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (diagnostic.file === undefined || diagnostic.start === undefined) return text;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName}:${line + 1}: ${text}`;
  });
}
