// The hostile-input table of tests/hostile/ run in WebAssembly: each case gives its precise
// diagnostic (code and path), fast; after every batch the same instance still renders the seed
// article byte-identically. The slowest cases are printed as a table at the end.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { init, internals, renderArticle } from './testing-build.mjs';

const SEED = readFileSync(fileURLToPath(new URL('../../examples/sochi-vnot-2024.json', import.meta.url)), 'utf8');
// A guard against quadratic paths, not a speed test: CPU time of this process (a shared,
// loaded machine stretches wall time several-fold, CPU time barely), and generous: a 50 MB
// string is copied and UTF-8-encoded by the JS glue before wasm sees it. The table shows it.
const BUDGET_MS = 15000;
const cpuMs = (since) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const timings = [];
let seedHtml;

before(async () => {
  await init();
  seedHtml = renderArticle(SEED).html;
  assert.ok(seedHtml.length > 1000);
});

after(() => {
  timings.sort((a, b) => b.ms - a.ms);
  const total = timings.reduce((s, t) => s + t.ms, 0);
  const lines = [`hostile inputs (wasm): ${timings.length} timed cases, ${total.toFixed(0)} ms of CPU in all; slowest first`,
    `${'ms'.padStart(10)}  ${'input bytes'.padStart(12)}  case`];
  for (const t of timings.slice(0, 15)) lines.push(`${t.ms.toFixed(1).padStart(10)}  ${String(t.bytes).padStart(12)}  ${t.name}`);
  lines.push(`slowest: ${timings[0].name} (${timings[0].ms.toFixed(1)} ms, budget ${BUDGET_MS} ms); ` +
    `wasm memory now ${(internals().memoryBytes / 2 ** 20).toFixed(0)} MiB`);
  console.log(lines.join('\n'));
});

function timed(name, input, options) {
  const start = process.cpuUsage();
  const result = renderArticle(input, options);
  const ms = cpuMs(start);
  timings.push({ name, ms, bytes: typeof input === 'string' ? Buffer.byteLength(input) : input.length });
  assert.ok(ms < BUDGET_MS, `${name} took ${ms.toFixed(0)} ms`);
  return result;
}

// Exactly one diagnostic, an error with this code and path; nothing rendered.
function single(result, code, path, where) {
  assert.equal(result.ok, false, where);
  assert.equal(result.html, '', where);
  assert.equal(result.diagnostics.length, 1, `${where}: ${JSON.stringify(result.diagnostics).slice(0, 500)}`);
  assert.equal(result.diagnostics[0].code, code, where);
  assert.equal(result.diagnostics[0].path, path, where);
  assert.equal(result.diagnostics[0].severity, 'error', where);
}

function stillWorks() {
  assert.equal(renderArticle(SEED).html, seedHtml, 'the instance renders the seed article as before');
}

const repeat = (s, n) => s.repeat(n);
const MiB = 2 ** 20;

test('truncated at every byte: one json.syntax or input.invalid-utf8 per prefix', () => {
  const bytes = new TextEncoder().encode(SEED);
  const complete = bytes.lastIndexOf(0x7d) + 1;
  const start = process.cpuUsage();
  let utf8 = 0;
  for (let n = 0; n < complete; ++n) {
    const r = renderArticle(bytes.subarray(0, n));
    assert.equal(r.ok, false);
    assert.equal(r.diagnostics.length, 1, `prefix ${n}`);
    const code = r.diagnostics[0].code;
    assert.ok(code === 'json.syntax' || code === 'input.invalid-utf8', `prefix ${n}: ${code}`);
    if (code === 'input.invalid-utf8') utf8 += 1;
  }
  timings.push({ name: `truncated at every byte (${complete} prefixes)`, ms: cpuMs(start), bytes: complete });
  assert.ok(utf8 > 0);
  stillWorks();
});

