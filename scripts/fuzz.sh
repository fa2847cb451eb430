#!/bin/sh
# Builds and runs the libFuzzer target for the typography engine (not part of the CMake graph).
# Its corpus and crash files go to build-fuzz-typography/. Needs clang-14 and libclang-rt-14-dev. Usage: scripts/fuzz.sh [seconds] [extra libFuzzer args]
set -eu
cd "$(dirname "$0")/.."
seconds="${1:-60}"
[ $# -gt 0 ] && shift
out=build-fuzz-typography  # own directory: build-fuzz/ belongs to the other fuzz targets
mkdir -p "$out/corpus"
clang++-14 -std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
  -Iinclude -Isrc tests/fuzz/typography_fuzz.cpp \
  $(find src/typography -name '*.cpp' | sort) src/common/utf8.cpp src/common/diagnostic.cpp \
  -o "$out/typography_fuzz"
# Seed with the corpus sentences, once in text mode and once in HTML mode.
if [ ! -f "$out/corpus/.seeded" ]; then
  n=0
  grep -v '^#' tests/corpus/typography.tsv | cut -f1 | while IFS= read -r line; do
    n=$((n + 1))
    printf '\000%s' "$line" > "$out/corpus/t$n"
    printf '\001<p>%s</p>' "$line" > "$out/corpus/h$n"
  done
  touch "$out/corpus/.seeded"
fi
exec "$out/typography_fuzz" "$out/corpus" -max_total_time="$seconds" -max_len=512 \
  -print_final_stats=1 -artifact_prefix="$out/" "$@"
