// The publishing side of package.json, without installing anything (`npm run pack:check`):
// every export target exists, the tarball holds exactly dist/ + docs, nothing private leaks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { ROOT, PACKAGE } from './api-support.mjs';

const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));

test('publishable: not private, ESM, engines, types, sideEffects only for the element and the stylesheet', () => {
  assert.equal(PACKAGE.private, undefined);
  assert.equal(PACKAGE.type, 'module');
  assert.ok(PACKAGE.engines?.node);
  assert.equal(PACKAGE.types, './dist/index.d.ts');
  assert.deepEqual(PACKAGE.typesVersions, {
    '*': {
      inline: ['./dist/index.d.ts'], element: ['./dist/element.d.ts'], options: ['./dist/options.d.ts'],
      rehype: ['./dist/rehype.d.ts'], 'verstka.css': ['./dist/verstka.css.d.ts'],
    },
  });
  // Bundlers drop an import of a module without side effects: the stylesheet must be listed (#15).
  assert.deepEqual(PACKAGE.sideEffects, ['./dist/element.js', '*.css']);
  assert.deepEqual(PACKAGE.files, ['dist/', 'CHANGELOG.md', 'docs/*.md', 'docs/screenshots/demo.png', 'schema/', 'examples/*.json', 'styles/verstka.css']);
  assert.equal(PACKAGE.dependencies, undefined, 'the package has no runtime dependencies');
});

test('exports: the documented subpaths, types first, node before browser before default', () => {
  const exports = PACKAGE.exports;
  assert.deepEqual(Object.keys(exports), ['.', './inline', './element', './options', './rehype', './verstka.wasm', './verstka.css', './package.json']);
  assert.deepEqual(Object.keys(exports['.']), ['types', 'node', 'browser', 'default']);
  assert.deepEqual(Object.keys(exports['./rehype']), ['types', 'node', 'default']);
  for (const key of ['./inline', './element', './options', './rehype', './verstka.css']) assert.equal(Object.keys(exports[key])[0], 'types');
  for (const target of [PACKAGE.main, PACKAGE.types, ...targets(exports)]) {
    assert.ok(existsSync(join(ROOT, target)), `${target} does not exist (run npm run build)`);
  }
});

test('npm pack would ship exactly dist/, the changelog, the licence, the readme, what it links, and package.json', () => {
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--loglevel=error'], { cwd: ROOT, encoding: 'utf8' }));
  const files = info.files.map((f) => f.path).sort();
  assert.deepEqual(files, [
    'CHANGELOG.md', 'LICENSE', 'README.md',
    'dist/THIRD-PARTY-NOTICES.md', 'dist/browser.js', 'dist/core.js', 'dist/element.d.ts', 'dist/element.js', 'dist/index.d.ts', 'dist/inline.js',
    'dist/node.js', 'dist/options.d.ts', 'dist/options.js', 'dist/protocol.js',
    'dist/rehype-node.js', 'dist/rehype-plugin.js', 'dist/rehype.d.ts', 'dist/rehype.js',
    'dist/verstka-core.mjs', 'dist/verstka-css.js', 'dist/verstka-hyphenation-ru.js', 'dist/verstka-wasm-inline.js', 'dist/verstka.css', 'dist/verstka.css.d.ts',
    'dist/verstka.wasm',
    'docs/architecture.md', 'docs/article-format.md', 'docs/css-classes.md', 'docs/import-text.md', 'docs/npm.md', 'docs/performance.md',
    'docs/screenshots/demo.png', 'docs/security.md', 'docs/typography-conformance.md', 'docs/typography-rules.md',
    'examples/culture-festival-2024.json', 'examples/ekaterinburg-snow-2024.json', 'examples/kazan-metro-2025.json',
    'examples/sochi-vnot-2024.json', 'examples/tech-interview-2025.json',
    'package.json', 'schema/article.schema.json', 'styles/verstka.css',
  ]);
  assert.equal(info.version, PACKAGE.version);
});

test('dist is assembled from the current build: inline wasm and stylesheet module match the files', async () => {
  const wasm = readFileSync(join(ROOT, 'dist/verstka.wasm'));
  const inline = (await import('../../dist/verstka-wasm-inline.js')).default;
  assert.ok(Buffer.from(inline, 'base64').equals(wasm));
  const css = (await import('../../dist/verstka-css.js')).default;
  assert.equal(css, readFileSync(join(ROOT, 'styles/verstka.css'), 'utf8'));
  assert.equal(readFileSync(join(ROOT, 'dist/verstka.css'), 'utf8'), css);
  // The only reference to the .wasm that bundlers should see is the browser entry's.
  assert.doesNotMatch(readFileSync(join(ROOT, 'dist/verstka-core.mjs'), 'utf8'), /new URL\(/);
  assert.match(readFileSync(join(ROOT, 'dist/browser.js'), 'utf8'), /new URL\('\.\/verstka\.wasm', import\.meta\.url\)/);
});

test('no test hook ships: internals() is only in the test build', () => {
  const shipped = readFileSync(join(ROOT, 'dist/core.js'), 'utf8');
  assert.doesNotMatch(shipped, /internals|corruptHeap|count_emval_handles|test build only/);
  const testing = readFileSync(join(ROOT, 'build-wasm/dist-testing/core.js'), 'utf8');
  assert.ok(testing.startsWith(shipped.trimEnd()), 'the test build is the package plus its test-only tail');
  assert.match(testing, /export function internals\(\)/);
});

test('no eval or new Function in the shipped JavaScript (CSP without unsafe-eval)', () => {
  for (const file of ['verstka-core.mjs', 'core.js', 'options.js', 'protocol.js', 'node.js', 'browser.js', 'inline.js', 'element.js', 'rehype.js', 'rehype-node.js', 'rehype-plugin.js']) {
    const text = readFileSync(join(ROOT, 'dist', file), 'utf8');
    assert.doesNotMatch(text, /\beval\(|new Function\(/, file);
  }
});

// The size budget (issue #3): what a browser downloads for `verstka` — the module, the
// Emscripten glue and our wrapper — gzip -9. It was 200 KB; in this release the module holds
// the hyphenation code (+5.6 KB; its patterns load on demand), typographRuns (+1.7 KB) and the
// plain-text importer (+25 KB, built with -Oz): 232 KB until the importers move to a module
// loaded on demand, like the patterns. Size is deterministic for a toolchain, so unlike speed
// it is checked here; bench/run.mjs reports it in detail.
test('size: wasm + glue within 232 KB gzip', () => {
  const files = ['verstka.wasm', 'verstka-core.mjs', 'core.js', 'options.js', 'protocol.js', 'browser.js'];
  const bytes = Buffer.concat(files.map((f) => readFileSync(join(ROOT, 'dist', f))));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  assert.ok(gzip <= 232 * 1024, `wasm + glue is ${(gzip / 1024).toFixed(1)} KB gzip, over the 232 KB budget`);
});
