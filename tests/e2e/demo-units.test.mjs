// Unit tests of the demo's pure helpers (no browser): JSON Pointer → editor position, the
// character diff behind the typography views, the permalink codec, and Editor.js mode's seed
// document and block lookup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { locatePointer, offsetOfLineColumn, parsePointer } from '../../web_demo/src/json_pointer.js';
import { diffChars } from '../../web_demo/src/diff.js';
import { decodeState, encodeState } from '../../web_demo/src/permalink.js';
import { textFields } from '../../web_demo/src/before_after.js';

const SOURCE = `{
  "title": "Заголовок",
  "a/b": {"~x": [10, 20, {"k": "v"}]},
  "body": [
    {"type": "paragraph", "text": "Первый"},
    {"type": "paragraph", "text": "Второй \\"в кавычках\\""}
  ],
  "dup": 1, "dup": 2
}`;

const valueAt = (pointer) => {
  const { from, to, exact } = locatePointer(SOURCE, pointer);
  return { text: SOURCE.slice(from, to), exact };
};

test('parsePointer unescapes ~1 and ~0 (RFC 6901)', () => {
  for (const [pointer, tokens] of [
    ['', []],
    ['/title', ['title']],
    ['/a~1b/~0x/2', ['a/b', '~x', '2']],
    ['/', ['']],
    ['title', []],
  ]) assert.deepEqual(parsePointer(pointer), tokens, pointer);
});

test('locatePointer finds the value a pointer names', () => {
  for (const [pointer, text] of [
    ['', SOURCE],
    ['/title', '"Заголовок"'],
    ['/a~1b/~0x/1', '20'],
    ['/a~1b/~0x/2/k', '"v"'],
    ['/body/1/text', '"Второй \\"в кавычках\\""'],
    ['/body/0', '{"type": "paragraph", "text": "Первый"}'],
    ['/dup', '2'],  // the last duplicate wins, as in the parsed document
  ]) assert.deepEqual(valueAt(pointer), { text, exact: true }, pointer);
});

test('locatePointer falls back to the deepest existing ancestor', () => {
  for (const [pointer, text] of [
    ['/body/7/text', SOURCE.slice(SOURCE.indexOf('[\n    {"type"'), SOURCE.indexOf('  ],') + 3)],
    ['/missing', SOURCE],
    ['/title/0', '"Заголовок"'],  // a string has no children
  ]) assert.deepEqual(valueAt(pointer), { text, exact: false }, pointer);
});

test('locatePointer does not throw on broken JSON', () => {
  const broken = '{"a": [1, 2, {"b": ';
  const found = locatePointer(broken, '/a/2/b');
  assert.ok(found.from >= 0 && found.from <= broken.length);
  assert.equal(found.exact, false);
});

test('offsetOfLineColumn counts columns in code points, clamped to the line', () => {
  const text = 'ab\n😀x\nlast';
  for (const [line, column, offset] of [
    [1, 1, 0], [1, 3, 2], [1, 9, 2],
    [2, 1, 3], [2, 2, 5], [2, 3, 6],  // the emoji is one code point, two UTF-16 units
    [3, 4, 10], [9, 1, text.length],
  ]) assert.equal(offsetOfLineColumn(text, line, column), offset, `${line}:${column}`);
});

test('diffChars marks inserted and removed characters only', () => {
  const mark = (s, flags) => [...s].map((c, i) => (flags[i] ? `[${c}]` : c)).join('');
  for (const [a, b, removed, added] of [
    ['same', 'same', 'same', 'same'],
    ['В Сочи', 'В\u00A0Сочи', 'В[ ]Сочи', 'В[\u00A0]Сочи'],
    ['"IT-куб"', '«IT-куб»', '["]IT-куб["]', '[«]IT-куб[»]'],
    ['а - б', 'а\u00A0— б', 'а[ ][-] б', 'а[\u00A0][—] б'],
    ['abc', '', '[a][b][c]', ''],
    ['', 'xy', '', '[x][y]'],
  ]) {
    const d = diffChars(a, b);
    assert.equal(mark(a, d.removed), removed, `${a} → ${b}: removed`);
    assert.equal(mark(b, d.added), added, `${a} → ${b}: added`);
  }
});

