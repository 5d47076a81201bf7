#!/usr/bin/env node
// Generates the files derived from openapi/workflows.yaml:
//   packages/client/src/generated/openapi.gen.ts   TypeScript types (openapi-typescript)
//   packages/test-utils/src/generated/spec.gen.ts  the spec as a JSON constant, for runtime validation
//
// Usage:
//   node scripts/generate.mjs           write both files
//   node scripts/generate.mjs --check   regenerate in memory; exit 1 when a committed file differs
import { readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import * as prettier from "prettier";
import { parse as parseYaml } from "yaml";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SPEC_PATH = "openapi/workflows.yaml";

const HEADER = [
  "/**",
  ` * Generated from ${SPEC_PATH}.`,
  " * Do not edit. Regenerate with `pnpm generate`.",
  " */",
  "",
].join("\n");

/** Formats TypeScript with the repository's prettier configuration. */
async function format(code, target) {
  const config = (await prettier.resolveConfig(path.join(root, target))) ?? {};
  return prettier.format(code, { ...config, parser: "typescript" });
}

/** Builds the openapi-typescript types for the spec. */
async function generateTypes(specUrl) {
  const ast = await openapiTS(specUrl, {
    // Keep schema and path order stable regardless of how the spec is reordered.
    alphabetize: true,
    // `{}`-typed schemas (any JSON value) become `unknown` rather than `Record<string, never>`.
    emptyObjectsUnknown: true,
    // `export type` aliases instead of interfaces: no declaration merging, plain data shapes.
    exportType: true,
    silent: true,
  });
  return astToString(ast);
}

/** Renders every generated file as `{ target, contents }`. */
async function render() {
  const specFile = path.join(root, SPEC_PATH);
  const specText = await readFile(specFile, "utf8");
  const spec = parseYaml(specText);

  const typesTarget = "packages/client/src/generated/openapi.gen.ts";
  const types = await generateTypes(pathToFileURL(specFile));

  const specTarget = "packages/test-utils/src/generated/spec.gen.ts";
  const specModule = [
    "/** The OpenAPI document, for validating requests and responses at runtime. */",
    `export const spec = ${JSON.stringify(spec, null, 2)} as const;`,
    "",
  ].join("\n");

  return [
    { target: typesTarget, contents: await format(HEADER + types, typesTarget) },
    { target: specTarget, contents: await format(HEADER + specModule, specTarget) },
  ];
}

async function main() {
  const check = process.argv.includes("--check");
  const files = await render();
  let stale = 0;
  for (const { target, contents } of files) {
    const file = path.join(root, target);
    if (check) {
      const current = await readFile(file, "utf8").catch(() => undefined);
      if (current !== contents) {
        stale++;
        console.error(`${target} is out of date: run \`pnpm generate\``);
      }
    } else {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, contents);
      console.log(`wrote ${target}`);
    }
  }
  if (check) {
    if (stale > 0) process.exit(1);
    console.log(`generated files are up to date with ${SPEC_PATH}`);
  }
}

await main();
