// What `npm pack` ships, sorted: dist/, the changelog, the licence, the readme and what the
// readme links. One list for the package test (tests/js) and the tarball test (tests/e2e).
export const PACKAGE_FILES = Object.freeze([
  'CHANGELOG.md', 'LICENSE', 'README.md', 'THIRD-PARTY-NOTICES.md',
  'dist/THIRD-PARTY-NOTICES.md', 'dist/browser.js', 'dist/core.js', 'dist/element.d.ts', 'dist/element.js', 'dist/index.d.ts', 'dist/inline.js',
  'dist/node.js', 'dist/options.d.ts', 'dist/options.js', 'dist/protocol.js',
  'dist/rehype-node.js', 'dist/rehype-plugin.js', 'dist/rehype.d.ts', 'dist/rehype.js',
  'dist/verstka-core.mjs', 'dist/verstka-css.js', 'dist/verstka-hyphenation-ru.js', 'dist/verstka-import-core.mjs', 'dist/verstka-import-wasm-inline.js',
  'dist/verstka-import.wasm', 'dist/verstka-wasm-inline.js', 'dist/verstka.css', 'dist/verstka.css.d.ts', 'dist/verstka.wasm',
  'docs/architecture.md', 'docs/article-format.md', 'docs/css-classes.md', 'docs/editorjs.md', 'docs/import-text.md', 'docs/npm.md', 'docs/performance.md',
  'docs/screenshots/demo.png', 'docs/security.md', 'docs/typography-conformance.md', 'docs/typography-coverage.md', 'docs/typography-rules.md',
  'examples/culture-festival-2024.json', 'examples/ekaterinburg-snow-2024.json', 'examples/kazan-metro-2025.json', 'examples/kazan-transport-fares-2025.json',
  'examples/sochi-vnot-2024.json', 'examples/tech-interview-2025.json',
  'package.json', 'schema/article.schema.json', 'styles/verstka.css',
]);
