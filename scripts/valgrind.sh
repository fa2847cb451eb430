#!/usr/bin/env bash
# The native CLI under valgrind (memcheck, full leak check) over every example article in
# every layout, with and without JSON-LD and typography, plus the NDJSON batch mode.
# Uses build/verstka (scripts/build.sh); VERSTKA_CLI overrides.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

cli=${VERSTKA_CLI:-build/verstka}
[ -x "$cli" ] || { echo "valgrind.sh: $cli is missing: run scripts/build.sh first" >&2; exit 2; }

vg() {
  valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect,possible \
    --errors-for-leak-kinds=definite,indirect,possible "$@"
}

runs=0
# Every layout for every example; the option sets rotate over the layouts so each one is
# exercised while the run stays about a minute on two cores.
for example in examples/*.json; do
  for layout in full teaser compact; do
    case "$layout" in
      full) extras=("--json-ld") ;;
      teaser) extras=("") ;;
      compact) extras=("--no-typography --entities") ;;
    esac
    for extra in "${extras[@]}"; do
      # shellcheck disable=SC2086
      status=0
      vg "$cli" render --layout "$layout" $extra "$example" >/dev/null 2>&1 || status=$?
      # 0 and 1 (diagnostics with errors) are answers; 99 is valgrind's, anything else a crash.
      if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
        echo "valgrind.sh: $cli render --layout $layout $extra $example exited $status" >&2
        vg "$cli" render --layout "$layout" $extra "$example" >/dev/null || true
        exit 1
      fi
      runs=$((runs + 1))
    done
  done
done
# Every example on one NDJSON stream, plus a broken line, through the threaded batch reader.
batch=$(mktemp)
trap 'rm -f "$batch"' EXIT
for example in examples/*.json; do node -e 'process.stdout.write(JSON.stringify(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))) + "\n")' "$example" >>"$batch"; done
printf '{"title": broken\n\n' >>"$batch"
status=0
vg "$cli" render --batch - <"$batch" >/dev/null 2>&1 || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
  echo "valgrind.sh: batch mode exited $status" >&2
  vg "$cli" render --batch - <"$batch" >/dev/null || true
  exit 1
fi
runs=$((runs + 1))
echo "valgrind: $runs CLI runs clean (no memory errors, no leaks)"
