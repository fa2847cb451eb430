// The JS API over the built package (dist/node.js): every function, every option, every error
// path, and results equal to the native CLI's byte for byte.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';

import { init, initSync, renderArticle, validateArticle, typograph, typographRuns, typographyRules, version } from '../../dist/node.js';
import { EXAMPLES, SEED, PACKAGE, cli, article } from './api-support.mjs';

before(async () => {
  await init();
});

const LAYOUTS = ['full', 'teaser', 'compact'];

describe('renderArticle equals the native CLI byte for byte', () => {
  for (const example of EXAMPLES) {
    for (const layout of LAYOUTS) {
      test(`${example.name} --layout ${layout}`, () => {
        const native = cli(['render', '--layout', layout, example.path]);
        assert.equal(native.status, 0, native.stderr);
        const r = renderArticle(example.json, { layout });
        assert.equal(r.ok, true);
        assert.equal(r.html, native.stdout);
      });
    }
    const variants = [
      [['--json-ld'], { jsonLd: true }],
      [['--no-typography'], { typography: false }],
      [['--entities'], { entities: true }],
      [['--nofollow', '--new-tab'], { nofollow: true, newTab: true }],
      [['--raw-html', 'drop'], { rawHtml: 'drop' }],
      [['--json-ld', '--entities', '--layout', 'teaser'], { jsonLd: true, entities: true, layout: 'teaser' }],
    ];
    for (const [flags, options] of variants) {
      test(`${example.name} ${flags.join(' ')}`, () => {
        const native = cli(['render', ...flags, example.path]);
        assert.equal(native.status, 0, native.stderr);
        assert.equal(renderArticle(example.json, options).html, native.stdout);
      });
    }
  }
});

describe('renderArticle inputs', () => {
  // Positions differ (the object is re-serialised on one line); everything else is the same.
  const withoutPositions = (r) => ({ ...r, diagnostics: r.diagnostics.map(({ line, column, ...d }) => d) });

  test('an object is rendered like its JSON text', () => {
    assert.deepEqual(withoutPositions(renderArticle(JSON.parse(SEED.json))), withoutPositions(renderArticle(SEED.json)));
  });

  test('UTF-8 bytes are rendered like the text', () => {
    assert.deepEqual(renderArticle(new TextEncoder().encode(SEED.json)), renderArticle(SEED.json));
  });

  test('a JSON string is passed through as is: a syntax error keeps its line and column', () => {
    const r = renderArticle('{\n  "v": 1,\n  "title": "x",\n  oops\n}');
    assert.equal(r.ok, false);
    assert.equal(r.html, '');
    const d = r.diagnostics.find((x) => x.code === 'json.syntax');
    assert.ok(d, JSON.stringify(r.diagnostics));
    assert.equal(d.line, 4);
    assert.equal(d.severity, 'error');
  });

  test('an object is serialised once: toJSON runs one time', () => {
    let calls = 0;
    const input = { ...JSON.parse(SEED.json), toJSON() { calls += 1; const { toJSON, ...rest } = this; return rest; } };
    assert.equal(renderArticle(input).ok, true);
    assert.equal(calls, 1);
  });

  test('an array is serialised and rejected by the validator, not by a TypeError', () => {
    const r = renderArticle([]);
    assert.equal(r.ok, false);
    assert.ok(r.diagnostics.some((d) => d.severity === 'error'));
  });

  test('non-BMP characters survive the round trip', () => {
    const r = renderArticle(article([{ type: 'paragraph', text: 'Смайлик 😀 здесь' }]), { typography: false });
    assert.equal(r.ok, true, JSON.stringify(r.diagnostics));
    assert.match(r.html, /Смайлик 😀 здесь/);
  });

  test('a lone UTF-16 surrogate becomes U+FFFD and keeps its neighbour', () => {
    for (const lone of ['\uD800', '\uDBFF', '\uDC00']) {
      const r = renderArticle(`{"v":1,"title":"а${lone}б","body":[{"type":"paragraph","text":"т"}]}`, { typography: false });
      assert.equal(r.ok, true, JSON.stringify(r.diagnostics));
      assert.match(r.html, /<h1 class="vk-card__title">а\uFFFDб<\/h1>/);
      assert.equal(typograph(`x${lone}y`, { disable: ['*'] }).text.replace(/\s/g, ''), 'x\uFFFDy');
    }
  });

  test('a NUL inside a string reaches the validator (strings are length-prefixed, not cut)', () => {
    const r = renderArticle(article([{ type: 'paragraph', text: 'до \u0000 после' }]));
    assert.equal(r.ok, false);
    assert.deepEqual(r.diagnostics.map((d) => [d.code, d.path]), [['article.nul-character', '/body/0/text']]);
  });
});

