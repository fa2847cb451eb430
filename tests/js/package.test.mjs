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
  assert.deepEqual(Object.keys(exports), ['.', './inline', './element', './options', './rehype', './verstka.wasm', './verstka-import.wasm', './verstka.css', './package.json']);
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
  const importWasm = readFileSync(join(ROOT, 'dist/verstka-import.wasm'));
  const importInline = (await import('../../dist/verstka-import-wasm-inline.js')).default;
  assert.ok(Buffer.from(importInline, 'base64').equals(importWasm));
  const css = (await import('../../dist/verstka-css.js')).default;
  assert.equal(css, readFileSync(join(ROOT, 'styles/verstka.css'), 'utf8'));
  assert.equal(readFileSync(join(ROOT, 'dist/verstka.css'), 'utf8'), css);
  // The only reference to the .wasm that bundlers should see is the browser entry's.
  assert.doesNotMatch(readFileSync(join(ROOT, 'dist/verstka-core.mjs'), 'utf8'), /new URL\(/);
  assert.doesNotMatch(readFileSync(join(ROOT, 'dist/verstka-import-core.mjs'), 'utf8'), /new URL\(/);
  // (Minified: the quotes are esbuild's.)
  assert.match(readFileSync(join(ROOT, 'dist/browser.js'), 'utf8'), /new URL\("\.\/verstka\.wasm",import\.meta\.url\)/);
  assert.match(readFileSync(join(ROOT, 'dist/browser.js'), 'utf8'), /new URL\("\.\/verstka-import\.wasm",import\.meta\.url\)/);
});

test('no test hook ships: internals() is only in the test build, which exports the package\'s API besides', async () => {
  const shipped = readFileSync(join(ROOT, 'dist/core.js'), 'utf8');
  assert.doesNotMatch(shipped, /internals|corruptHeap|count_emval_handles|test build only/);
  const exported = async (dir) => Object.keys(await import(join(ROOT, dir, 'core.js'))).sort();
  assert.deepEqual(await exported('build-wasm/dist-testing'), [...await exported('dist'), 'internals'].sort());
});

test('the shipped JavaScript is minified; its commented sources are bindings/js/', () => {
  for (const file of ['core.js', 'browser.js', 'verstka-core.mjs', 'verstka-import-core.mjs']) {
    const text = readFileSync(join(ROOT, 'dist', file), 'utf8');
    assert.doesNotMatch(text, /^\s*\/\//m, `${file} has comments`);
    assert.ok(text.split('\n').length <= 5, `${file} is not minified`);
  }
});

test('no eval or new Function in the shipped JavaScript (CSP without unsafe-eval)', () => {
  for (const file of ['verstka-core.mjs', 'verstka-import-core.mjs', 'core.js', 'options.js', 'protocol.js', 'node.js', 'browser.js', 'inline.js', 'element.js', 'rehype.js', 'rehype-node.js', 'rehype-plugin.js']) {
    const text = readFileSync(join(ROOT, 'dist', file), 'utf8');
    assert.doesNotMatch(text, /\beval\(|new Function\(/, file);
  }
});

// The size budgets (issue #3), gzip -9. What a browser downloads for `verstka` — the renderer's
// module, the Emscripten glue and our wrapper — stays within 200 KB. It had grown to 249.5 KB
// with the hyphenation code (+5.6 KB; its patterns load on demand), typographRuns (+1.7 KB) and
// the two importers (+40 KB); the importers now have a module of their own, which only
// initImport() downloads (its budget below: it carries its own JSON parser and runtime), and
// the JavaScript ships minified (197.8 KB). The typography v2 rules (issue #12: five new rules,
// glued units and abbreviations, the written-character list) then added 6.3 KB (204.1 KB); the
// JSON-LD written without nlohmann's serializer (−7.8 KB) and cold code compiled for size (the
// diagnostics' placing, cmake/VerstkaWasm.cmake) took it to 195.8 KB. Size is deterministic
// for a toolchain, so unlike speed it is checked here; bench/run.mjs reports it in detail.
const gzipKB = (files) => gzipSync(Buffer.concat(files.map((f) => readFileSync(join(ROOT, 'dist', f)))), { level: 9 }).length / 1024;

test('size: the renderer (wasm + glue) within 200 KB gzip', () => {
  const kb = gzipKB(['verstka.wasm', 'verstka-core.mjs', 'core.js', 'options.js', 'protocol.js', 'browser.js']);
  assert.ok(kb <= 200, `wasm + glue is ${kb.toFixed(1)} KB gzip, over the 200 KB budget`);
});

test('size: the importers (their wasm + glue, loaded by initImport()) within 120 KB gzip', () => {
  const kb = gzipKB(['verstka-import.wasm', 'verstka-import-core.mjs']);
  assert.ok(kb <= 120, `the importers' wasm + glue is ${kb.toFixed(1)} KB gzip, over the 120 KB budget`);
});
