#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14, ASan + UBSan, incremental in build-fuzz/) and runs
# each for FUZZ_SECONDS (default 60). Usage: scripts/fuzz.sh [--build-only] [TARGET…]
# Targets: article typography markdown batch hyphenation import_text editorjs. New corpus entries go to build-fuzz/corpus/
# (the committed seeds in tests/fuzz/corpus/ are only read); crashes to build-fuzz/artifacts/.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

seconds=${FUZZ_SECONDS:-60}
# A fixed FUZZ_SEED with a number of runs (FUZZ_RUNS) makes a run reproducible from the same
# corpus: CI does that, so a red run can be replayed exactly. Without them libFuzzer picks a
# new seed each run and stops after FUZZ_SECONDS, which explores more over many local runs.
limit_args=(-max_total_time="$seconds")
[ -n "${FUZZ_SEED:-}" ] && limit_args+=(-seed="$FUZZ_SEED")
# With a run count the time limit is only a guard against a stuck run.
[ -n "${FUZZ_RUNS:-}" ] && limit_args=(-runs="$FUZZ_RUNS" -max_total_time=$((seconds * 5)) ${FUZZ_SEED:+-seed="$FUZZ_SEED"})
build_only=0
targets=()
for arg in "$@"; do
  case "$arg" in
    --build-only) build_only=1 ;;
    article|typography|markdown|batch|hyphenation|import_text|editorjs) targets+=("$arg") ;;
    *) echo "usage: scripts/fuzz.sh [--build-only] [article|typography|markdown|batch|hyphenation|import_text|editorjs]…" >&2; exit 2 ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(article typography markdown batch hyphenation import_text editorjs)

build=build-fuzz
if [ ! -f "$build/build.ninja" ]; then
  # Debug keeps the renderer's own asserts (HtmlWriter balance, no event handlers) armed;
  # -O1 keeps the fuzzer fast enough.
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_C_FLAGS_DEBUG="-O1 -g" -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
    -DVERSTKA_FUZZ=ON -DVERSTKA_BUILD_TESTS=OFF -DVERSTKA_BUILD_CLI=OFF -DVERSTKA_BUILD_BENCH=OFF -DVERSTKA_INSTALL=OFF >/dev/null
fi
cmake --build "$build" -j 2 --target "${targets[@]/#/fuzz_}"
[ "$build_only" -eq 1 ] && exit 0

dictionary() {
  case "$1" in
    typography|markdown|hyphenation) echo tests/fuzz/markdown.dict ;;
    import_text) echo tests/fuzz/text.dict ;;
    editorjs) echo tests/fuzz/editorjs.dict ;;
    *) echo tests/fuzz/json.dict ;;
  esac
}

# The typography corpus (tests/corpus/typography.tsv) seeds the typography target once, in
# text mode (selector byte 0) and in HTML mode (1).
seed_typography() {
  local corpus=$1 n=0 line
  [ -f "$corpus/.seeded" ] && return 0
  [ -f tests/corpus/typography.tsv ] || return 0
  while IFS= read -r line; do
    n=$((n + 1))
    printf '\000%s' "$line" >"$corpus/t$n"
    printf '\001<p>%s</p>' "$line" >"$corpus/h$n"
  done < <(grep -v '^#' tests/corpus/typography.tsv | cut -f1)
  touch "$corpus/.seeded"
}

status=0
summary=""
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"
  artifacts="$build/artifacts/$t"
  mkdir -p "$corpus" "$artifacts"
  [ "$t" = typography ] && seed_typography "$corpus"
  log="$build/fuzz-$t.log"
  if [ -n "${FUZZ_RUNS:-}" ]; then
    echo "fuzz: $t for $FUZZ_RUNS runs (seed ${FUZZ_SEED:-random})" >&2
  else
    echo "fuzz: $t for ${seconds}s" >&2
  fi
  # -timeout: one input taking 10 s is a finding (complexity), as is 2 GB of memory.
  if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
     "$build/tests/fuzz/fuzz_$t" "${limit_args[@]}" -timeout=10 -rss_limit_mb=2048 \
       -max_len=65536 -dict="$(dictionary "$t")" -print_final_stats=1 \
       -artifact_prefix="$artifacts/" "$corpus" "tests/fuzz/corpus/$t" >"$log" 2>&1; then
    result=ok
  else
    result=FAILED
    status=1
    grep -E 'PROPERTY FAILED|ERROR: |SUMMARY: |runtime error|Test unit written' "$log" | head -20 >&2 || true
    # The finding itself, so that a red CI run can be replayed from its log alone: the
    # property's report (input and outputs) and the input file in Base64.
    sed -n '/^--- data/,/^---$/p' "$log" | head -40 >&2 || true
    unit=$(sed -n 's/.*Test unit written to //p' "$log" | head -1)
    [ -n "$unit" ] && [ -f "$unit" ] && echo "input (base64): $(base64 -w0 "$unit")" >&2
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  summary+=$(printf '%-12s %-7s %12s execs  corpus %s files\n' "$t" "$result" "${execs:-?}" \
    "$(find "$corpus" -type f | wc -l)")$'\n'
done
printf '\nfuzz summary (logs in %s/fuzz-*.log)\n%s' "$build" "$summary"
exit "$status"
