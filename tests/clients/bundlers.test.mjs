// Bundlers from the packed tarball in a fresh project: the .wasm emitted as an asset and the
// stylesheet kept (webpack with style-loader + css-loader, Vite 8), and the documented Vite ≤ 6
// recipe for the top-level await that its default targets refuse.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { launchChromium } from '../e2e/package-support.mjs';
import { TOOLS, exec, project, remove, spawn } from './support.mjs';

const CARD_RULE = /\.vk-card\b/;  // a selector of verstka.css, which must reach the output

let dir;
before(async () => {
  dir = await project('bundlers', {
    'src/main.js': "import { init, renderArticle } from 'verstka';\nimport 'verstka/verstka.css';\n" +
                   "init().then(() => { document.body.innerHTML = renderArticle({ title: 'T', body: [] }).html; });\n",
    'src/tla.js': "import { init, renderArticle } from 'verstka';\nimport 'verstka/verstka.css';\n" +
                  "await init();\ndocument.body.innerHTML = renderArticle({ title: 'T', body: [] }).html;\n",
    'index.html': '<!doctype html><html><body><script type="module" src="/src/main.js"></script></body></html>',
    'tla.html': '<!doctype html><html><body><script type="module" src="/src/tla.js"></script></body></html>',
  });
});
after(() => remove(dir));

const files = (path) => readdirSync(path, { recursive: true }).map(String);
const textOf = (path, pattern) => files(path).filter((f) => pattern.test(f)).map((f) => readFileSync(join(path, f), 'utf8')).join('\n');

for (const mode of ['production', 'development']) {
  test(`webpack 5 ${mode} with style-loader + css-loader keeps import 'verstka/verstka.css' and emits the .wasm`, async () => {
    const out = join(dir, `webpack-${mode}`);
    writeFileSync(join(dir, `webpack.${mode}.cjs`), `
const { join } = require('node:path');
module.exports = {
  // Not minified (the slow half of a production build; the side-effects pass that dropped the
  // stylesheet is the same either way).
  mode: '${mode}', entry: './src/main.js', devtool: false, performance: { hints: false }, optimization: { minimize: false },
  output: { path: ${JSON.stringify(out)}, clean: true },
  module: { rules: [{ test: /\\.css$/, use: ['style-loader', 'css-loader'] }] },
  resolveLoader: { modules: [join(${JSON.stringify(TOOLS)}, 'node_modules')] },
};`);
    const script = `const webpack = require('webpack');
webpack(require('./webpack.${mode}.cjs'), (error, stats) => {
  if (error || stats.hasErrors()) { console.error(error ?? stats.toString('errors-only')); process.exit(1); }
});`;
    const r = await exec(process.execPath, ['-e', script], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(files(out).some((f) => f.endsWith('.wasm')), `no .wasm emitted: ${files(out)}`);
    assert.ok(CARD_RULE.test(textOf(out, /\.js$/)), 'the stylesheet was dropped from the bundle');
  });
}

test('Vite 8 build: the stylesheet is in the CSS output and the .wasm an asset', async () => {
  const out = join(dir, 'vite8-out');
  const r = await exec(process.execPath, [join(TOOLS, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', out], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.ok(files(out).some((f) => f.endsWith('.wasm')), files(out).join());
  assert.ok(CARD_RULE.test(textOf(out, /\.css$/)), 'no stylesheet in the CSS output');
});

test('Vite 6 with its default targets: a top-level await init() fails as docs/npm.md says; its recipes build', async () => {
  const vite6 = join(TOOLS, 'node_modules/vite6/bin/vite.js');
  writeFileSync(join(dir, 'vite.tla.config.mjs'), "export default { build: { rollupOptions: { input: 'tla.html' } } };\n");
  const refused = await exec(process.execPath, [vite6, 'build', '--config', 'vite.tla.config.mjs', '--logLevel', 'error', '--outDir', join(dir, 'vite6-refused')], { cwd: dir });
  assert.notEqual(refused.code, 0);
  assert.match(refused.stdout + refused.stderr, /Top-level await is not available in the configured target environment/);
  // Recipe 1: the target that has top-level await.
  writeFileSync(join(dir, 'vite.es2022.config.mjs'),
    "export default { build: { target: 'es2022', rollupOptions: { input: 'tla.html' } } };\n");
  const es2022 = await exec(process.execPath, [vite6, 'build', '--config', 'vite.es2022.config.mjs', '--logLevel', 'warn', '--outDir', join(dir, 'vite6-es2022')], { cwd: dir });
  assert.equal(es2022.code, 0, es2022.stderr);
  // Recipe 2: init().then(…), no configuration.
  const plain = await exec(process.execPath, [vite6, 'build', '--logLevel', 'warn', '--outDir', join(dir, 'vite6-then')], { cwd: dir });
  assert.equal(plain.code, 0, plain.stderr);
  for (const out of ['vite6-es2022', 'vite6-then']) {
    assert.ok(files(join(dir, out)).some((f) => f.endsWith('.wasm')), out);
    assert.ok(CARD_RULE.test(textOf(join(dir, out), /\.css$/)), `${out}: no stylesheet in the CSS output`);
  }
});

test('Vite 8 dev server with no configuration: the pre-bundled module finds the .wasm (in Chromium)', async () => {
  writeFileSync(join(dir, 'dev.html'), '<!doctype html><html><body><script type="module">\n' +
    "import { init, renderArticle } from 'verstka';\n" +
    "init().then(() => { window.verstkaResult = renderArticle({ title: 'Заголовок', body: [] }).ok; }, (error) => { window.verstkaResult = String(error); });\n" +
    '</script></body></html>');
  const port = 5200 + Math.floor(Math.random() * 700);
  const vite = spawn(process.execPath, [join(TOOLS, 'node_modules/vite/bin/vite.js'), '--port', String(port), '--strictPort', '--force'], { cwd: dir });
  const browser = await launchChromium();
  try {
    await new Promise((resolve, reject) => {
      vite.stdout.on('data', (chunk) => { if (String(chunk).includes(String(port))) resolve(); });
      vite.on('exit', (code) => reject(new Error(`vite exited with ${code}`)));
      setTimeout(() => reject(new Error('vite did not start within 60 s')), 60000).unref();
    });
    const page = await browser.newPage();
    await page.goto(`http://localhost:${port}/dev.html`);
    await page.waitForFunction(() => window.verstkaResult !== undefined, null, { timeout: 60000 });
    assert.equal(await page.evaluate(() => window.verstkaResult), true);
  } finally {
    await browser.close();
    vite.kill();
  }
});
