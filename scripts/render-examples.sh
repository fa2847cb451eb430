#!/usr/bin/env bash
# Renders every examples/*.json to out/<name>.html (a standalone page with the stylesheet and
# JSON-LD) and out/<name>.<layout>.html for the teaser and compact layouts, plus an index.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
mkdir -p out
items=""
for example in examples/*.json; do
  name=$(basename "$example" .json)
  build/verstka render --css --json-ld "$example" -o "out/$name.html"
  for layout in teaser compact; do
    build/verstka render --css --layout "$layout" "$example" -o "out/$name.$layout.html"
  done
  # Example names are our own file names ([a-z0-9-]), safe to write into the index as is.
  items+="<li><a href=\"$name.html\">$name</a> · <a href=\"$name.teaser.html\">teaser</a> · <a href=\"$name.compact.html\">compact</a></li>"$'\n'
  echo "rendered out/$name.html"
done
cat >out/index.html <<HTML
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>verstka: rendered examples</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}</style></head>
<body>
<h1>Rendered examples</h1>
<p>Each article of <code>examples/</code> as a standalone page in the full layout, and in the teaser and compact layouts. The live demo is at <a href="/web_demo/">/web_demo/</a>.</p>
<ul>
$items</ul>
</body>
</html>
HTML
echo "rendered out/index.html"
