#!/usr/bin/env bash
# The main job on the bundled examples: build, render examples/*.json to out/*.html,
# and serve the demo on http://127.0.0.1:8080.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash scripts/build.sh
bash scripts/render-examples.sh
exec node scripts/serve.mjs "${PORT:-8080}"
