// The instance never dies: thousands of malformed inputs in a row, then a valid article renders
// exactly as before; and wasm memory does not creep over many renders.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';

import { EXAMPLES, SEED } from './api-support.mjs';
import { init, internals, renderArticle, validateArticle, typograph, typographyRules } from './testing-build.mjs';

before(async () => {
  await init();
});

// A small deterministic PRNG (mulberry32), so a failure can be replayed.
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE_VALUES = [
  null, true, 0, -1, 1e308, '', ' ', '\u0000', '\uD800', '\uFFFF', '<script>alert(1)</script>', 'javascript:alert(1)',
  'x'.repeat(10000), [], {}, [[[[[[]]]]]], { type: 'paragraph' }, { type: 'unknown', text: 'x' }, '**'.repeat(500),
  '['.repeat(300), '> '.repeat(200) + 'x', '"«„', 'data:text/html,<b>x</b>', '&#0;&#xD800;&amp', '`'.repeat(1000),
];

// One malformed input of one of several kinds: broken JSON text, invalid UTF-8 bytes, or a
// structurally wrong article (hostile values in every field).
function malformed(next, i) {
  const source = EXAMPLES[i % EXAMPLES.length].json;
  const pick = (list) => list[Math.floor(next() * list.length)];
  switch (i % 6) {
    case 0:  // truncated
      return source.slice(0, Math.floor(next() * source.length));
    case 1: {  // random bytes overwritten, including invalid UTF-8
      const bytes = new TextEncoder().encode(source);
      for (let k = 0; k < 1 + next() * 20; ++k) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
      return bytes;
    }
    case 2: {  // a field replaced by a hostile value
      const a = JSON.parse(source);
      const keys = Object.keys(a);
      a[pick(keys)] = pick(HOSTILE_VALUES);
      if (Array.isArray(a.body) && a.body.length) a.body[Math.floor(next() * a.body.length)] = pick(HOSTILE_VALUES);
      return a;
    }
    case 3: {  // a body block's field replaced
      const a = JSON.parse(source);
      const block = a.body[Math.floor(next() * a.body.length)];
      block[pick(Object.keys(block))] = pick(HOSTILE_VALUES);
      block[pick(['text', 'src', 'url', 'items', 'level', 'ordered', 'provider'])] = pick(HOSTILE_VALUES);
      return a;
    }
    case 4:  // deep nesting
      return '['.repeat(1 + Math.floor(next() * 100000));
    default:  // a characters soup
      return Array.from({ length: 1 + Math.floor(next() * 400) }, () => pick(['{', '}', '[', ']', '"', ':', ',', '\\', 'u', '0', 'ё', '\u2028', ' ', 'e', '-', '.', 'n'])).join('');
  }
}

test('10,000 malformed inputs in a row, then a valid render is byte-identical', () => {
  const expected = EXAMPLES.map((e) => renderArticle(e.json, { jsonLd: true }).html);
  const next = random(20260405);
  let rejected = 0;
  for (let i = 0; i < 10000; ++i) {
    const input = malformed(next, i);
    const r = i % 3 === 0 ? validateArticle(input) : renderArticle(input, { jsonLd: i % 2 === 0, layout: ['full', 'teaser', 'compact'][i % 3] });
    assert.equal(typeof r.ok, 'boolean');
    assert.ok(Array.isArray(r.diagnostics));
    if (!r.ok) {
      ++rejected;
      assert.ok(r.diagnostics.some((d) => d.severity === 'error'), `input ${i}: not ok without an error`);
      if ('html' in r) assert.equal(r.html, '');
    }
  }
  assert.ok(rejected > 5000, `only ${rejected} of 10,000 malformed inputs were rejected`);
  assert.deepEqual(EXAMPLES.map((e) => renderArticle(e.json, { jsonLd: true }).html), expected);
  assert.equal(internals().liveHandles, 0);
});

test('hostile typograph input (invalid UTF-16, huge, markup soup) never breaks the instance', () => {
  const expected = typograph('Он сказал - "да"').text;
  const next = random(7);
  for (let i = 0; i < 2000; ++i) {
    const text = Array.from({ length: Math.floor(next() * 300) }, () => String.fromCharCode(Math.floor(next() * 0x10000))).join('');
    const r = typograph(text, { html: i % 2 === 0 });
    assert.equal(typeof r.text, 'string');
  }
  assert.equal(typeof typograph('x'.repeat(1 << 20)).text, 'string');
  assert.equal(typograph('Он сказал - "да"').text, expected);
});

