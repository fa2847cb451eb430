// Bun and Deno (their binaries from npm) run the package's API smoke test from the packed
// tarball; `deno check` accepts the types; a `bun build` bundle without the .wasm says which file
// it looked for and how to ship it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';

import { BIN, SEED_PATH, VERSION, exec, expectedHtml, project, remove } from './support.mjs';

// The smoke test: every function of the API, printed as JSON.
const SMOKE = `
import { init, renderArticle, validateArticle, typograph, typographRuns, typographyRules, version } from 'verstka';
import { LAYOUTS } from 'verstka/options';
const seed = new TextDecoder().decode(await (globalThis.Deno ? Deno.readFile('seed.json') : Bun.file('seed.json').bytes()));
await init();
const bad = renderArticle('{"title": 1, "body": []}');
console.log(JSON.stringify({
  html: renderArticle(seed).html,
  teaser: renderArticle(JSON.parse(seed), { layout: 'teaser' }).ok,
  valid: validateArticle(seed).ok,
  bad: [bad.ok, bad.diagnostics[0]?.path],
  text: typograph('в Сочи - "тепло"').text,
  runs: typographRuns([{ text: 'он сказал "' }, { text: 'да' }, { text: '"' }]).runs.map((run) => run.text),
  rules: typographyRules().length > 10,
  version: version(),
  layouts: LAYOUTS,
}));
`;

// The same calls, typed, for `deno check`.
const TYPED = `
import { init, renderArticle, typograph, typographRuns, type Diagnostic, type RenderResult, type TextRun } from 'verstka';
import rehypeVerstka from 'verstka/rehype';
import { OPTIONS, type OptionSpec } from 'verstka/options';
await init();
const result: RenderResult = renderArticle(await Deno.readTextFile('seed.json'), { layout: 'teaser' });
const notes: Diagnostic[] = result.diagnostics;
const runs: TextRun[] = [{ text: 'a' }, { text: 'b', verbatim: true }];
const spec: OptionSpec = OPTIONS.renderArticle.layout;
export const out = [result.ok, notes.length, typograph('a').text, typographRuns(runs).runs.length, spec.type, rehypeVerstka({ englishQuotes: true })];
`;

let dir;
let expected;
before(async () => {
  expected = await expectedHtml();
  dir = await project('runtimes', {
    'smoke.mjs': SMOKE,
    'smoke.ts': TYPED,
    'deno.json': JSON.stringify({ nodeModulesDir: 'manual' }),
  });
  copyFileSync(SEED_PATH, join(dir, 'seed.json'));
});
after(() => remove(dir));

function checkSmoke(stdout) {
  const { html, ...rest } = JSON.parse(stdout);
  assert.ok(html === expected, 'the seed renders as in the repository');
  assert.deepEqual(rest, {
    teaser: true, valid: true, bad: [false, '/title'],
    text: 'в\u00A0Сочи\u00A0— «тепло»', runs: ['он\u00A0сказал «', 'да', '»'], rules: true, version: VERSION,
    layouts: ['full', 'teaser', 'compact'],
  });
}

test('Bun runs the API smoke test', async () => {
  const r = await exec(join(BIN, 'bun'), ['smoke.mjs'], { cwd: dir, env: { ...process.env, BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0' } });
  assert.equal(r.code, 0, r.stderr);
  checkSmoke(r.stdout);
});

test('bun build bundle without the .wasm: the error names the file and how to ship it; with it copied, it works', async () => {
  const built = await exec(join(BIN, 'bun'), ['build', 'smoke.mjs', '--target=bun', '--outdir=bun-out'], { cwd: dir });
  assert.equal(built.code, 0, built.stderr);
  const missing = await exec(join(BIN, 'bun'), ['bun-out/smoke.js'], { cwd: dir });
  assert.notEqual(missing.code, 0);
  assert.match(missing.stderr, /verstka: the WebAssembly module is not at .*bun-out\/verstka\.wasm/);
  assert.match(missing.stderr, /Copy node_modules\/verstka\/dist\/verstka\.wasm there/);
  copyFileSync(join(dir, 'node_modules/verstka/dist/verstka.wasm'), join(dir, 'bun-out/verstka.wasm'));
  const works = await exec(join(BIN, 'bun'), ['bun-out/smoke.js'], { cwd: dir });
  assert.equal(works.code, 0, works.stderr);
  checkSmoke(works.stdout);
});

test('Deno runs the API smoke test', async () => {
  const r = await exec(join(BIN, 'deno'), ['run', '--allow-read', '--no-prompt', 'smoke.mjs'], { cwd: dir, env: { ...process.env, DENO_DIR: join(dir, '.deno'), NO_COLOR: '1' } });
  assert.equal(r.code, 0, r.stderr);
  checkSmoke(r.stdout);
});

test('deno check accepts the types (and rejects a wrong one, so it does check them)', async () => {
  const env = { ...process.env, DENO_DIR: join(dir, '.deno'), NO_COLOR: '1' };
  const r = await exec(join(BIN, 'deno'), ['check', 'smoke.ts'], { cwd: dir, env });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(dir, 'wrong.ts'), "import { renderArticle } from 'verstka';\nrenderArticle({ title: 'T', body: [] }, { layout: 'poster' });\n");
  const wrong = await exec(join(BIN, 'deno'), ['check', 'wrong.ts'], { cwd: dir, env });
  assert.notEqual(wrong.code, 0);
  assert.match(wrong.stdout + wrong.stderr, /poster/);
});