describe('renderArticle options', () => {
  const seed = JSON.parse(SEED.json);

  test('every layout gives a different card, each marked with its layout', () => {
    const html = LAYOUTS.map((layout) => renderArticle(seed, { layout }).html);
    assert.equal(new Set(html).size, 3);
    assert.match(html[1], /vk-card--teaser/);
    assert.match(html[2], /vk-card--compact/);
  });

  test('layout defaults to full', () => {
    assert.equal(renderArticle(seed).html, renderArticle(seed, { layout: 'full' }).html);
  });

  test('jsonLd appends a NewsArticle script', () => {
    assert.doesNotMatch(renderArticle(seed).html, /application\/ld\+json/);
    assert.match(renderArticle(seed, { jsonLd: true }).html, /<script type="application\/ld\+json">[^<]*NewsArticle/);
  });

  // The rule set itself is tested natively; here only that the switches reach it.
  const engineHasRules = () => typographyRules().length > 0;

  test('typography: false leaves the text as written', () => {
    const a = article([{ type: 'paragraph', text: 'Он сказал - "да"' }]);
    assert.match(renderArticle(a, { typography: false }).html, /<p class="vk-p">Он сказал - "да"<\/p>/);
    if (engineHasRules()) assert.doesNotMatch(renderArticle(a, { typography: true }).html, /сказал - /);
  });

  test('rawHtml: escape shows raw HTML as text, drop removes it', () => {
    const a = article([{ type: 'paragraph', text: 'до <b onclick="x()">жирный</b> после' }]);
    const escaped = renderArticle(a, { rawHtml: 'escape', typography: false }).html;
    const dropped = renderArticle(a, { rawHtml: 'drop', typography: false }).html;
    assert.match(escaped, /&lt;b onclick/);
    assert.doesNotMatch(dropped, /onclick/);
    assert.doesNotMatch(escaped, /<b onclick/);
  });

  test('headingBase moves markdown headings', () => {
    const a = article([{ type: 'markdown', text: '# Раздел\n\nТекст.' }]);
    assert.match(renderArticle(a).html, /<h2[^>]*>Раздел<\/h2>/);
    assert.match(renderArticle(a, { headingBase: 3 }).html, /<h3[^>]*>Раздел<\/h3>/);
    assert.match(renderArticle(a, { headingBase: 6 }).html, /<h6[^>]*>Раздел<\/h6>/);
  });

  test('nofollow and newTab change links in article text only when asked', () => {
    const a = article([{ type: 'paragraph', text: 'См. [сайт](https://example.org/a).' }]);
    const plain = renderArticle(a).html;
    assert.doesNotMatch(plain, /nofollow|_blank/);
    assert.match(renderArticle(a, { nofollow: true }).html, /rel="[^"]*nofollow ugc/);
    assert.match(renderArticle(a, { newTab: true }).html, /target="_blank"/);
  });

  test('maxInputBytes rejects a larger input with input.too-large', () => {
    const bytes = new TextEncoder().encode(SEED.json).length;
    assert.equal(renderArticle(SEED.json, { maxInputBytes: bytes }).ok, true);
    const r = renderArticle(SEED.json, { maxInputBytes: bytes - 1 });
    assert.equal(r.ok, false);
    assert.deepEqual(r.diagnostics.map((d) => d.code), ['input.too-large']);
  });

  test('entities writes named entities instead of characters', () => {
    const a = article([{ type: 'paragraph', text: 'Он сказал - "да"' }]);
    const named = renderArticle(a, { entities: true }).html;
    assert.doesNotMatch(named, /[\u00A0\u2014«»]/);
    if (engineHasRules()) {
      assert.match(named, /&mdash;|&nbsp;/);
      assert.match(renderArticle(a).html, /[\u00A0\u2014]/);
    }
  });

  test('rules {id: bool} is the same as enable/disable lists', () => {
    const rules = typographyRules();
    const ids = rules.filter((r) => r.onByDefault).slice(0, 3).map((r) => r.id);
    const off = Object.fromEntries(ids.map((id) => [id, false]));
    assert.deepEqual(renderArticle(seed, { rules: off }), renderArticle(seed, { disable: ids }));
    const groups = { 'nbsp/*': false, 'quotes/*': false };
    assert.deepEqual(renderArticle(seed, { rules: groups }), renderArticle(seed, { disable: ['nbsp/*', 'quotes/*'] }));
  });

  test('enable/disable equal the CLI --enable/--disable', () => {
    const native = cli(['render', '--disable', 'nbsp/*', '--enable', 'nbsp/short-word', SEED.path]);
    assert.equal(native.status, 0, native.stderr);
    assert.equal(renderArticle(seed, { disable: ['nbsp/*'], enable: ['nbsp/short-word'] }).html, native.stdout);
  });

  test('undefined option values mean the default', () => {
    assert.equal(renderArticle(seed, { layout: undefined, jsonLd: undefined }).html, renderArticle(seed).html);
  });
});

