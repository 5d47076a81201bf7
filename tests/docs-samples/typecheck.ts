/**
 * Type-checks each sample as its own program (a sample that augments `WorkflowRegistry` must not
 * change how another one checks), with the repository's compiler options and `@wfkit/*` mapped to
 * the package sources. Parsed library and package files are shared between the programs, so each
 * further program costs little.
 */
import { join } from "node:path";
import ts from "typescript";
import type { Sample } from "./extract.js";

/** One type error, placed in the README. */
export interface SampleDiagnostic {
  /** The README line, or undefined for an error in the hidden lines of a fragment. */
  readmeLine: number | undefined;
  /** 0-based line in the sample's code, or -1 in the hidden lines. */
  codeLine: number;
  message: string;
}

/** The program text of a sample: hidden lines first, then the code, as a module. */
export const programText = (sample: Sample): { text: string; offset: number } => {
  const prelude = sample.prelude.trim() === "" ? "" : `${sample.prelude.trimEnd()}\n`;
  const offset = prelude === "" ? 0 : prelude.split("\n").length - 1;
  return { text: `${prelude}${sample.code}\nexport {};\n`, offset };
};

/** Makes a checker for programs placed at `directory` (inside the repository). */
export const createSampleChecker = (tsconfig: string, directory: string) => {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (parsed === undefined) throw new Error(`cannot read ${tsconfig}`);
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true };
  const cache = new Map<string, ts.SourceFile | undefined>();
  const base = ts.createCompilerHost(options, true);
  let virtual: { path: string; text: string } | undefined;
  const host: ts.CompilerHost = {
    ...base,
    fileExists: (file) => file === virtual?.path || base.fileExists(file),
    readFile: (file) => (file === virtual?.path ? virtual.text : base.readFile(file)),
    getSourceFile: (file, language, onError) => {
      if (file === virtual?.path) return ts.createSourceFile(file, virtual.text, language, true);
      if (!cache.has(file)) cache.set(file, base.getSourceFile(file, language, onError));
      return cache.get(file);
    },
  };

  return (sample: Sample, name: string): SampleDiagnostic[] => {
    const path = join(directory, `${name}.ts`).replaceAll("\\", "/");
    const { text, offset } = programText(sample);
    virtual = { path, text };
    try {
      const program = ts.createProgram({ rootNames: [path], options, host });
      const file = program.getSourceFile(path);
      if (file === undefined) throw new Error(`${path} was not loaded`);
      const diagnostics = [
        ...program.getSyntacticDiagnostics(file),
        ...program.getSemanticDiagnostics(file),
      ];
      return diagnostics.map((d) => {
        const line = d.start === undefined ? 0 : file.getLineAndCharacterOfPosition(d.start).line;
        const codeLine = line - offset;
        return {
          codeLine: codeLine < 0 ? -1 : codeLine,
          readmeLine: codeLine < 0 ? undefined : sample.firstLine + codeLine,
          message: `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`,
        };
      });
    } finally {
      virtual = undefined;
    }
  };
};
