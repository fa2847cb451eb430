// fromText() and renderArticle(text, {from: 'text'}) over the built package: the same article
// and notes as the native importer (the CLI) for every case of tests/import/text/, the seed
// end to end, and every argument mistake a TypeError.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { init, fromText, renderArticle } from '../../dist/node.js';
import { ROOT, cli } from './api-support.mjs';

before(async () => {
  await init();
});

const CASES = join(ROOT, 'tests/import/text');
const SEED_TEXT = readFileSync(join(ROOT, 'tests/import/seed.txt'), 'utf8');

for (const name of readdirSync(CASES).filter((n) => n.endsWith('.txt')).sort()) {
  test(`fromText gives the expected article of ${name}, as the native importer does`, () => {
    const base = join(CASES, name.slice(0, -4));
    const meta = existsSync(`${base}.meta.json`) ? JSON.parse(readFileSync(`${base}.meta.json`, 'utf8')) : undefined;
    const r = fromText(readFileSync(join(CASES, name), 'utf8'), meta);
    assert.equal(r.ok, true);
    assert.deepEqual(r.article, JSON.parse(readFileSync(`${base}.json`, 'utf8')));
    const notes = r.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.path || '-'}\n`).join('');
    assert.equal(notes, readFileSync(`${base}.notes`, 'utf8'));
    const args = ['import', '--from', 'text', join(CASES, name)];
    if (meta) args.push('--meta', `${base}.meta.json`);
    const native = cli(args);
    assert.equal(native.status, 0, native.stderr);
    assert.deepEqual(JSON.parse(native.stdout), r.article);
  });
}

test('renderArticle(seed, {from: "text"}) shows the quote by Elena Канюк and puts the import notes first', () => {
  const r = renderArticle(SEED_TEXT, { from: 'text', meta: { url: 'https://sochimedia.ru/', year: 2024 } });
  assert.equal(r.ok, true);
  assert.match(r.html, /<cite class="vk-quote__author">Elena Канюк<\/cite>/);
  assert.match(r.html, /class="vk-card__more"/);
  assert.equal(r.diagnostics[0].code, 'import.title');
  assert.equal(r.diagnostics[0].severity, 'info');
  assert.ok(r.diagnostics.some((d) => d.code === 'import.cover-without-src' && d.severity === 'warning'));
  const imported = fromText(SEED_TEXT, { url: 'https://sochimedia.ru/', year: 2024 });
  assert.equal(r.html, renderArticle(imported.article).html);
});

test('a failed import renders no card: the errors say why', () => {
  const empty = renderArticle(' \n\t\n', { from: 'text' });
  assert.deepEqual([empty.ok, empty.html, empty.diagnostics.map((d) => d.code)], [false, '', ['import.empty']]);
  const r = fromText('Заголовок', { year: 'двадцать' });
  assert.deepEqual([r.ok, r.article, r.diagnostics.map((d) => d.code)], [false, null, ['import.meta']]);
});

test('a text over the input limit is refused without being copied in', () => {
  const r = fromText('Заголовок\n' + 'а'.repeat(3 << 20));
  assert.equal(r.ok, false);
  assert.equal(r.diagnostics[0].code, 'input.too-large');
});

test('argument mistakes are TypeErrors naming the argument', () => {
  assert.throws(() => fromText({ title: 'x' }), { name: 'TypeError', message: 'verstka: fromText: the text must be a string, got an object (Object)' });
  assert.throws(() => fromText('x', 'https://example.org'), { name: 'TypeError', message: /fromText: meta must be an object/ });
  assert.throws(() => fromText('x', [1]), { name: 'TypeError', message: /fromText: meta must be an object/ });
  assert.throws(() => renderArticle({ title: 'x', body: [] }, { from: 'text' }), { name: 'TypeError', message: /renderArticle: the text must be a string/ });
  assert.throws(() => renderArticle('x', { from: 'html' }), { name: 'TypeError', message: /option 'from' must be one of 'json', 'text'/ });
  assert.throws(() => renderArticle({ title: 'x', body: [] }, { meta: { year: 2024 } }), { name: 'TypeError', message: /option 'meta' is for an input to import/ });
});