describe('argument checks throw TypeError before anything reaches wasm', () => {
  const seed = JSON.parse(SEED.json);
  const badArticles = [undefined, null, 42, true, () => {}, Symbol('x'), 10n, new ArrayBuffer(4)];
  for (const bad of badArticles) {
    test(`renderArticle(${typeof bad === 'symbol' ? 'Symbol' : String(bad)})`, () => {
      assert.throws(() => renderArticle(bad), TypeError);
      assert.throws(() => validateArticle(bad), TypeError);
    });
  }

  const badOptions = [
    ['options that are not an object', 'full'],
    ['options that are an array', []],
    ['an unknown option', { layot: 'teaser' }],
    ['a layout that does not exist', { layout: 'wide' }],
    ['a layout of the wrong type', { layout: 1 }],
    ['typography as a string', { typography: 'false' }],
    ['jsonLd as a number', { jsonLd: 1 }],
    ['entities as a string', { entities: 'named' }],
    ['rawHtml that does not exist', { rawHtml: 'keep' }],
    ['headingBase 0', { headingBase: 0 }],
    ['headingBase 7', { headingBase: 7 }],
    ['headingBase 2.5', { headingBase: 2.5 }],
    ['nofollow as null', { nofollow: null }],
    ['newTab as a string', { newTab: 'yes' }],
    ['maxInputBytes negative', { maxInputBytes: -1 }],
    ['maxInputBytes NaN', { maxInputBytes: NaN }],
    ['maxInputBytes beyond wasm32', { maxInputBytes: 2 ** 32 }],
    ['enable as a string', { enable: 'nbsp/*' }],
    ['disable with a number', { disable: ['nbsp/*', 3] }],
    ['rules as an array', { rules: ['nbsp/*'] }],
    ['rules with a non-boolean', { rules: { 'nbsp/*': 0 } }],
    ['englishQuotes as a string', { englishQuotes: 'no' }],
    ['html (a typograph option)', { html: true }],
  ];
  for (const [what, options] of badOptions) {
    test(`renderArticle with ${what}`, () => {
      assert.throws(() => renderArticle(seed, options), (e) => e instanceof TypeError && /^verstka: renderArticle: /.test(e.message));
    });
  }

  test('the message names the option and what it got', () => {
    assert.throws(() => renderArticle(seed, { layout: 'wide' }), /option 'layout' must be one of 'full', 'teaser', 'compact', got 'wide'/);
    assert.throws(() => renderArticle(seed, { jsonld: true }), /unknown option 'jsonld'/);
  });

  test('validateArticle accepts only maxInputBytes', () => {
    assert.throws(() => validateArticle(seed, { layout: 'full' }), TypeError);
    assert.throws(() => validateArticle(seed, { maxInputBytes: '10' }), TypeError);
  });

  test('typograph needs a string and its own options', () => {
    for (const bad of [undefined, null, 1, {}, ['a']]) assert.throws(() => typograph(bad), TypeError);
    assert.throws(() => typograph('a', { layout: 'full' }), TypeError);
    assert.throws(() => typograph('a', { html: 'yes' }), TypeError);
    assert.throws(() => typograph('a', 'html'), TypeError);
  });

  test('null options are the defaults', () => {
    assert.equal(renderArticle(seed, null).html, renderArticle(seed).html);
    assert.deepEqual(typograph('a - b', null), typograph('a - b'));
  });

  test('init and initSync check their arguments even when already initialised', async () => {
    await assert.rejects(init('verstka.wasm'), TypeError);
    await assert.rejects(init({ wasm: 42 }), TypeError);
    await assert.rejects(init({ wasmBinary: new Uint8Array() }), TypeError);
    assert.throws(() => initSync('verstka.wasm'), TypeError);
    assert.throws(() => initSync({}), TypeError);
  });
});

