/**
 * Finds every ```ts block of README.md and packages/*\/README.md (files are discovered, not
 * listed) and reads the marker an HTML comment right above the fence may give it:
 *
 * - no marker: a complete program; it must type-check on its own.
 * - `<!-- sample: run -->`: also runs against the fake server, once per generation (`run 0.x` or
 *   `run 1.x` for one). Calls to `http://localhost:4111` (the client's default) reach the fake.
 * - `<!-- sample: fragment` + hidden lines + `-->`: only shows a piece; the comment's further
 *   lines (imports, `declare const …`) come before it, and then it must type-check too.
 * - `needs: <what>` after a comma: the sample is written for a change that may not have landed;
 *   a failure says so.
 *
 * A line ending in `// compile error` must be a type error, and no other line may be one.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, relative } from "node:path";

/** One ```ts block and what its marker says about it. */
export interface Sample {
  /** `README.md:12`: the file (relative to the root) and the line of the opening fence. */
  id: string;
  /** The README, relative to the repository root. */
  file: string;
  /** 1-based line of the first code line in the README. */
  firstLine: number;
  code: string;
  kind: "program" | "run" | "fragment";
  /** For `run`: the fake server generations it runs against. */
  generations: ("0.x" | "1.x")[];
  /** Hidden lines a fragment is checked after. */
  prelude: string;
  /** What the sample waits for, from `needs:`. */
  needs?: string;
  /** 0-based code lines marked `// compile error`. */
  compileErrorLines: number[];
}

/** README.md and every packages/<name>/README.md, relative to `root`. */
export const findReadmes = (root: string): string[] => {
  const packages = join(root, "packages");
  const nested = readdirSync(packages, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(packages, entry.name, "README.md"))
    .filter((file) => existsSync(file));
  return [join(root, "README.md"), ...nested].map((file) => relative(root, file)).sort();
};

const MARKER = /^<!--\s*sample:\s*([^\n]*?)\s*(?:-->)?$/;

const parseMarker = (
  comment: string[],
): Pick<Sample, "kind" | "generations" | "prelude" | "needs"> => {
  const [head = "", ...rest] = comment;
  const directives = (MARKER.exec(head.trim())?.[1] ?? "").replace(/-->$/, "").trim();
  const [what = "", ...options] = directives.split(",").map((part) => part.trim());
  const needs = options
    .find((o) => o.startsWith("needs:"))
    ?.slice("needs:".length)
    .trim();
  const unknown = options.filter((o) => !o.startsWith("needs:"));
  if (unknown.length > 0) throw new Error(`unknown sample option(s): ${unknown.join(", ")}`);
  const [verb, generation] = what.split(/\s+/);
  const base = needs === undefined ? {} : { needs };
  if (verb === "run") {
    if (rest.length > 0) throw new Error("a runnable sample has no hidden lines");
    if (generation !== undefined && generation !== "0.x" && generation !== "1.x")
      throw new Error(`unknown generation "${generation}" (0.x or 1.x)`);
    const generations = generation === undefined ? ["0.x", "1.x"] : [generation];
    return { ...base, kind: "run", generations: generations as Sample["generations"], prelude: "" };
  }
  if (verb === "fragment" && generation === undefined) {
    const prelude = rest.join("\n").replace(/-->\s*$/, "");
    return { ...base, kind: "fragment", generations: [], prelude };
  }
  throw new Error(`unknown sample marker "${directives}" (run, run 0.x, run 1.x or fragment)`);
};

/** The sample marker right above line `fence` (0-based; blank lines between are fine), if any. */
const commentAbove = (lines: string[], fence: number): string[] | undefined => {
  let end = fence - 1;
  while (end >= 0 && (lines[end] ?? "").trim() === "") end--;
  if (end < 0 || !lines[end]?.trimEnd().endsWith("-->")) return undefined;
  let start = end;
  while (start >= 0 && !lines[start]?.trimStart().startsWith("<!--")) start--;
  if (start < 0 || !/^<!--\s*sample:/.test(lines[start]?.trimStart() ?? "")) return undefined;
  return lines.slice(start, end + 1);
};

/** Every ```ts / ```typescript block of one README. */
export const extractSamples = (file: string, text: string): Sample[] => {
  const lines = text.split("\n");
  const samples: Sample[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})\s*(ts|typescript)\s*$/.exec(lines[i] ?? "");
    if (open === null) {
      // Skip other fenced blocks whole, so a ```ts inside them is not taken for a sample.
      const other = /^\s*(`{3,})/.exec(lines[i] ?? "");
      if (other !== null) {
        const fence = other[1] ?? "```";
        i++;
        while (i < lines.length && !(lines[i] ?? "").trim().startsWith(fence)) i++;
      }
      continue;
    }
    const fence = open[2] ?? "```";
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && (lines[j] ?? "").trim() !== fence) body.push(lines[j++] ?? "");
    const id = `${file}:${i + 1}`;
    const comment = commentAbove(lines, i);
    let marker: Pick<Sample, "kind" | "generations" | "prelude" | "needs">;
    try {
      marker =
        comment === undefined
          ? { kind: "program", generations: [], prelude: "" }
          : parseMarker(comment);
    } catch (error) {
      throw new Error(`${id}: ${(error as Error).message}`, { cause: error });
    }
    samples.push({
      id,
      file,
      firstLine: i + 2,
      code: body.join("\n"),
      ...marker,
      compileErrorLines: body.flatMap((line, n) => (/\/\/ compile error\b/.test(line) ? [n] : [])),
    });
    i = j;
  }
  return samples;
};

/** Every sample of every README under `root`. */
export const findSamples = (root: string): Sample[] =>
  findReadmes(root).flatMap((file) => extractSamples(file, readFileSync(join(root, file), "utf8")));
