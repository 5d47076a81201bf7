#!/usr/bin/env node
// Generates the files derived from the two OpenAPI documents, openapi/workflows.yaml (Mastra 0.x)
// and openapi/workflows-1.x.yaml (Mastra 1.x):
//   packages/client/src/generated/openapi.gen.ts        0.x TypeScript types (openapi-typescript)
//   packages/client/src/generated/openapi-1x.gen.ts     1.x TypeScript types
//   packages/test-utils/src/generated/spec.gen.json     the 0.x document as JSON data, for runtime
//   packages/test-utils/src/generated/spec-1x.gen.json  validation; and the 1.x one
//   packages/test-utils/src/generated/spec.gen.ts       each document's constant (from its JSON) and
//   packages/test-utils/src/generated/spec-1x.gen.ts    its operations by id: `{ method, path }`
//   packages/watch/src/generated/statuses.gen.ts        the status enums of both, as `as const` lists
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

/** Formats TypeScript (or JSON) with the repository's prettier configuration. */
async function format(code, target, parser = "typescript") {
  const config = (await prettier.resolveConfig(path.join(root, target))) ?? {};
  return prettier.format(code, { ...config, parser });
}

/**
 * The document's operations by `operationId`, as `{ method, path }` (method in capitals): their
 * literal types name the operations a fault matcher or a route table may use.
 */
function operationsOf(spec) {
  const operations = Object.create(null);
  for (const [route, item] of Object.entries(spec.paths ?? {})) {
    for (const [method, operation] of Object.entries(item ?? {})) {
      if (typeof operation?.operationId !== "string") continue;
      operations[operation.operationId] = { method: method.toUpperCase(), path: route };
    }
  }
  return operations;
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
  const json = constant.target.replace(/\.ts$/, ".json");
  const specModule = [
    `import document from "./${path.basename(json)}" with { type: "json" };`,
    "",
    "/** The OpenAPI document, for validating requests and responses at runtime. */",
    `export const ${constant.name} = document;`,
    "",
    "/** The document's operations by `operationId`: method and path. */",
    `export const ${constant.name}Operations = ${JSON.stringify(operationsOf(spec))} as const;`,
    "",
  ].join("\n");
  return [
    { target: types, contents: await format(header(specPath) + typesCode, types) },
    { target: json, contents: await format(JSON.stringify(spec), json, "json") },
    {
      target: constant.target,
      contents: await format(header(specPath) + specModule, constant.target),
    },
  ];
}

/** The status enums written to the watch package: `[constant, type, spec index, schema, what]`. */
const STATUS_ENUMS = [
  [
    "RUN_STATUSES",
    "RunStatus",
    0,
    "RunStatus",
    "A workflow run's status on Mastra 0.x (core 0.10–0.24); `pending` = created, not started.",
  ],
  ["STEP_STATUSES", "StepStatus", 0, "StepStatus", "A step result's status on Mastra 0.x."],
  ["RUN_STATUSES_1X", "RunStatus1x", 1, "RunStatus", "A run's status on Mastra 1.x."],
  ["STEP_STATUSES_1X", "StepStatus1x", 1, "StepStatus", "A step result's status on Mastra 1.x."],
];
const STATUSES_TARGET = "packages/watch/src/generated/statuses.gen.ts";

/** Renders the status lists (the watch package has no dependencies, so it gets them as code). */
async function renderStatuses(documents) {
  const blocks = STATUS_ENUMS.map(([constant, type, index, schema, what]) => {
    const values = documents[index].components?.schemas?.[schema]?.enum;
    if (!Array.isArray(values) || values.some((value) => typeof value !== "string")) {
      throw new Error(`${SPECS[index].path}: components.schemas.${schema} has no string enum`);
    }
    const source = `\`${schema}\` in ${SPECS[index].path}`;
    return [
      `/** ${what} Every value of ${source}, in its order. */`,
      `export const ${constant} = ${JSON.stringify(values)} as const;`,
      `/** ${what} From ${source}. */`,
      `export type ${type} = (typeof ${constant})[number];`,
      "",
    ].join("\n");
  });
  const source = SPECS.map((spec) => spec.path).join(" and ");
  return {
    target: STATUSES_TARGET,
    contents: await format(header(source) + blocks.join("\n"), STATUSES_TARGET),
  };
}

/** Renders every generated file as `{ target, contents }`. */
async function render() {
  const files = [];
  for (const spec of SPECS) files.push(...(await renderSpec(spec)));
  const documents = await Promise.all(
    SPECS.map(async (spec) => parseYaml(await readFile(path.join(root, spec.path), "utf8"))),
  );
  files.push(await renderStatuses(documents));
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
