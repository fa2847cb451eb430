#!/usr/bin/env bash
# The whole native test suite under AddressSanitizer + UndefinedBehaviorSanitizer (with
# LeakSanitizer on), built incrementally in build-asan/ (test targets only) and run by CTest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

build=build-asan
if [ ! -f "$build/build.ninja" ]; then
  # -O1 keeps the instrumented suites fast; Debug keeps assertions armed.
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_C_FLAGS_DEBUG="-O1 -g" -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
    -DVERSTKA_SANITIZE=ON -DVERSTKA_BUILD_BENCH=OFF -DVERSTKA_INSTALL=OFF >/dev/null
fi
# Only what CTest runs: the test_* executables and the CLI the cli suite drives.
targets=$(ninja -C "$build" -t targets all | sed -n 's/^\(test_[a-z_]*\|verstka_cli\): phony$/\1/p' | sort -u)
# shellcheck disable=SC2086
cmake --build "$build" -j 2 --target $targets

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build" --output-on-failure -j 2