describe('validateArticle', () => {
  for (const example of EXAMPLES) {
    test(`${example.name} is valid, with the CLI's verdict`, () => {
      const r = validateArticle(example.json);
      assert.equal(r.ok, true, JSON.stringify(r.diagnostics));
      assert.equal(cli(['validate', example.path]).status, 0);
      assert.deepEqual(Object.keys(r).sort(), ['diagnostics', 'ok']);
    });
  }

  test('finds the same problems as rendering', () => {
    const bad = article([{ type: 'paragraph' }], { title: ' ' });
    const v = validateArticle(bad);
    assert.equal(v.ok, false);
    assert.deepEqual(v.diagnostics, renderArticle(bad).diagnostics);
    assert.deepEqual(v.diagnostics.map((d) => d.path).sort(), ['/body/0/text', '/title']);
  });

  test('diagnostics carry code, message, path, line and column, as the CLI prints them', () => {
    const json = '{"v":1,"title":"","body":[{"type":"paragraph"}]}';
    const v = validateArticle(json);
    const native = cli(['validate', '-'], json);
    assert.equal(native.status, 1);
    for (const d of v.diagnostics) {
      assert.deepEqual(Object.keys(d).sort(), ['code', 'column', 'line', 'message', 'path', 'severity']);
      assert.ok(native.stderr.includes(`:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.code}] at ${d.path}`), native.stderr);
    }
  });

  test('a diagnostic keeps every character of its strings: Cyrillic, quotes, a NUL', () => {
    const v = validateArticle('{"title":"t","body":[],"кл\\u0000ю\\"ч/~":1}');
    assert.deepEqual(v.diagnostics, [{
      severity: 'warning',
      code: 'article.unknown-field',
      message: 'unknown field "кл\\u0000ю"ч/~" in the article is not part of format v1 and is ignored',
      path: '/кл\u0000ю"ч~1~0',
      line: 1,
      column: 41,
    }]);
  });

  test('maxInputBytes', () => {
    assert.deepEqual(validateArticle(SEED.json, { maxInputBytes: 10 }).diagnostics.map((d) => d.code), ['input.too-large']);
  });

  test('warnings do not make an article invalid', () => {
    const r = validateArticle(article([{ type: 'paragraph', text: 'Текст.' }], { unknownField: 1 }));
    assert.equal(r.ok, true);
    assert.ok(r.diagnostics.some((d) => d.severity === 'warning'), JSON.stringify(r.diagnostics));
  });
});

