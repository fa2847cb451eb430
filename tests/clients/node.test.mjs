// Node ESM and CommonJS, TypeScript 5 and 7 and an esbuild bundle, each from the packed tarball
// in a fresh project (tests/clients/support.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { BIN, SEED_PATH, TOOLS, VERSION, exec, expectedHtml, project, remove } from './support.mjs';

let dir;
let expected;

before(async () => {
  expected = await expectedHtml();
  dir = await project('node');
  copyFileSync(SEED_PATH, join(dir, 'seed.json'));
});
after(() => remove(dir));

async function node(file, source) {
  writeFileSync(join(dir, file), source);
  return exec(process.execPath, [file], { cwd: dir });
}

test('Node ESM: the API smoke test renders the seed as the repository does', async () => {
  const r = await node('esm.mjs', `
import { init, renderArticle, typograph, typographRuns, version } from 'verstka';
import { readFileSync } from 'node:fs';
await init();
console.log(JSON.stringify({
  html: renderArticle(readFileSync('seed.json', 'utf8')).html, version: version(),
  text: typograph('в Сочи - "тепло"').text,
  runs: typographRuns([{ text: 'он сказал "' }, { text: 'да' }, { text: '"' }]).runs.map((run) => run.text),
}));`);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), {
    html: expected, version: VERSION, text: 'в\u00A0Сочи\u00A0— «тепло»', runs: ['он\u00A0сказал «', 'да', '»'],
  });
});

test('CommonJS: require("verstka") works on the Node versions engines allows', async () => {
  const r = await node('require.cjs', `
const { initSync, renderArticle } = require('verstka');
initSync();
console.log(JSON.stringify({ html: renderArticle(require('fs').readFileSync('seed.json', 'utf8')).html }));`);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).html, expected);
  // require() of an ES module is on by default from Node 20.19 and 22.12: every range in
  // engines starts at or above one of those (>=18 promised a require() that threw).
  const { engines } = JSON.parse(readFileSync(join(dir, 'node_modules/verstka/package.json'), 'utf8'));
  const floors = engines.node.split('||').map((range) => range.trim().replace(/^(\^|>=)/, '').split('.').map(Number));
  const supported = ([major, minor]) => (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22;
  for (const floor of floors) assert.ok(supported(floor), `engines.node '${engines.node}' allows ${floor.join('.')}, where require(esm) is off`);
});

