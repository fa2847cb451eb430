#!/usr/bin/env bash
# Every test suite: build (native + wasm + dist), lint, native doctest suites under CTest,
# the installed-package consumer, the JS suites (node --test) and the browser suites.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash scripts/build.sh
bash scripts/lint.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
bash tests/install/consumer.sh
node --test --test-concurrency=1 tests/js/
if compgen -G "tests/e2e/*.test.mjs" >/dev/null; then
  node --test --test-concurrency=1 tests/e2e/
fi
# Hardening (docs/security.md): XSS suites, sanitizers, valgrind, then the fuzzers for
# FUZZ_SECONDS each (default 60).
node --test --test-concurrency=1 tests/security/
bash scripts/sanitize.sh
bash scripts/valgrind.sh
FUZZ_SEED=${FUZZ_SEED:-20261129} bash scripts/fuzz.sh
