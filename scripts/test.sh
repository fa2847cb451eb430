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
# The real-client matrix (tests/clients/): the packed tarball in Node, TypeScript, bundlers, Bun,
# Deno, workerd and Astro; the clients install once into build/clients-cache.
node --test --test-concurrency=1 tests/clients/
# Hardening (docs/security.md): XSS suites, sanitizers, valgrind, then the fuzzers.
node --test --test-concurrency=1 tests/security/
bash scripts/sanitize.sh
bash scripts/valgrind.sh
# Each fuzzer runs about a minute here, as a fixed number of runs from a fixed seed, so that a
# red CI run can be replayed exactly (FUZZ_SEED=… FUZZ_RUNS=… scripts/fuzz.sh TARGET).
bash scripts/fuzz.sh --build-only
export FUZZ_SEED=${FUZZ_SEED:-20261129}
FUZZ_RUNS=${FUZZ_RUNS_ARTICLE:-260000} bash scripts/fuzz.sh article
FUZZ_RUNS=${FUZZ_RUNS_TYPOGRAPHY:-100000} bash scripts/fuzz.sh typography
FUZZ_RUNS=${FUZZ_RUNS_MARKDOWN:-75000} bash scripts/fuzz.sh markdown
FUZZ_RUNS=${FUZZ_RUNS_BATCH:-50000} bash scripts/fuzz.sh batch
FUZZ_RUNS=${FUZZ_RUNS_HYPHENATION:-100000} bash scripts/fuzz.sh hyphenation
FUZZ_RUNS=${FUZZ_RUNS_IMPORT_TEXT:-18000} bash scripts/fuzz.sh import_text
FUZZ_RUNS=${FUZZ_RUNS_EDITORJS:-40000} bash scripts/fuzz.sh editorjs