test('100,000-deep nesting stops at level 65', () => {
  const cases = [
    ['100,000 [', repeat('[', 100000), 65],
    ['100,000 {"a":', repeat('{"a":', 100000), 1 + 64 * 5],
    ['100,000 balanced brackets', `{"title":"t","body":[],"x":${repeat('[', 100000)}${repeat(']', 100000)}}`, 27 + 64],
  ];
  for (const [name, json, column] of cases) {
    for (const layout of ['full', 'teaser', 'compact']) {
      const r = timed(`${name} [${layout}]`, json, { layout });
      assert.equal(r.diagnostics.length, 1, name);
      assert.equal(r.diagnostics[0].code, 'json.too-deep', name);
      assert.equal(r.diagnostics[0].column, column, name);
    }
  }
  stillWorks();
});

test('50 MB strings: input.too-large by default, article.string-too-long with the limit raised', () => {
  const big = 50_000_000;
  const cases = [
    ['50 MB ASCII title', `{"title":"${repeat('a', big)}","body":[]}`, '/title'],
    ['50 MB Cyrillic lead', `{"title":"t","lead":"${repeat('я', big / 2)}","body":[]}`, '/lead'],
    ['50 MB markdown block', `{"title":"t","body":[{"type":"markdown","text":"${repeat('> *a* ', big / 6)}"}]}`, '/body/0/text'],
  ];
  for (const [name, json, path] of cases) {
    single(timed(`${name} (default limit)`, json), 'input.too-large', '', name);
    single(timed(`${name} (limit 64 MiB)`, json, { maxInputBytes: 64 * MiB }), 'article.string-too-long', path, name);
    stillWorks();
  }
});

test('1,000,000 blocks', () => {
  const dividers = `{"title":"t","body":[${repeat('{"type":"divider"},', 999999)}{"type":"divider"}]}`;
  single(timed('1,000,000 divider blocks (default limit)', dividers), 'input.too-large', '', 'default');
  single(timed('1,000,000 divider blocks (limit 64 MiB)', dividers, { maxInputBytes: 64 * MiB }), 'article.too-many-blocks', '/body', 'raised');
  const empty = `{"title":"t","body":[${repeat('{},', 999999)}{}]}`;
  const r = timed('1,000,000 empty blocks', empty);
  assert.equal(r.ok, false);
  assert.equal(r.diagnostics[0].code, 'article.too-many-blocks');
  assert.equal(r.diagnostics.length, 101);
  assert.equal(r.diagnostics[100].code, 'article.too-many-problems');
  stillWorks();
});

test('invalid UTF-8 of every class, as bytes, is input.invalid-utf8 at its offset', () => {
  const bad = {
    'overlong 2-byte': [0xc0, 0x80], 'overlong 3-byte': [0xe0, 0x80, 0xaf], 'overlong 4-byte': [0xf0, 0x80, 0x80, 0xaf],
    'high surrogate': [0xed, 0xa0, 0x80], 'low surrogate': [0xed, 0xbf, 0xbf], 'above U+10FFFF': [0xf4, 0x90, 0x80, 0x80],
    'truncated 2-byte': [0xd0], 'truncated 3-byte': [0xe2, 0x82], 'truncated 4-byte': [0xf0, 0x9f, 0x98],
    'lone continuation': [0x80], '0xFF': [0xff], '0xFE': [0xfe], 'F5 lead': [0xf5, 0x80, 0x80, 0x80],
  };
  const head = new TextEncoder().encode('{"title":"ж');
  const tail = new TextEncoder().encode('","body":[]}');
  for (const [name, seq] of Object.entries(bad)) {
    const input = new Uint8Array([...head, ...seq, ...tail]);
    const r = timed(`invalid UTF-8: ${name}`, input);
    single(r, 'input.invalid-utf8', '', name);
    assert.match(r.diagnostics[0].message, new RegExp(`byte offset ${head.length}\\b`), name);
    assert.equal(r.diagnostics[0].column, 12, name);
  }
  stillWorks();
});

