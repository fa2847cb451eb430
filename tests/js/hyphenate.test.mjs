// hyphenate() and renderArticle's `hyphenation` in the package: the same bytes as the native
// CLI, every option checked, soft hyphens only where the rules allow.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';

import { init, initHyphenation, hyphenate, renderArticle } from '../../dist/node.js';
import { OPTIONS } from '../../dist/options.js';
import { EXAMPLES, SEED, cli, runModule } from './api-support.mjs';

before(async () => {
  await init();
  await initHyphenation();
});

const SHY = '\u00AD';

test('without initHyphenation() hyphenate() and renderArticle({ hyphenation: true }) throw; the .wasm holds no patterns', async () => {
  const r = await runModule(`
    import { init, initHyphenation, hyphenate, renderArticle } from ${JSON.stringify(new URL('../../dist/node.js', import.meta.url).href)};
    await init();
    const messages = [];
    for (const call of [() => hyphenate('Всероссийской'), () => renderArticle({ title: 'Всероссийской', body: [] }, { hyphenation: true })]) {
      try { call(); messages.push('no error'); } catch (e) { messages.push(e.message); }
    }
    await initHyphenation();
    await initHyphenation();  // idempotent
    messages.push(hyphenate('Всероссийской'));
    console.log(JSON.stringify(messages));
  `);
  assert.equal(r.status, 0, r.stderr);
  const [hyphenateError, renderError, after] = JSON.parse(r.stdout);
  assert.match(hyphenateError, /hyphenate: the hyphenation patterns are not loaded; call `await initHyphenation\(\)` first/);
  assert.match(renderError, /renderArticle: the hyphenation patterns are not loaded/);
  assert.equal(after, `Все${SHY}рос${SHY}сий${SHY}ской`);
});

test('hyphenate() inserts U+00AD where Russian words may break', () => {
  assert.equal(hyphenate('Всероссийской муниципалитетов'), `Все${SHY}рос${SHY}сий${SHY}ской му${SHY}ни${SHY}ци${SHY}па${SHY}ли${SHY}те${SHY}тов`);
});

test('hyphenate() leaves abbreviations, Latin words, URLs and e-mails whole', () => {
  const text = 'ВНОТ-2024 SochiMedia https://sochimedia.ru/всероссийской почта@муниципалитетов.рф';
  assert.equal(hyphenate(text), text);
});

test('hyphenate() options: html, entities, minWordLength', () => {
  assert.equal(hyphenate('<code>переходы</code> переходы', { html: true }), `<code>переходы</code> пе${SHY}ре${SHY}хо${SHY}ды`);
  assert.equal(hyphenate('переходы', { entities: true }), 'пе&shy;ре&shy;хо&shy;ды');
  assert.equal(hyphenate('переходы', { minWordLength: 9 }), 'переходы');
  assert.equal(hyphenate('переходы', { minWordLength: 8 }), `пе${SHY}ре${SHY}хо${SHY}ды`);
});

test('hyphenate() is idempotent', () => {
  const once = hyphenate(SEED.json);
  assert.equal(hyphenate(once), once);
  assert.equal(once.replaceAll(SHY, ''), SEED.json);
});

test('hyphenate() rejects bad arguments with TypeError', () => {
  assert.throws(() => hyphenate(42), /hyphenate: the text must be a string/);
  assert.throws(() => hyphenate('x', { minWordLength: 3 }), /minWordLength' must be an integer from 4 to 100/);
  assert.throws(() => hyphenate('x', { minWordLength: 7.5 }), TypeError);
  assert.throws(() => hyphenate('x', { typography: true }), /unknown option 'typography'/);
  assert.throws(() => hyphenate('x', { html: 'yes' }), /'html' must be a boolean/);
});

test('OPTIONS lists hyphenate and renderArticle.hyphenation with their defaults', () => {
  assert.deepEqual(OPTIONS.hyphenate.minWordLength, { type: 'integer', min: 4, max: 100, default: 7 });
  assert.equal(OPTIONS.renderArticle.hyphenation.default, false);
});

test('hyphenate() equals the native CLI byte for byte on every example', () => {
  for (const example of EXAMPLES) {
    const native = cli(['hyphenate'], example.json);
    assert.equal(native.status, 0, native.stderr);
    assert.equal(hyphenate(example.json), native.stdout, example.name);
  }
});

test('renderArticle({ hyphenation: true }) equals `verstka render --hyphenate` on every example', () => {
  for (const example of EXAMPLES) {
    const native = cli(['render', '--hyphenate', example.path]);
    assert.equal(native.status, 0, native.stderr);
    const r = renderArticle(example.json, { hyphenation: true });
    assert.equal(r.html, native.stdout, example.name);
    assert.ok(r.html.includes(SHY), example.name);
    assert.ok(!renderArticle(example.json).html.includes(SHY), example.name);
  }
});