test('an input over the size limit is refused, not rendered, and the instance carries on', () => {
  const huge = JSON.stringify({ v: 1, title: 'x', body: [{ type: 'paragraph', text: 'ы'.repeat(3 << 20) }] });
  assert.deepEqual(renderArticle(huge).diagnostics.map((d) => d.code), ['input.too-large']);
  assert.equal(renderArticle(SEED.json).ok, true);
});

test('an input over the size limit never enters wasm memory, and gets the exact diagnostic', () => {
  renderArticle(SEED.json);
  const before = internals().memoryBytes;
  const text = JSON.stringify({ title: 'x', body: [{ type: 'paragraph', text: 'ы😀\ud800'.repeat(4 << 20) }] });
  const bytes = new TextEncoder().encode(text);  // lone surrogates become U+FFFD, 3 bytes
  const expected = (n, limit) => [{ severity: 'error', code: 'input.too-large', path: '', line: 0, column: 0,
    message: `the input is ${n} bytes; the limit is ${limit} bytes` }];
  for (const input of [text, bytes]) {
    const r = renderArticle(input);
    assert.deepEqual(r, { ok: false, html: '', diagnostics: expected(bytes.length, 4 << 20) });
    assert.deepEqual(validateArticle(input), { ok: false, diagnostics: expected(bytes.length, 4 << 20) });
  }
  assert.equal(internals().memoryBytes, before, 'wasm memory grew');
  // The same counting where the string is shorter than the limit in UTF-16 but not in UTF-8.
  const small = JSON.stringify({ title: 'ыы😀' });
  const smallBytes = new TextEncoder().encode(small).length;
  assert.deepEqual(renderArticle(small, { maxInputBytes: smallBytes - 1 }).diagnostics, expected(smallBytes, smallBytes - 1));
  assert.ok(!renderArticle(small, { maxInputBytes: smallBytes }).diagnostics.some((d) => d.code === 'input.too-large'));
  assert.equal(renderArticle(SEED.json).ok, true);
});

// The figure: 100,000 renders (about 30 s here; `npm run bench` reports it too).
test('wasm memory after 100,000 seed renders stays within 2 MB of its size after the first 1,000', () => {
  for (let i = 0; i < 1000; ++i) renderArticle(SEED.json);
  const baseline = internals().memoryBytes;
  for (let i = 1000; i < 100000; ++i) renderArticle(SEED.json);
  const after = internals().memoryBytes;
  console.log(`wasm memory: ${baseline} bytes after 1,000 renders, ${after} after 100,000`);
  assert.ok(after - baseline <= 2 << 20, `grew by ${after - baseline} bytes`);
  assert.equal(internals().liveHandles, 0);
});

test('a trap drops the instance: the call throws an Error with the cause, the next call works', () => {
  const expected = renderArticle(SEED.json).html;
  internals().corruptHeap();
  assert.throws(() => renderArticle(SEED.json), (e) =>
    e.constructor === Error && /crashed the WebAssembly instance/.test(e.message) && e.cause instanceof WebAssembly.RuntimeError);
  assert.equal(renderArticle(SEED.json).html, expected);
  assert.equal(typograph('a').text, 'a');
});

test('after a trap the fresh instance typesets with the rule lists of each call, not those sent before', () => {
  const text = 'Он сказал - "да"';
  const plain = typograph(text).text;
  const noDashes = typograph(text, { disable: ['dash/*'] }).text;
  assert.notEqual(plain, noDashes);
  internals().corruptHeap();
  assert.throws(() => typograph(text, { disable: ['dash/*'] }), /crashed the WebAssembly instance/);
  assert.equal(typograph(text).text, plain);
  assert.equal(typograph(text, { disable: ['dash/*'] }).text, noDashes);
  internals().corruptHeap();
  assert.throws(() => typograph(text), /crashed the WebAssembly instance/);
  assert.equal(typograph(text, { disable: ['dash/*'] }).text, noDashes);
  assert.equal(typograph(text).text, plain);
});

test('results are plain data: no Embind handle is left alive', () => {
  const before = internals().liveHandles;
  renderArticle(SEED.json);
  validateArticle('{');
  typograph('a - b');
  typographyRules();
  assert.equal(internals().liveHandles, before);
});
