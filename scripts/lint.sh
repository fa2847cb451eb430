#!/usr/bin/env bash
# Style and static checks: the layer order of the #include lines (scripts/check-layers.mjs),
# clang-format (must be clean) and clang-tidy with a focused set of bug-finding checks
# (.clang-tidy) over our own C++ sources.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

node scripts/check-layers.mjs

mapfile -t cpp_files < <(git ls-files 'src/*.cpp' 'src/*.hpp' 'include/*.hpp' 'bindings/*.cpp' 'tests/*.cpp' 'tests/*.hpp' 'bench/*.cpp')
echo "lint: clang-format on ${#cpp_files[@]} files"
clang-format --dry-run --Werror "${cpp_files[@]}"

if [ ! -f build/compile_commands.json ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
mapfile -t tidy_files < <(git ls-files 'src/*.cpp')
echo "lint: clang-tidy on ${#tidy_files[@]} files"
# Two at a time: the machines have two cores.
if ! report=$(printf '%s\n' "${tidy_files[@]}" | xargs -P "$(nproc)" -n 4 clang-tidy -p build --quiet 2>&1); then
  printf '%s\n' "$report" | grep -v 'warnings generated' >&2
  echo "lint: clang-tidy found problems" >&2
  exit 1
fi
echo "lint: clean"
