// pnpm hooks. beforePacking: what `pnpm pack` and `pnpm publish` (so `changeset publish`) put in a
// published package.json: only what users need, without the workspace-only scripts (build,
// typecheck, test) and devDependencies (the test harnesses). scripts/pack-check.mjs checks it.
export const hooks = {
  beforePacking(manifest) {
    delete manifest.scripts;
    delete manifest.devDependencies;
    return manifest;
  },
};