describe('typograph', () => {
  const samples = [
    'Он сказал - "да" и ушел.',
    'В 2024 году в Сочи прошло 15 встреч, т. е. больше, чем в 2023-м.',
    '"Цитата "внутри" цитаты" - сказал он...',
    'Температура -5...+3 градуса, 10 - 15 км/ч, ООО "Ромашка"',
    '<p>HTML: <code>a - b</code> и "кавычки"</p>',
  ];
  for (const text of samples) {
    test(`equals the CLI: ${text}`, () => {
      assert.equal(typograph(text).text, cli(['typograph'], text).stdout);
      assert.equal(typograph(text, { entities: true }).text, cli(['typograph', '--entities'], text).stdout);
      assert.equal(typograph(text, { html: true }).text, cli(['typograph', '--html'], text).stdout);
      assert.equal(typograph(text, { disable: ['quotes/*'] }).text, cli(['typograph', '--disable', 'quotes/*'], text).stdout);
    });
  }

  test('is idempotent', () => {
    for (const text of samples) {
      const once = typograph(text).text;
      assert.equal(typograph(once).text, once);
    }
  });

  test('rule lists hold for their own call only, whatever the calls before them sent', () => {
    const text = 'Из за пробок - это "пробки"';
    const cliOf = (...args) => cli(['typograph', ...args], text).stdout;
    const plain = cliOf();
    const noDashes = cliOf('--disable', 'dash/*');
    const noQuotes = cliOf('--disable', 'quotes/*');
    const onlyQuotes = cliOf('--disable', '*', '--enable', 'quotes/*');
    assert.ok(new Set([plain, noDashes, noQuotes, onlyQuotes]).size === 4);
    // Each call after one with other lists, the same lists twice, and the lists of a render.
    const calls = [[undefined, plain], [{ disable: ['dash/*'] }, noDashes], [{ disable: ['dash/*'] }, noDashes],
      [{}, plain], [{ disable: ['quotes/*'] }, noQuotes], [{ disable: ['*'], enable: ['quotes/*'] }, onlyQuotes],
      [{ disable: [] }, plain]];
    for (const [options, expected] of calls) {
      assert.equal(typograph(text, options).text, expected, JSON.stringify(options));
      renderArticle(article([{ type: 'paragraph', text }]), { disable: ['dash/*'] });
      assert.equal(typographRuns([{ text }], options).runs[0].text, expected, JSON.stringify(options));
    }
  });

  test('rules {id: false} equals disable', () => {
    assert.deepEqual(typograph(samples[0], { rules: { 'dash/*': false } }), typograph(samples[0], { disable: ['dash/*'] }));
  });

  test('englishQuotes: Latin quotations get “…” only when on (off by default)', () => {
    const text = 'Он сказал: "hello world".';
    const on = typograph(text, { englishQuotes: true }).text;
    const off = typograph(text).text;
    if (typographyRules().some((r) => r.id.startsWith('quotes/'))) {
      assert.notEqual(on, off);
      assert.match(off, /«hello world»/);
    }
  });

  test('returns {text, diagnostics}', () => {
    const r = typograph('текст');
    assert.deepEqual(Object.keys(r).sort(), ['diagnostics', 'text']);
    assert.ok(Array.isArray(r.diagnostics));
  });
});

describe('typographyRules and version', () => {
  test('typographyRules equals `verstka rules --json`', () => {
    const native = JSON.parse(cli(['rules', '--json']).stdout);
    const rules = typographyRules();
    assert.equal(rules.length, native.length);
    for (const [i, rule] of rules.entries()) {
      assert.deepEqual(Object.keys(rule).sort(), ['id', 'onByDefault', 'titleEn', 'titleRu']);
      assert.equal(rule.id, native[i].id);
    }
  });

  test('version() is package.json\'s version and the CLI\'s', () => {
    assert.equal(version(), PACKAGE.version);
    assert.equal(cli(['--version']).stdout.trim(), `verstka ${PACKAGE.version}`);
  });
});

describe('results are plain data', () => {
  // robustness.test.mjs checks that no Embind handle is left alive (it needs the test build).
  test('plain objects and arrays', () => {
    const r = renderArticle(SEED.json);
    const v = validateArticle('{');
    const t = typograph('a - b');
    const rules = typographyRules();
    for (const value of [r, v, t, v.diagnostics[0], rules[0] ?? {}]) {
      assert.equal(Object.getPrototypeOf(value), Object.prototype);
    }
    for (const list of [r.diagnostics, v.diagnostics, t.diagnostics, rules]) assert.ok(Array.isArray(list));
    assert.equal(typeof v.diagnostics[0].line, 'number');
    assert.deepEqual(structuredClone(r), r);
  });

  test('each call returns a fresh object', () => {
    const a = renderArticle(SEED.json);
    a.diagnostics.push('mutated');
    assert.notDeepEqual(renderArticle(SEED.json), a);
  });

  test('init() after init() resolves at once and keeps the instance', async () => {
    const html = renderArticle(SEED.json).html;
    await Promise.all([init(), init(), init({})]);
    initSync();
    assert.equal(renderArticle(SEED.json).html, html);
  });
});
