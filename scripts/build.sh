#!/usr/bin/env bash
# Builds everything: the native library, CLI and tests (build/), the WebAssembly module
# (build-wasm/) and the npm package's dist/. No tests, no server.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash scripts/setup.sh

export NODE_PATH=/usr/share/nodejs  # emscripten's JS optimiser needs Debian's acorn
jobs=$(nproc)

if [ ! -f build/build.ninja ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
cmake --build build -j "$jobs"

if [ ! -f build-wasm/build.ninja ]; then
  emcmake cmake -S . -B build-wasm -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node
fi
cmake --build build-wasm -j "$jobs" --target verstka_wasm

node scripts/assemble-dist.mjs
node web_demo/build.mjs  # the demo page: bundles web_demo/src (CodeMirror) and the examples index
