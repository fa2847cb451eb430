// verstka/options (dist/options.js) is the one table of the options: every option it lists
// reaches the C++ side with the meaning and the default the table gives, and the protocol
// (dist/protocol.js) packs each into its own bits.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';

import { init, initHyphenation, renderArticle, validateArticle, typograph, typographRuns, hyphenate, fromEditorJs } from '../../dist/node.js';
import { LAYOUTS, MAX_INPUT_BYTES, OPTIONS, RAW_HTML, THEMES } from '../../dist/options.js';
import { CHOICE_BITS, CHOICES, FLAGS, packChoices, packFlags } from '../../dist/protocol.js';
import { cli } from './api-support.mjs';

before(async () => {
  await init();
  await initHyphenation();
});

// One article every render option changes the card of: raw HTML, a markdown heading, links,
// a Latin quotation, typographic characters, and JSON-LD-worthy metadata.
const ARTICLE = JSON.stringify({
  title: 'В Сочи - "да"', url: 'https://example.org/news/1', published: '2024-09-13T10:00:00+03:00',
  lead: 'Подводка с <b>разметкой</b> и [ссылкой](https://example.org/a)',
  body: [
    { type: 'paragraph', text: 'Он сказал: "Hello, world" - и ушел... В 2024 г. <i>тег</i>' },
    { type: 'markdown', text: '# Заголовок\n\nТекст с [ссылкой](https://example.org/b)' },
  ],
});
const TEXT = 'Он сказал: "Hello, world" - и ушел... <a href="/x" title="a - b">тег</a> В 2024 г.';
// A 7-letter word (minWordLength) and one only HTML mode reaches (text mode reads `</b>` as a path).
const HYPHENATE_TEXT = 'Всероссийской переход <b title="x">переходы</b>';

// An Editor.js document with a raw block (rawHtml), longer than ARTICLE (maxInputBytes).
const EDITORJS = JSON.stringify({
  time: 1726210000000, version: '2.30.0',
  blocks: [
    { id: 'a', type: 'header', data: { text: 'В Сочи - "да"', level: 1 } },
    { id: 'b', type: 'raw', data: { html: '<div class="embed">Сырой HTML, который никогда не проходит как есть</div>' } },
    ...JSON.parse(ARTICLE).body.map((b, i) => ({ id: `p${i}`, type: 'paragraph', data: { text: b.text } })),
  ],
});

const CALLS = {
  fromEditorJs: (options) => fromEditorJs(EDITORJS, null, options),
  renderArticle: (options) => renderArticle(ARTICLE, options),
  validateArticle: (options) => validateArticle(ARTICLE, options),
  typograph: (options) => typograph(TEXT, options),
  hyphenate: (options) => hyphenate(HYPHENATE_TEXT, options),
  typographRuns: (options) => typographRuns([{ text: 'Он сказал: "' }, { text: 'Hello, world' }, { text: '" - и ушел... В 2024 г.' }], options),
};

// A value other than the default for each option with one, which must change the result.
function otherValues(name, spec) {
  if (spec.type === 'boolean') return [!spec.default];
  if (spec.type === 'choice') return spec.values.filter((v) => v !== spec.default);
  if (name === 'maxInputBytes') return [ARTICLE.length - 1];
  if (spec.type === 'integer') return [spec.default === spec.max ? spec.min : spec.default + 1];
  return [];
}

for (const [fn, specs] of Object.entries(OPTIONS)) {
  for (const [name, spec] of Object.entries(specs)) {
    if (!('default' in spec)) continue;
    test(`${fn}: '${name}' at its table default (${JSON.stringify(spec.default)}) is what leaving it out gives`, () => {
      assert.deepEqual(CALLS[fn]({ [name]: spec.default }), CALLS[fn]());
    });
    for (const value of otherValues(name, spec)) {
      test(`${fn}: '${name}': ${JSON.stringify(value)} reaches the C++ side (the result changes)`, () => {
        assert.notDeepEqual(CALLS[fn]({ [name]: value }), CALLS[fn]());
      });
    }
  }
}

