#!/usr/bin/env bash
# Renders every examples/*.json to out/<name>.html (a standalone page with the stylesheet)
# and out/<name>.<layout>.html for the teaser and compact layouts.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
mkdir -p out
for example in examples/*.json; do
  name=$(basename "$example" .json)
  build/verstka render --css --json-ld "$example" -o "out/$name.html"
  for layout in teaser compact; do
    build/verstka render --css --layout "$layout" "$example" -o "out/$name.$layout.html"
  done
  echo "rendered out/$name.html"
done
