/**
 * Builds the seed's five documented flows from the lines of the block in `seed-snippets.md`,
 * extracted from the file (never re-typed). A flow is a selection of seed lines; where a flow
 * needs a call the seed names only in a comment ("createRun({ runId: prevRunId }) reuses one",
 * "also resumeAsync, details, …"), the line's call is swapped for that named call, and the test
 * checks the comment names it. The one line a program adds is its import line.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));

/** The seed block's lines, from `seed-snippets.md`. */
export function seedLines(): string[] {
  const md = readFileSync(`${here}seed-snippets.md`, "utf8");
  const match = /```ts\n([\s\S]*?)```/.exec(md);
  if (!match) throw new Error("seed-snippets.md has no ```ts block");
  return match[1]!.trimEnd().split("\n");
}

/** The seed line that starts with `start`, found by its text. */
export function seedLine(start: string): string {
  const line = seedLines().find((l) => l.startsWith(start));
  if (line === undefined) throw new Error(`the seed has no line starting with ${start}`);
  return line;
}

/**
 * Swaps `from` for `to` in `line`, which must contain `from`; the seed's comment on `documentedBy`
 * (by default the line itself) must name `named`, so only calls the seed documents are used.
 */
export function swap(
  line: string,
  change: { from: string; to: string; named: string },
  documentedBy = line,
): string {
  const { from, to, named } = change;
  const comment = documentedBy.slice(documentedBy.indexOf("//"));
  if (!line.includes(from)) throw new Error(`${JSON.stringify(line)} has no ${from}`);
  if (!comment.includes(named)) throw new Error(`the seed's comment does not name ${named}`);
  return line.replace(from, to);
}

const FREE = ["inputData", "prevRunId", "run"] as const;

/**
 * Writes a program made of `lines` plus one import line, importing `MastraClient` and the free
 * variables the lines use from `seed-env.ts`; returns its path for `import()`.
 */
export function writeProgram(name: string, lines: string[]): string {
  const code = lines.join("\n");
  const declared = (v: string) => new RegExp(`\\bconst ${v}\\b`).test(code);
  const used = FREE.filter((v) => new RegExp(`\\b${v}\\b`).test(code) && !declared(v));
  const importLine = `import { MastraClient${used.map((v) => `, ${v}`).join("")} } from "../seed-env.js";`;
  const dir = `${here}.generated/`;
  mkdirSync(dir, { recursive: true });
  const path = `${dir}${name}.ts`;
  writeFileSync(path, `${importLine}\n${code}\n`);
  return path;
}
