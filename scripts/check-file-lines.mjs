// Fails when a source file under packages/*/src is over 350 lines (generated files aside:
// `generated/` folders and `*.gen.ts`). Small files with one concern each are the house style.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const MAX_LINES = 350;
const root = fileURLToPath(new URL("..", import.meta.url));
const packages = join(root, "packages");

const sourceFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return /\.[cm]?[jt]sx?$/.test(entry.name) && !entry.name.endsWith(".gen.ts") ? [path] : [];
  });

const tooLong = readdirSync(packages, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => {
    const src = join(packages, entry.name, "src");
    try {
      return sourceFiles(src);
    } catch {
      return [];
    }
  })
  .map((path) => ({ path, lines: readFileSync(path, "utf8").split("\n").length - 1 }))
  .filter(({ lines }) => lines > MAX_LINES);

if (tooLong.length > 0) {
  console.error(`Files over ${MAX_LINES} lines under packages/*/src (split them by concern):`);
  for (const { path, lines } of tooLong) console.error(`  ${relative(root, path)}: ${lines}`);
  process.exit(1);
}
console.log(`check-file-lines: no file under packages/*/src is over ${MAX_LINES} lines.`);
