import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const srcDir = fileURLToPath(new URL("../src/", import.meta.url));
const sources = readdirSync(srcDir).filter((file) => file.endsWith(".ts"));

describe("package sources", () => {
  it("exist", () => {
    expect(sources).toContain("index.ts");
  });

  it.each(sources)(
    "%s imports no node: module and no Node-only global (runs in browsers and edge)",
    (file) => {
      const text = readFileSync(`${srcDir}${file}`, "utf8");
      expect(text).not.toMatch(/from\s+["']node:/);
      expect(text).not.toMatch(/import\(["']node:/);
      expect(text).not.toMatch(/\b(?:Buffer|process|require|setImmediate|__dirname)\b/);
      expect(text).not.toMatch(/^\s*export \*/m);
      expect(text).not.toMatch(/^\s*export default/m);
    },
  );

  it.each(sources.filter((file) => file !== "clock.ts"))(
    "%s reads no time and sets no timer of its own: every timer goes through the injected clock",
    (file) => {
      const text = readFileSync(`${srcDir}${file}`, "utf8");
      expect(text).not.toMatch(/\b(?:setTimeout|setInterval|Date\.now|performance\.now)\b/);
    },
  );

  it.each(sources)("%s has at most 350 lines", (file) => {
    const text = readFileSync(`${srcDir}${file}`, "utf8");
    expect(text.split("\n").length).toBeLessThanOrEqual(351);
  });
});
