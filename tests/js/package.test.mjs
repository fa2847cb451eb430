// The publishing side of package.json, without installing anything (`npm run pack:check`):
// every export target exists, the tarball holds exactly dist/ + docs, nothing private leaks.
import { PACKAGE_FILES } from './package-files.mjs';
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
  assert.deepEqual(PACKAGE.files, ['dist/', 'CHANGELOG.md', 'THIRD-PARTY-NOTICES.md', 'docs/*.md', 'docs/screenshots/demo.png', 'schema/', 'examples/*.json', 'styles/verstka.css']);
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
  assert.deepEqual(files, PACKAGE_FILES);
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
