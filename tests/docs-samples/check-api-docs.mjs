// Checks the API docs `pnpm run docs` just built into docs/api (typedoc, packages mode):
//   - each documented package is a module named by its package name (`@wfkit/client`), and no
//     module is named by a source path (`client/src`);
//   - every ```ts block of README.md and of each documented package's README appears in the docs
//     (the root README is the index page, each package's README its module page).
// Exits non-zero when anything is missing.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const out = join(root, "docs/api");
const config = JSON.parse(readFileSync(join(root, "typedoc.json"), "utf8"));
const failures = [];

const htmlFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? htmlFiles(join(dir, entry.name))
      : entry.name.endsWith(".html")
        ? [join(dir, entry.name)]
        : [],
  );

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'", nbsp: " " };
/** The text of an HTML page, whitespace collapsed. */
const textOf = (html) =>
  html
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#?\w+);/g, (whole, name) =>
      name in ENTITIES
        ? ENTITIES[name]
        : name.startsWith("#")
          ? String.fromCodePoint(
              Number(name.startsWith("#x") ? `0${name.slice(1)}` : name.slice(1)),
            )
          : whole,
    )
    .replace(/\s+/g, " ");
const normalise = (code) => code.replace(/\s+/g, " ").trim();

if (!existsSync(join(out, "index.html"))) {
  console.error(`docs check: ${out}/index.html is missing; run pnpm run docs`);
  process.exit(1);
}
const pages = htmlFiles(out).map((file) => ({ file, html: readFileSync(file, "utf8") }));
const allText = pages.map((page) => textOf(page.html)).join("\n");
const titles = pages.map((page) => /<title>([^<]*)<\/title>/.exec(page.html)?.[1] ?? "");

const packageDirs = config.entryPoints;
for (const dir of packageDirs) {
  const { name } = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
  if (!titles.some((title) => title.startsWith(`${name} | `)))
    failures.push(`no module page named ${name}`);
}
const pathNamed = titles.filter((title) => /\b[\w-]+\/src\b/.test(title));
if (pathNamed.length > 0) failures.push(`modules named by path: ${pathNamed.join(", ")}`);

const readmes = ["README.md", ...packageDirs.map((dir) => join(dir, "README.md"))];
let samples = 0;
for (const readme of readmes) {
  const text = readFileSync(join(root, readme), "utf8");
  for (const match of text.matchAll(/^```(?:ts|typescript)\n([\s\S]*?)^```/gm)) {
    samples++;
    if (!allText.includes(normalise(match[1] ?? ""))) {
      const line = text.slice(0, match.index).split("\n").length;
      failures.push(`${readme}:${line}: the sample is not in the API docs`);
    }
  }
}

if (failures.length > 0) {
  console.error(`docs check failed:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log(
  `docs check: ${packageDirs.length} modules named by package, ${samples} README samples in ${out}`,
);