test('diffChars keeps the longest common subsequence on longer texts', () => {
  const a = 'Он сказал - "да", а потом - "нет".'.repeat(20);
  const b = 'Он сказал\u00A0— «да», а\u00A0потом\u00A0— «нет».'.repeat(20);
  const { removed, added } = diffChars(a, b);
  const kept = (s, flags) => [...s].filter((_, i) => !flags[i]).join('');
  assert.equal(kept(a, removed), kept(b, added));
  assert.equal(added.reduce((n, f) => n + f, 0), 9 * 20);  // 3 NBSPs, 2 dashes, 4 quotes each
});

test('the permalink codec round-trips and rejects damaged hashes', async () => {
  const state = { v: 1, article: '{"title": "Ёлка «в» лесу 😀"}', settings: { layout: 'teaser', disabled: ['nbsp'] } };
  const hash = await encodeState(state);
  assert.match(hash, /^#a=[A-Za-z0-9_-]+$/);
  assert.deepEqual(await decodeState(hash), state);
  assert.equal(await decodeState('#a=not-deflate'), null);
  assert.equal(await decodeState('#other'), null);
  assert.equal(await decodeState(''), null);
  const big = { v: 1, article: JSON.stringify({ body: Array(200).fill({ type: 'paragraph', text: 'Повтор текста.' }) }) };
  assert.ok((await encodeState(big)).length < big.article.length / 4, 'compressed');
});

test('a permalink keeps only settings with allowed values, the allowed ones taken from verstka/options', async () => {
  const { DEFAULTS, pickSettings } = await import('../../web_demo/src/state.js');
  const { LAYOUTS, THEMES } = await import('verstka/options');
  assert.deepEqual(pickSettings({
    layout: 'teaser', width: 'narrow', theme: THEMES[1], view: 'diff',
    typography: false, entities: true, jsonLd: true, show: true, disabled: ['nbsp', 3, 'dash'],
  }), {
    layout: 'teaser', width: 'narrow', theme: THEMES[1], view: 'diff',
    typography: false, entities: true, jsonLd: true, show: true, disabled: ['nbsp', 'dash'],
  });
  assert.deepEqual(pickSettings({
    layout: 'poster', width: 'huge', theme: '<script>', view: 'source',
    typography: 'yes', entities: 1, disabled: 'nbsp', extra: 'x',
  }), {}, 'values outside the tables and wrong types are dropped');
  assert.deepEqual(pickSettings(null), {});
  for (const layout of LAYOUTS) assert.equal(pickSettings({ layout }).layout, layout);
  assert.ok(LAYOUTS.includes(DEFAULTS.layout));
});

test('textFields lists prose fields with their pointers, not URLs or ids', () => {
  const fields = textFields({
    v: 1, id: 'x', url: 'https://e.org', title: 'T', lead: 'L', published: '2024-01-01T00:00:00Z',
    cover: { src: 'https://e.org/a.jpg', alt: 'A', caption: 'C' },
    body: [{ type: 'paragraph', text: 'P' }, { type: 'list', items: ['i1', 'i2'] }, { type: 'embed', url: 'https://e.org/v', caption: 'E' }],
    links: { next: { url: 'https://e.org/n', title: 'N', label: 'Дальше' } },
    authors: [{ name: 'Имя', url: 'https://e.org/a' }],
  });
  assert.deepEqual(fields.map((f) => f.path), [
    '/title', '/lead', '/cover/alt', '/cover/caption', '/body/0/text', '/body/1/items/0', '/body/1/items/1',
    '/body/2/caption', '/links/next/title', '/links/next/label', '/authors/0/name',
  ]);
});

test('standalonePage escapes the title and cannot be closed early by the stylesheet', async () => {
  const { standalonePage } = await import('../../web_demo/src/standalone.js');
  const page = standalonePage({
    html: '<article class="vk-card">x</article>',
    css: '.vk-card { color: red } /* </style><script>alert(1)</script> */',
    title: 'A <b>&</b> title',
    theme: 'dark',
  });
  assert.match(page, /<title>A &lt;b&gt;&amp;&lt;\/b&gt; title<\/title>/);
  // Inside <style> only "</style" ends the raw text; the <script> stays inert CSS-comment text.
  assert.equal(page.match(/<\/style/gi).length, 2, 'only the page\'s own two style elements close');
  assert.match(page, /<body data-vk-theme="dark">/);
  assert.match(standalonePage({ html: '', css: '', title: 't', theme: 'auto' }), /<body>/);
});

test('editorJsFromArticle: the title as a level-1 header, each body block as its Editor.js tool, the rest as meta', async () => {
  const { editorJsFromArticle } = await import('../../web_demo/src/editorjs_seed.js');
  const { document, meta } = editorJsFromArticle({
    v: 1, id: 'x', title: 'Заголовок <b>&</b>', lead: 'Лид', cover: { src: 'https://e.org/a.jpg' },
    body: [
      { type: 'paragraph', text: 'a < b & c > d' },
      { type: 'heading', text: 'Раздел', level: 3 },
      { type: 'heading', text: 'Слишком мелкий', level: 6 },
      { type: 'quote', text: 'Слова', author: 'Автор' },
      { type: 'list', ordered: true, items: ['раз', 'два'] },
      { type: 'divider' },
      { type: 'markdown', text: '*не переводится*' },
    ],
  });
  assert.deepEqual(document.blocks, [
    { type: 'header', data: { text: 'Заголовок &lt;b&gt;&amp;&lt;/b&gt;', level: 1 } },
    { type: 'paragraph', data: { text: 'a &lt; b &amp; c &gt; d' } },
    { type: 'header', data: { text: 'Раздел', level: 3 } },
    { type: 'header', data: { text: 'Слишком мелкий', level: 4 } },
    { type: 'quote', data: { text: 'Слова', caption: 'Автор', alignment: 'left' } },
    { type: 'list', data: { style: 'ordered', meta: {}, items: [{ content: 'раз', meta: {}, items: [] }, { content: 'два', meta: {}, items: [] }] } },
    { type: 'delimiter', data: {} },
  ]);
  assert.deepEqual(meta, { id: 'x', lead: 'Лид', cover: { src: 'https://e.org/a.jpg' } }, 'no v, title or body in meta');
});

test('the seed as an Editor.js document plus meta renders the seed\'s own card', async () => {
  const { init, initImport, renderArticle } = await import('../../dist/node.js');
  const { editorJsFromArticle } = await import('../../web_demo/src/editorjs_seed.js');
  await init();
  await initImport();
  const seed = await readFile(new URL('../../examples/sochi-vnot-2024.json', import.meta.url), 'utf8');
  const { document, meta } = editorJsFromArticle(JSON.parse(seed));
  const imported = renderArticle(document, { from: 'editorjs', meta });
  assert.equal(imported.ok, true, JSON.stringify(imported.diagnostics));
  assert.equal(imported.html, renderArticle(seed).html);
});

test('blockOfPath reads the block index of a pointer into an Editor.js document, and only that', async () => {
  const { blockOfPath } = await import('../../web_demo/src/editorjs.js');
  for (const [path, index] of [
    ['/blocks/0', 0], ['/blocks/3/data/text', 3], ['/blocks/12/data/items/0/content', 12],
    ['/blocks', -1], ['/blocks/x', -1], ['/blocks/3x', -1], ['/body/3/text', -1], ['', -1], [undefined, -1],
  ]) assert.equal(blockOfPath(path), index, String(path));
});
