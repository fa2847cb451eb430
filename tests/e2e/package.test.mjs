// The packed tarball as users get it: `npm pack`, installed into a fresh project, then used from
// Node ESM, CommonJS via import(), TypeScript --strict, a Vite 7 production build and a plain
// static page in headless Chromium. Every HTML it renders must equal the repository's own.
import { PACKAGE_FILES } from '../js/package-files.mjs';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ROOT, run, serve, launchChromium, open, pack } from './package-support.mjs';
import { init, renderArticle } from '../../dist/node.js';

const SEED_PATH = join(ROOT, 'examples/sochi-vnot-2024.json');
const SEED = readFileSync(SEED_PATH, 'utf8');
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

let packed;
let project;
let browser;
let expected;

before(async () => {
  await init();
  expected = { full: renderArticle(SEED).html, teaser: renderArticle(SEED, { layout: 'teaser' }).html };
  const chromium = launchChromium();  // starts while npm works
  packed = await pack();
  project = await mkdtemp(join(tmpdir(), 'verstka-consumer-'));
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  // One install for everything; the bundlers come from the registry (or npm's cache).
  await run('npm', ['install', packed.tarball, 'vite@7', 'webpack@5', 'webpack-cli@5', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
            { cwd: project, timeout: 180000 });
  await copyFile(SEED_PATH, join(project, 'seed.json'));
  browser = await chromium;
});

after(async () => {
  await browser?.close();
  if (project) await rm(project, { recursive: true, force: true });
  if (packed) await rm(packed.dir, { recursive: true, force: true });
});

test('the tarball holds exactly the package files', () => {
  assert.deepEqual(packed.files, PACKAGE_FILES);
  const manifest = JSON.parse(readFileSync(join(project, 'node_modules/verstka/package.json'), 'utf8'));
  assert.equal(manifest.private, undefined);
  assert.equal(manifest.version, VERSION);
  console.log(`tarball: ${packed.size} bytes packed, ${packed.unpackedSize} unpacked`);
});

async function node(file, source) {
  await writeFile(join(project, file), source);
  const { stdout } = await run(process.execPath, [file], { cwd: project });
  return JSON.parse(stdout);
}

test('Node ESM: import, init, render the seed; wasm, css and options exported', async () => {
  const r = await node('esm.mjs', `
import { init, renderArticle, version } from 'verstka';
import { VerstkaCard } from 'verstka/element';  // server-side rendering imports it too: inert
import { LAYOUTS, OPTIONS } from 'verstka/options';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
if (typeof VerstkaCard !== 'function') throw new Error('verstka/element did not load in Node');
await init();
const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(require.resolve('verstka/package.json'), 'utf8'));
console.log(JSON.stringify({
  html: renderArticle(readFileSync('seed.json', 'utf8')).html,
  version: version(), manifest: manifest.version,
  wasm: existsSync(new URL(import.meta.resolve('verstka/verstka.wasm'))),
  css: existsSync(new URL(import.meta.resolve('verstka/verstka.css'))),
  layouts: LAYOUTS, layoutDefault: OPTIONS.renderArticle.layout.default,
}));`);
  assert.deepEqual(r, { html: expected.full, version: VERSION, manifest: VERSION, wasm: true, css: true,
                        layouts: ['full', 'teaser', 'compact'], layoutDefault: 'full' });
});

test('CommonJS: import() from a .cjs file', async () => {
  const r = await node('cjs.cjs', `
const { readFileSync } = require('node:fs');
(async () => {
  const verstka = await import('verstka');
  await verstka.init();
  const html = verstka.renderArticle(JSON.parse(readFileSync('seed.json', 'utf8')), { layout: 'teaser' }).html;
  console.log(JSON.stringify({ html }));
})();`);
  assert.equal(r.html, expected.teaser);
});

test('verstka/inline in Node: initSync() with the embedded wasm', async () => {
  const r = await node('inline.mjs', `
import { initSync, renderArticle } from 'verstka/inline';
import { readFileSync } from 'node:fs';
initSync();
console.log(JSON.stringify({ html: renderArticle(readFileSync('seed.json', 'utf8')).html }));`);
  assert.equal(r.html, expected.full);
});

test('TypeScript --strict (skipLibCheck off) compiles a consumer of every exported type', async () => {
  await mkdir(join(project, 'types'), { recursive: true });
  await copyFile(join(ROOT, 'tests/types/consumer.ts'), join(project, 'types/consumer.ts'));
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  // Node's own resolution, bundlers', and the old node10 one (through typesVersions).
  for (const [module, moduleResolution] of [['NodeNext', 'NodeNext'], ['ESNext', 'Bundler'], ['ESNext', 'Node10']]) {
    const config = `tsconfig.${moduleResolution}.json`;
    await writeFile(join(project, config), JSON.stringify({
      compilerOptions: {
        strict: true, skipLibCheck: false, noEmit: true, target: 'ES2022', lib: ['ES2022', 'DOM'],
        module, moduleResolution, types: [], noUnusedLocals: true, noUncheckedSideEffectImports: true,
      },
      files: ['types/consumer.ts'],
    }));
    const result = await run(process.execPath, [tsc, '-p', join(project, config)], { cwd: project }).catch((e) => e);
    assert.equal(result.code ?? 0, 0, `${moduleResolution}: ${result.stdout}${result.stderr}`);
  }
});

// The page renders the seed and publishes the HTML; the test compares it with Node's.
const PAGE_SCRIPT = `
const article = await (await fetch('./seed.json')).json();
await init();
const full = renderArticle(article);
const teaser = renderArticle(JSON.stringify(article), { layout: 'teaser' });
document.querySelector('#out').innerHTML = full.html;
window.verstkaResult = { full: full.html, teaser: teaser.html, version: version() };`;

async function rendered(url) {
  const { page, errors } = await open(browser, url);
  await page.waitForFunction(() => window.verstkaResult || window.verstkaError, null, { timeout: 20000 });
  const result = await page.evaluate(() => window.verstkaResult ?? { error: window.verstkaError });
  const text = await page.evaluate(() => document.querySelector('#out .vk-card__title')?.textContent ?? null);
  await page.close();
  return { result, errors, text };
}

test('Vite 7 production build, in Chromium', async () => {
  const app = join(project, 'vite-app');
  await mkdir(app, { recursive: true });
  await copyFile(SEED_PATH, join(app, 'seed.json'));
  await writeFile(join(app, 'index.html'),
    '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>vite</title></head>' +
    '<body><div id="out"></div><script type="module" src="./main.js"></script></body></html>');
  await writeFile(join(app, 'main.js'),
    `import { init, renderArticle, version } from 'verstka';\nimport 'verstka/verstka.css';\n` +
    `try {${PAGE_SCRIPT.replace("'./seed.json'", "new URL('./seed.json', location.href)")}\n} catch (error) { window.verstkaError = String(error); }\n`);
  await run(join(project, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn', '--outDir', join(app, 'dist')], { cwd: app, timeout: 120000 });
  await copyFile(SEED_PATH, join(app, 'dist/seed.json'));
  const assets = await readdir(join(app, 'dist/assets'));
  assert.ok(assets.some((name) => name.endsWith('.wasm')), `no .wasm asset emitted: ${assets}`);
  const server = await serve(join(app, 'dist'));
  try {
    const { result, errors, text } = await rendered(`${server.origin}/`);
    assert.deepEqual(result, { full: expected.full, teaser: expected.teaser, version: VERSION });
    assert.deepEqual(errors, []);
    assert.ok(text && text.length > 10, 'the card is on the page');
    assert.ok(server.requests.some((path) => path.endsWith('.wasm')), 'the .wasm was fetched as an asset');
  } finally {
    await server.close();
  }
});

test('webpack 5 production build (no configuration for the .wasm), in Chromium', async () => {
  const app = join(project, 'webpack-app');
  await mkdir(join(app, 'src'), { recursive: true });
  await writeFile(join(app, 'src/main.js'),
    "import { init, renderArticle, version } from 'verstka';\n" +
    `(async () => {\ntry {${PAGE_SCRIPT}\n} catch (error) { window.verstkaError = String(error); }\n})();\n`);
  await writeFile(join(app, 'webpack.config.cjs'),
    "module.exports = { mode: 'production', entry: './src/main.js', performance: { hints: false },\n" +
    "  output: { path: __dirname + '/dist', clean: true } };\n");
  await run(join(project, 'node_modules/.bin/webpack'), ['--config', 'webpack.config.cjs'], { cwd: app, timeout: 120000 });
  const assets = await readdir(join(app, 'dist'));
  assert.ok(assets.some((name) => name.endsWith('.wasm')), `no .wasm asset emitted: ${assets}`);
  await copyFile(SEED_PATH, join(app, 'dist/seed.json'));
  await writeFile(join(app, 'dist/index.html'),
    '<!doctype html><html lang="ru"><head><meta charset="utf-8"></head><body><div id="out"></div>' +
    '<script src="main.js"></script></body></html>');
  const server = await serve(join(app, 'dist'));
  try {
    const { result, errors } = await rendered(`${server.origin}/`);
    assert.deepEqual(result, { full: expected.full, teaser: expected.teaser, version: VERSION });
    assert.deepEqual(errors, []);
  } finally {
    await server.close();
  }
});

test("Vite 7 dev server with the documented optimizeDeps.exclude, in Chromium", async () => {
  const app = join(project, 'vite-app');  // written by the production-build test
  await writeFile(join(app, 'vite.config.js'), "export default { optimizeDeps: { exclude: ['verstka'] } };\n");
  await copyFile(SEED_PATH, join(app, 'seed.json'));
  const port = 5200 + Math.floor(Math.random() * 700);
  const vite = spawn(join(project, 'node_modules/.bin/vite'), ['--port', String(port), '--strictPort', '--force', '--logLevel', 'info'], { cwd: app });
  try {
    await new Promise((resolve, reject) => {
      vite.stdout.on('data', (chunk) => { if (String(chunk).includes(String(port))) resolve(); });
      vite.on('exit', (code) => reject(new Error(`vite exited with ${code}`)));
      setTimeout(() => reject(new Error('vite did not start within 60 s')), 60000).unref();
    });
    const { result, errors } = await rendered(`http://localhost:${port}/`);
    assert.deepEqual(result, { full: expected.full, teaser: expected.teaser, version: VERSION });
    assert.deepEqual(errors, []);
  } finally {
    vite.kill();
  }
});

// A plain page: an import map for the bare name, the module straight from node_modules.
async function staticPage(name, { specifier = 'verstka', entry = 'dist/browser.js', body = PAGE_SCRIPT, ...options } = {}) {
  const page = join(project, `${name}.html`);
  await writeFile(page,
    '<!doctype html><html lang="ru"><head><meta charset="utf-8">' +
    `<script type="importmap">{"imports": {"${specifier}": "./node_modules/verstka/${entry}"}}</script></head>` +
    '<body><div id="out"></div><script type="module">\n' +
    `import { init, initSync, renderArticle, version } from '${specifier}';\n` +
    `try {${body}\n} catch (error) { window.verstkaError = String(error); }\n</script></body></html>`);
  const server = await serve(project, options);
  try {
    return { ...(await rendered(`${server.origin}/${name}.html`)), requests: server.requests };
  } finally {
    await server.close();
  }
}

test('plain static page with an import map, in Chromium', async () => {
  const { result, errors, text, requests } = await staticPage('plain');
  assert.deepEqual(result, { full: expected.full, teaser: expected.teaser, version: VERSION });
  assert.deepEqual(errors, []);
  assert.ok(text);
  assert.ok(requests.includes('/node_modules/verstka/dist/verstka.wasm'));
});

test('a server sending the wrong MIME type for .wasm still works (buffered fallback)', async () => {
  const { result, errors } = await staticPage('mime', { type: (path) => (path.endsWith('.wasm') ? 'application/octet-stream' : undefined) });
  assert.deepEqual(result, { full: expected.full, teaser: expected.teaser, version: VERSION });
  assert.deepEqual(errors, []);
});

test('verstka/inline in Chromium: initSync() without any .wasm request', async () => {
  const body = PAGE_SCRIPT.replace('await init();', 'initSync();');
  const { result, errors, requests } = await staticPage('inline', { specifier: 'verstka/inline', entry: 'dist/inline.js', body });
  assert.deepEqual(result, { full: expected.full, teaser: expected.teaser, version: VERSION });
  assert.deepEqual(errors, []);
  assert.ok(!requests.some((path) => path.endsWith('.wasm')), requests.join());
});

test("CSP: works with 'wasm-unsafe-eval' and without 'unsafe-eval'; fails clearly without it", async () => {
  const app = join(project, 'csp');
  await mkdir(app, { recursive: true });
  await writeFile(join(app, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"></head><body><div id="out"></div>' +
    '<script type="module" src="./app.js"></script></body></html>');
  await writeFile(join(app, 'app.js'),
    "import { init, renderArticle, version } from '../node_modules/verstka/dist/browser.js';\n" +
    "import '../node_modules/verstka/dist/element.js';\n" +
    `try {${PAGE_SCRIPT.replace("'./seed.json'", "'../seed.json'")}\n` +
    // <verstka-card> styles itself with a constructed stylesheet, which style-src 'self' allows.
    "const card = document.createElement('verstka-card'); card.article = article; document.body.append(card); await card.refresh();\n" +
    "window.verstkaResult.titleWeight = getComputedStyle(card.shadowRoot.querySelector('.vk-card__title')).fontWeight;\n" +
    '} catch (error) { window.verstkaError = String(error); }\n');
  const policies = {
    allowed: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'",
    refused: "default-src 'self'; script-src 'self'",
  };
  for (const [name, policy] of Object.entries(policies)) {
    const server = await serve(project, { headers: () => ({ 'content-security-policy': policy }) });
    try {
      const { result } = await rendered(`${server.origin}/csp/index.html`);
      if (name === 'allowed') {
        assert.equal(result.full, expected.full);
        assert.ok(Number(result.titleWeight) >= 600, `the card's stylesheet did not apply: ${result.titleWeight}`);
      }
      else assert.match(result.error, /CompileError|wasm|WebAssembly/i);
    } finally {
      await server.close();
    }
  }
});