// Regression: Emscripten's UTF-16 → UTF-8 copy paired a lone high surrogate with whatever code
// unit followed, so "a\uD800b" arrived as "a\u{10062}" and the "b" was lost. The wrapper now
// turns lone surrogates into U+FFFD before the call.
test('a lone UTF-16 surrogate in a JS string never swallows the next character', () => {
  for (const [input, neighbour] of [['a\uD800b', 'b'], ['a\uDBFFя', 'я'], ['a\uDC00b', 'b']]) {
    const r = timed(`lone UTF-16 surrogate ${JSON.stringify(input)}`, `{"title":"${input}","body":[]}`);
    if (r.ok) {
      assert.ok(r.html.includes(`${neighbour}</h1>`), `${JSON.stringify(input)} rendered as ${r.html}`);
    } else {
      assert.equal(r.diagnostics[0].code, 'input.invalid-utf8');
    }
  }
  stillWorks();
});

test('escapes, BOM, CRLF, duplicate keys', () => {
  single(timed('\\u0000 escape', '{"title":"a\\u0000b","body":[]}'), 'article.nul-character', '/title', 'NUL');
  for (const escape of ['\\ud800', '\\udc00', '\\ud800\\u0041', '\\udc00\\ud800']) {
    single(timed(`lone surrogate escape ${escape}`, `{"title":"a${escape}","body":[]}`), 'json.syntax', '', escape);
  }
  assert.equal(timed('surrogate pair escape', '{"title":"\\ud83d\\ude00","body":[]}').ok, true);
  assert.equal(timed('leading BOM', '\uFEFF{"title":"t","body":[]}').ok, true);
  const twice = timed('two BOMs', '\uFEFF\uFEFF{"title":"t","body":[]}');
  single(twice, 'json.syntax', '', 'two BOMs');
  const crlf = timed('CRLF', '{\r\n"title":"t",\r\n"body":[],\r\n\r\n"level":true\r\n}');
  assert.equal(crlf.ok, true);
  assert.deepEqual(crlf.diagnostics.map((d) => [d.code, d.path, d.line, d.column]), [['article.unknown-field', '/level', 5, 9]]);
  const dup = timed('duplicate key', '{"title":"Первый","body":[],"title":"Второй"}');
  assert.equal(dup.ok, true);
  assert.deepEqual(dup.diagnostics.map((d) => [d.code, d.path, d.severity]), [['json.duplicate-key', '/title', 'warning']]);
  assert.ok(dup.html.includes('Второй') && !dup.html.includes('Первый'));
  stillWorks();
});

test('numbers out of range and wrong types', () => {
  const article = (level, width) => `{"title":"t","cover":{"src":"/a.jpg","width":${width}},"body":[{"type":"heading","level":${level},"text":"h"}]}`;
  single(timed('1e400 level', article('1e400', 1)), 'json.syntax', '', '1e400');
  single(timed('-0 level', article('-0', 1)), 'article.bad-heading-level', '/body/0/level', '-0');
  single(timed('2.5 level', article('2.5', 1)), 'article.bad-type', '/body/0/level', '2.5');
  single(timed('uint64 max level', article('18446744073709551615', 1)), 'article.bad-heading-level', '/body/0/level', 'u64');
  single(timed('-1 width', article('2', '-1')), 'article.bad-image-size', '/cover/width', '-1');
  assert.equal(timed('3.0 level', article('3.0', 1)).ok, true);
  const fields = [['/title', 'title', 7], ['/body', 'body', '"x"'], ['/tags', 'tags', '{}'], ['/cover', 'cover', '[]'], ['/v', 'v', '"1"'],
    ['/lead', 'lead', 'true'], ['/authors', 'authors', '"a"'], ['/links', 'links', '[]'], ['/published', 'published', '20240913']];
  for (const [path, key, value] of fields) {
    const json = key === 'title' ? `{"title":${value},"body":[]}` : key === 'body' ? `{"title":"t","body":${value}}`
      : `{"title":"t","body":[],"${key}":${value}}`;
    single(timed(`wrong type at ${path}`, json), 'article.bad-type', path, path);
  }
  stillWorks();
});