test('the installed package page: every relative link of README.md and the shipped docs is in the tarball', () => {
  const pkg = join(dir, 'node_modules/verstka');
  const pages = ['README.md', ...readdirSync(join(pkg, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  assert.ok(pages.length > 3, 'the docs the README links ship with it');
  for (const page of pages) {
    // Code spans show link syntax as code (docs/editorjs.md: `[…](<…>)`), not as links.
    const text = readFileSync(join(pkg, page), 'utf8').replace(/`[^`\n]*`/g, '');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|mailto:|#)/.test(target)) continue;
      const file = join(pkg, page, '..', target.split('#')[0]);
      assert.ok(existsSync(file), `${page} links ${target}, which is not in the package`);
    }
  }
});

// TypeScript: a consumer with the stylesheet's side-effect import, strict, skipLibCheck off,
// under each moduleResolution a project uses; TypeScript 7 (the native compiler) and 5.9 with
// --noUncheckedSideEffectImports (7 checks side-effect imports always). TypeScript 5 runs one
// resolution here: tests/e2e/package.test.mjs compiles tests/types/consumer.ts (the stylesheet
// import included) with it under NodeNext, Bundler and Node10.
const CONSUMER = `
import { init, renderArticle, typographRuns, type RenderResult, type TextRun } from 'verstka';
import rehypeVerstka, { type RehypeVerstkaOptions } from 'verstka/rehype';
import 'verstka/verstka.css';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
await init();
const result: RenderResult = renderArticle({ title: 'T', body: [] });
const runs: TextRun[] = [{ text: 'a' }, { text: 'b', verbatim: true }];
const options: RehypeVerstkaOptions = { englishQuotes: false };
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeVerstka, options);
export const out = [result.ok, typographRuns(runs).runs[0]?.text, processor];
`;

const TS_CASES = [
  ['typescript', 'bundler', 'esnext'],
  ['typescript', 'node16', 'node16'],
  ['typescript', 'nodenext', 'nodenext'],
  ['typescript5', 'node16', 'node16'],
];

for (const [compiler, moduleResolution, module] of TS_CASES) {
  test(`TypeScript ${compiler === 'typescript' ? 7 : 5} strict, moduleResolution ${moduleResolution}: the API, verstka/rehype and import 'verstka/verstka.css'`, async () => {
      const name = `${compiler}-${moduleResolution}`;
    writeFileSync(join(dir, `${name}.mts`), CONSUMER);
    writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify({
      compilerOptions: {
        strict: true, skipLibCheck: false, noEmit: true, target: 'es2022', lib: ['es2022', 'dom'], types: [],
        module, moduleResolution, noUncheckedSideEffectImports: true, noUncheckedIndexedAccess: true,
      },
      files: [`${name}.mts`],
    }));
    const tsc = join(TOOLS, 'node_modules', compiler, 'bin/tsc');
    const r = await exec(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
  });
}

test('TypeScript 7 rejects a mistyped subpath (side-effect imports are checked, so the cases above can fail)', async () => {
  writeFileSync(join(dir, 'typo.mts'), "import 'verstka/verstka.cs';\n");
  writeFileSync(join(dir, 'tsconfig.typo.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', noUncheckedSideEffectImports: true, types: [] },
    files: ['typo.mts'],
  }));
  const r = await exec(process.execPath, [join(TOOLS, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.typo.json'], { cwd: dir });
  assert.notEqual(r.code, 0);
  assert.match(r.stdout, /TS2307|TS2882/);
});

test('esbuild bundle for Node without the .wasm: the error names the file and how to ship it; with it copied, it works', async () => {
  writeFileSync(join(dir, 'app.mjs'), `
import { init, renderArticle } from 'verstka';
import { readFileSync } from 'node:fs';
try {
  await init();
  console.log(JSON.stringify({ html: renderArticle(readFileSync('seed.json', 'utf8')).html }));
} catch (error) {
  console.log(JSON.stringify({ error: error.message }));
}`);
  mkdirSync(join(dir, 'out'), { recursive: true });
  const built = await exec(join(BIN, 'esbuild'), ['app.mjs', '--bundle', '--platform=node', '--format=esm', '--outfile=out/app.mjs', '--log-level=warning'], { cwd: dir });
  assert.equal(built.code, 0, built.stderr);
  const missing = await exec(process.execPath, ['out/app.mjs'], { cwd: dir });
  const { error } = JSON.parse(missing.stdout);
  assert.match(error, new RegExp(`not at ${join(dir, 'out/verstka.wasm').replaceAll('/', '\\/')}`));
  assert.match(error, /Copy node_modules\/verstka\/dist\/verstka\.wasm there/);
  assert.match(error, /init\(\{ wasm: pathOrBytes \}\)/);
  assert.match(error, /verstka\/inline/);
  copyFileSync(join(dir, 'node_modules/verstka/dist/verstka.wasm'), join(dir, 'out/verstka.wasm'));
  const works = await exec(process.execPath, ['out/app.mjs'], { cwd: dir });
  assert.deepEqual(JSON.parse(works.stdout), { html: expected });
});

test('esbuild browser bundle: the stylesheet import becomes the bundle\'s CSS', async () => {
  writeFileSync(join(dir, 'page.js'), "import { init } from 'verstka';\nimport 'verstka/verstka.css';\ninit().catch(() => {});\n");
  const r = await exec(join(BIN, 'esbuild'), ['page.js', '--bundle', '--format=esm', '--outdir=page-out', '--log-level=warning'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.match(readFileSync(join(dir, 'page-out/page.css'), 'utf8'), /\.vk-card\b/);
});