test('maxInputBytes: the table default is the C++ default, in wasm and in the native CLI', () => {
  const limit = OPTIONS.validateArticle.maxInputBytes.default;
  const json = (bytes) => {
    const body = '{"title":"T","body":[]}';
    return body + ' '.repeat(bytes - body.length);
  };
  assert.equal(validateArticle(json(limit)).ok, true);
  const over = validateArticle(json(limit + 1));
  assert.equal(over.diagnostics[0].code, 'input.too-large');
  const native = cli(['validate', '-'], json(limit + 1));
  assert.match(native.stdout + native.stderr, new RegExp(`the input is ${limit + 1} bytes; the limit is ${limit} bytes`));
  assert.equal(cli(['validate', '-'], json(limit)).status, 0);
});

test('the table: frozen, the named lists are its values, every option has a known type', () => {
  assert.ok(Object.isFrozen(OPTIONS) && Object.isFrozen(OPTIONS.renderArticle) && Object.isFrozen(OPTIONS.renderArticle.layout));
  assert.ok(Object.isFrozen(LAYOUTS) && Object.isFrozen(RAW_HTML) && Object.isFrozen(THEMES));
  assert.deepEqual(LAYOUTS, ['full', 'teaser', 'compact']);
  assert.deepEqual(RAW_HTML, ['escape', 'drop']);
  assert.deepEqual(THEMES, ['light', 'dark']);
  assert.equal(OPTIONS.renderArticle.layout.values, LAYOUTS);
  assert.equal(OPTIONS.renderArticle.rawHtml.values, RAW_HTML);
  assert.equal(OPTIONS.renderArticle.maxInputBytes.max, MAX_INPUT_BYTES);
  for (const specs of Object.values(OPTIONS)) {
    for (const spec of Object.values(specs)) {
      assert.ok(['boolean', 'choice', 'integer', 'ruleIds', 'ruleSwitches', 'input', 'meta'].includes(spec.type), spec.type);
    }
  }
});

test('the wrapper checks against the table: a value outside it is a TypeError naming the allowed ones', () => {
  assert.throws(() => renderArticle(ARTICLE, { layout: 'wide' }),
    { name: 'TypeError', message: "verstka: renderArticle: option 'layout' must be one of 'full', 'teaser', 'compact', got 'wide'" });
  assert.throws(() => renderArticle(ARTICLE, { rawHtml: true }),
    { name: 'TypeError', message: "verstka: renderArticle: option 'rawHtml' must be one of 'escape', 'drop', got a boolean" });
  assert.throws(() => renderArticle(ARTICLE, { headingBase: 7 }),
    { name: 'TypeError', message: "verstka: renderArticle: option 'headingBase' must be an integer from 1 to 6, got 7" });
  assert.throws(() => typograph(TEXT, { layout: 'full' }), { name: 'TypeError', message: "verstka: typograph: unknown option 'layout'" });
});

test('the protocol: each boolean option one bit pair, each choice one field, in table order', () => {
  const booleans = new Set();
  const choices = new Set();
  for (const specs of Object.values(OPTIONS)) {
    for (const [name, spec] of Object.entries(specs)) {
      if (spec.type === 'boolean') booleans.add(name);
      if (spec.type === 'choice') choices.add(name);
    }
  }
  assert.deepEqual([...FLAGS].sort(), [...booleans].sort());
  assert.deepEqual(CHOICES.map((c) => c.name).sort(), [...choices].sort());
  assert.ok(2 * FLAGS.length <= 32 && CHOICE_BITS * CHOICES.length <= 32);
  for (const { values } of CHOICES) assert.ok(values.length < 2 ** CHOICE_BITS);
});

test('packFlags: "given" and the value of each boolean in its own bits; absent options set none', () => {
  assert.equal(packFlags({}), 0);
  FLAGS.forEach((name, i) => {
    assert.equal(packFlags({ [name]: false }), 1 << (2 * i), `${name}: false`);
    assert.equal(packFlags({ [name]: true }) >>> 0, (3 << (2 * i)) >>> 0, `${name}: true`);
  });
  const all = Object.fromEntries(FLAGS.map((name) => [name, true]));
  assert.equal(packFlags(all), (2 ** (2 * FLAGS.length) - 1) >>> 0);
});

test('packChoices: 0 when not given, else 1 + the index of the value, in each choice\'s field', () => {
  assert.equal(packChoices({}), 0);
  CHOICES.forEach(({ name, values }, i) => {
    values.forEach((value, k) => assert.equal(packChoices({ [name]: value }), (k + 1) << (CHOICE_BITS * i), `${name}: ${value}`));
  });
});
