#!/usr/bin/env node
// Generates the files derived from the two OpenAPI documents, openapi/workflows.yaml (Mastra 0.x)
// and openapi/workflows-1.x.yaml (Mastra 1.x):
//   packages/client/src/generated/openapi.gen.ts        0.x TypeScript types (openapi-typescript)
//   packages/client/src/generated/openapi-1x.gen.ts     1.x TypeScript types
//   packages/test-utils/src/generated/spec.gen.ts       the 0.x document as a JSON constant, for
//   packages/test-utils/src/generated/spec-1x.gen.ts    runtime validation; and the 1.x one
//
// Usage:
//   node scripts/generate.mjs           write every file
//   node scripts/generate.mjs --check   regenerate in memory; exit 1 when a committed file differs
import { readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import * as prettier from "prettier";
import { parse as parseYaml } from "yaml";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Each document, with the files generated from it and the name of its spec constant. */
const SPECS = [
  {
    path: "openapi/workflows.yaml",
    types: "packages/client/src/generated/openapi.gen.ts",
    constant: { target: "packages/test-utils/src/generated/spec.gen.ts", name: "spec" },
  },
  {
    path: "openapi/workflows-1.x.yaml",
    types: "packages/client/src/generated/openapi-1x.gen.ts",
    constant: { target: "packages/test-utils/src/generated/spec-1x.gen.ts", name: "spec1x" },
  },
];

/** The comment every generated file starts with: its source document and how to regenerate it. */
const header = (source) =>
  [
    "/**",
    ` * Generated from ${source}.`,
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

/** Renders the files generated from one document as `{ target, contents }`. */
async function renderSpec({ path: specPath, types, constant }) {
  const specFile = path.join(root, specPath);
  const spec = parseYaml(await readFile(specFile, "utf8"));
  const typesCode = await generateTypes(pathToFileURL(specFile));
  const specModule = [
    "/** The OpenAPI document, for validating requests and responses at runtime. */",
    `export const ${constant.name} = ${JSON.stringify(spec, null, 2)} as const;`,
    "",
  ].join("\n");
  return [
    { target: types, contents: await format(header(specPath) + typesCode, types) },
    {
      target: constant.target,
      contents: await format(header(specPath) + specModule, constant.target),
    },
  ];
}

/** Renders every generated file as `{ target, contents }`. */
async function render() {
  const files = [];
  for (const spec of SPECS) files.push(...(await renderSpec(spec)));
  return files;
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
    console.log(`generated files are up to date with ${SPECS.map((s) => s.path).join(" and ")}`);
  }
}

await main();
