// The built wfkit packages and, when installed on demand, the comparison packages.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { contendersDir, installContenders } from "../contenders.mjs";

const dist = (name) => new URL(`../../packages/${name}/dist/index.js`, import.meta.url);

/** Imports a built workspace package; tells how to build it when missing. */
export const importWfkit = async (name) => {
  if (!existsSync(fileURLToPath(dist(name)))) {
    throw new Error(
      `packages/${name}/dist is missing: run \`pnpm bench\` (it builds first) or \`pnpm build\``,
    );
  }
  return import(dist(name).href);
};

/** `@mastra/client-js` 0.10.23 from bench/.contenders, installed on first use. */
export const importMastra = async () => {
  installContenders();
  return import(pathToFileURL(`${contendersDir}node_modules/@mastra/client-js/dist/index.js`).href);
};
